#pragma once

#include <QStringView>

// UTF-16 to UTF-8 into a caller's buffer, for the bulk import's bound values:
// most cells are ASCII, and this copies those a character per step without
// the set-up a QStringEncoder costs on each of a million short values.
class Utf8Encoding
{
public:
    // Writes at most 3 * text.size() bytes to out; returns how many it wrote.
    // A lone surrogate becomes '?', as QString::toUtf8() writes it.
    static qsizetype encode(QStringView text, char *out);
};
