#pragma once

#include "print/TextBlock.h"

class PageCanvas;

// Text fitted to a width the way a sign writer would: as large as possible on
// one line, down to a smallest size; then on two lines split where the lines are
// most even (at spaces, or after hyphens); only then, at the smallest size,
// broken anywhere. Used for names on badges and certificates.
struct FittedText
{
    TextBlock block;
    qreal points = 0; // the size chosen

    static FittedText fit(const PageCanvas &canvas, const QString &text, QFont::Weight weight, qreal width,
                          qreal maxPoints, qreal minPoints, int maxLines = 0);
    bool isEmpty() const { return block.isEmpty(); }
};
