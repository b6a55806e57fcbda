#include "print/TextBlock.h"

#include "print/PageCanvas.h"

#include <QPainter>
#include <QTextLayout>

namespace {
const QChar ellipsis(0x2026);

// midWord (optional): for each line, whether it ends inside a word broken for want of room.
QStringList wrapParagraph(const QString &paragraph, const QFont &font, qreal width, QPaintDevice *device, QList<bool> *midWord = nullptr)
{
    if (paragraph.isEmpty())
        return {QString()};
    QTextLayout layout(paragraph, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString text = paragraph.mid(line.textStart(), line.textLength());
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        lines << text;
        if (midWord) {
            const qsizetype end = line.textStart() + line.textLength();
            midWord->append(end < paragraph.size() && paragraph.at(end - 1).isLetterOrNumber() && paragraph.at(end).isLetterOrNumber());
        }
    }
    layout.endLayout();
    return lines;
}

// More characters than any printed line can show (the widest page at the
// smallest size). Longer text is cut here before it is measured: measuring a
// 1 MB field whole, again and again while eliding, took seconds per cell.
constexpr qsizetype longestLine = 4000;

// Qt's elidedText() measures a little differently from horizontalAdvance(): make sure.
QString elide(const QFontMetricsF &metrics, const QString &whole, qreal width)
{
    const QString text = TextBlock::shortened(whole, longestLine);
    QString shown = metrics.elidedText(text, Qt::ElideRight, width);
    for (qreal room = width; room > 0 && metrics.horizontalAdvance(shown) > width; room -= 0.5)
        shown = metrics.elidedText(text, Qt::ElideRight, room);
    return shown;
}

void fillMetrics(TextBlock &block, const PageCanvas &canvas)
{
    const QFontMetricsF metrics = canvas.metrics(block.font);
    block.lineHeight = metrics.height();
    block.ascent = metrics.ascent();
}
} // namespace

QString TextBlock::clean(const QString &text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (QChar &c : out)
        if (c == QLatin1Char('\r') || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char('\n');
        else if (c != QLatin1Char('\n') && (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format))
            c = QLatin1Char(' ');
    return out.trimmed();
}

QString TextBlock::shortened(const QString &text, qsizetype count)
{
    if (text.size() <= count)
        return text;
    if (text.at(count - 1).isHighSurrogate())
        --count;
    return text.left(count) + ellipsis;
}

TextBlock TextBlock::wrap(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines)
{
    TextBlock block;
    block.font = font;
    fillMetrics(block, canvas);
    // With a line limit, text beyond what those lines could ever show is never laid out.
    const QString cleaned = maxLines > 0 ? TextBlock::shortened(clean(text), maxLines * longestLine) : clean(text);
    if (cleaned.isEmpty())
        return block;
    for (const QString &paragraph : cleaned.split(QLatin1Char('\n')))
        block.lines << wrapParagraph(paragraph.simplified(), font, width, canvas.paintDevice());
    if (maxLines > 0 && block.lines.size() > maxLines) {
        const QFontMetricsF metrics = canvas.metrics(font);
        const QString rest = block.lines.mid(maxLines - 1).join(QLatin1Char(' '));
        QString last = elide(metrics, rest, width);
        if (!last.endsWith(ellipsis))
            last = elide(metrics, last + QLatin1Char(' ') + ellipsis, width);
        block.lines = block.lines.mid(0, maxLines - 1);
        block.lines << last;
        block.elided = true;
    }
    return block;
}

TextBlock TextBlock::wrapHyphenated(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines)
{
    TextBlock block = wrap(canvas, text, font, width, maxLines);
    const QString simple = clean(text).simplified();
    QList<bool> midWord;
    const qreal hyphen = canvas.metrics(font).horizontalAdvance(QLatin1Char('-'));
    const QStringList lines = wrapParagraph(simple, font, width - hyphen, canvas.paintDevice(), &midWord);
    if (!midWord.contains(true))
        return block; // every break at a word boundary already
    // A word wider than the line breaks with a hyphen, in room kept for it.
    block.lines.clear();
    for (qsizetype i = 0; i < lines.size(); ++i)
        block.lines << (midWord.at(i) ? lines.at(i) + QLatin1Char('-') : lines.at(i));
    if (maxLines > 0 && block.lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        block.lines = block.lines.mid(0, maxLines - 1);
        block.lines << elide(canvas.metrics(font), rest + QLatin1Char(' ') + ellipsis, width);
        block.elided = true;
    }
    return block;
}

TextBlock TextBlock::line(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width)
{
    TextBlock block;
    block.font = font;
    fillMetrics(block, canvas);
    const QString simple = clean(text).simplified();
    if (simple.isEmpty())
        return block;
    const QString shown = elide(canvas.metrics(font), simple, width);
    block.elided = shown != simple;
    block.lines << shown;
    return block;
}

qreal TextBlock::width(const PageCanvas &canvas) const
{
    const QFontMetricsF metrics = canvas.metrics(font);
    qreal widest = 0;
    for (const QString &l : lines)
        widest = qMax(widest, metrics.horizontalAdvance(l));
    return widest;
}

void TextBlock::drawLine(QPainter &painter, int index, qreal x, qreal y, qreal width, Qt::Alignment alignment) const
{
    const QString &text = lines.at(index);
    if (text.isEmpty())
        return;
    painter.setFont(font);
    qreal left = x;
    if (alignment & (Qt::AlignHCenter | Qt::AlignRight)) {
        const qreal advance = QFontMetricsF(font, painter.device()).horizontalAdvance(text);
        left = (alignment & Qt::AlignRight) ? x + width - advance : x + (width - advance) / 2;
    }
    painter.drawText(QPointF(left, y + ascent), text);
}

void TextBlock::draw(QPainter &painter, QPointF topLeft, qreal width, Qt::Alignment alignment) const
{
    for (int i = 0; i < lines.size(); ++i)
        drawLine(painter, i, topLeft.x(), topLeft.y() + i * lineHeight, width, alignment);
}
