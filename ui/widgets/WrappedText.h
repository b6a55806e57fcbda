#pragma once

#include <QFont>
#include <QStringList>

// Text in narrow boxes (timetable blocks, room headers): broken at word
// boundaries, inside a word only when the word alone is too wide, and the
// last line elided, so a title reads "Antimicrobial resis…" instead of
// being cut at the box's edge.
class WrappedText
{
public:
    static QStringList lines(const QString &text, const QFont &font, double width, int maxLines);
};
