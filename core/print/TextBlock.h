#pragma once

#include <QFont>
#include <QPointF>
#include <QStringList>

class PageCanvas;
class QPainter;

// Plain text wrapped into lines at a width, measured with the canvas' own
// metrics. Text is never interpreted: "<b>" and "&amp;" print as written.
struct TextBlock
{
    QStringList lines;
    QFont font;
    qreal lineHeight = 0;
    qreal ascent = 0;
    bool elided = false; // text was cut to fit and ends with "…"

    // Wraps at word boundaries (anywhere inside a word longer than the width);
    // with maxLines > 0, keeps that many lines and ends the last with "…".
    static TextBlock wrap(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines = 0);
    // Like wrap(), but a word too long for the width breaks with a hyphen at the end of the line.
    static TextBlock wrapHyphenated(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines = 0);
    // One line, shortened with "…" when wider than width.
    static TextBlock line(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width);
    // The widest line, in points.
    qreal width(const PageCanvas &canvas) const;

    qreal height() const { return lines.size() * lineHeight; }
    bool isEmpty() const { return lines.isEmpty(); }
    // Draws line `index` with its top at y; alignment within [x, x + width].
    void drawLine(QPainter &painter, int index, qreal x, qreal y, qreal width, Qt::Alignment alignment = Qt::AlignLeft) const;
    void draw(QPainter &painter, QPointF topLeft, qreal width, Qt::Alignment alignment = Qt::AlignLeft) const;

    // Text from people is plain text: control characters become spaces, line breaks stay.
    static QString clean(const QString &text);
    // The first `count` characters (never half a surrogate pair), ending in "…" when text was longer.
    static QString shortened(const QString &text, qsizetype count);
};
