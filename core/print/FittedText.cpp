#include "print/FittedText.h"

#include "print/PageCanvas.h"

namespace {
constexpr qreal step = 0.5; // points between the sizes tried

TextBlock blockOf(const PageCanvas &canvas, const QFont &font, const QStringList &lines)
{
    TextBlock block;
    block.font = font;
    const QFontMetricsF metrics = canvas.metrics(font);
    block.lineHeight = metrics.height();
    block.ascent = metrics.ascent();
    block.lines = lines;
    return block;
}

// The two-line split (at a space, or after a hyphen) whose longer line is shortest.
QStringList balancedSplit(const QFontMetricsF &metrics, const QString &text, qreal *widest)
{
    QStringList best;
    *widest = 1e9;
    for (int i = 1; i < text.size() - 1; ++i) {
        const QChar c = text.at(i);
        QString first, second;
        if (c == QLatin1Char(' ')) {
            first = text.left(i);
            second = text.mid(i + 1);
        } else if ((c == QLatin1Char('-') || c == QChar(0x2010)) && text.at(i - 1) != QLatin1Char(' ')) {
            first = text.left(i + 1);
            second = text.mid(i + 1);
        } else {
            continue;
        }
        first = first.trimmed();
        second = second.trimmed();
        if (first.isEmpty() || second.isEmpty())
            continue;
        const qreal w = qMax(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (w < *widest) {
            *widest = w;
            best = {first, second};
        }
    }
    return best;
}
} // namespace

FittedText FittedText::fit(const PageCanvas &canvas, const QString &raw, QFont::Weight weight, qreal width,
                           qreal maxPoints, qreal minPoints, int maxLines)
{
    // No label shows more than this; measuring a 1 MB "name" at every size took seconds.
    const QString text = TextBlock::shortened(TextBlock::clean(raw).simplified(), 1000);
    FittedText fitted;
    minPoints = qMin(minPoints, maxPoints);
    if (text.isEmpty()) {
        fitted.points = minPoints;
        fitted.block = blockOf(canvas, canvas.font(minPoints, weight), {});
        return fitted;
    }
    // 1. One line, as large as possible.
    for (qreal size = maxPoints; size >= minPoints - 0.001; size -= step) {
        const QFont font = canvas.font(size, weight);
        if (canvas.metrics(font).horizontalAdvance(text) <= width)
            return {blockOf(canvas, font, {text}), size};
    }
    // 2. Two even lines.
    if (maxLines == 0 || maxLines >= 2) {
        for (qreal size = maxPoints; size >= minPoints - 0.001; size -= step) {
            const QFont font = canvas.font(size, weight);
            qreal widest = 0;
            const QStringList lines = balancedSplit(canvas.metrics(font), text, &widest);
            if (lines.isEmpty())
                break;
            if (widest <= width)
                return {blockOf(canvas, font, lines), size};
        }
    }
    // 3. The smallest size, wrapped at words and inside words too long for a line.
    const QFont font = canvas.font(minPoints, weight);
    return {TextBlock::wrap(canvas, text, font, width, maxLines), minPoints};
}
