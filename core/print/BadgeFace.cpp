#include "print/BadgeFace.h"

#include "print/PageCanvas.h"
#include "print/QrCode.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x55, 0x5b, 0x66);
constexpr qreal step = 0.5; // points between the sizes tried

// The two-line split of a name (at a space) whose longer line is shortest.
QStringList balancedSplit(const PageCanvas &canvas, const QString &name, const QFont &font, qreal *widest)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QFontMetricsF metrics = canvas.metrics(font);
    QStringList best;
    *widest = 1e9;
    for (int i = 1; i < words.size(); ++i) {
        const QString first = words.mid(0, i).join(QLatin1Char(' '));
        const QString second = words.mid(i).join(QLatin1Char(' '));
        const qreal w = qMax(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (w < *widest) {
            *widest = w;
            best = {first, second};
        }
    }
    return best;
}

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
} // namespace

TextBlock BadgeFace::fitName(const PageCanvas &canvas, const QString &name, QSizeF box, qreal maxPoints)
{
    // No badge shows more of a name than this; measuring a 1 MB "name" at every size took seconds.
    const QString text = TextBlock::shortened(TextBlock::clean(name).simplified(), 1000);
    const qreal readable = maxPoints * 0.62;
    const qreal smallest = qMax(6.0, maxPoints * 0.3);
    // 1. One line, as large as possible down to a readable size.
    for (qreal size = maxPoints; size >= readable; size -= step) {
        const QFont font = canvas.font(size, QFont::Bold);
        const QFontMetricsF metrics = canvas.metrics(font);
        if (metrics.height() <= box.height() && metrics.horizontalAdvance(text) <= box.width())
            return blockOf(canvas, font, {text});
    }
    // 2. Two lines (first names / last name) before going below the readable size.
    for (qreal size = maxPoints; size >= smallest; size -= step) {
        const QFont font = canvas.font(size, QFont::Bold);
        if (2 * canvas.metrics(font).height() > box.height())
            continue;
        qreal widest = 0;
        const QStringList lines = balancedSplit(canvas, text, font, &widest);
        if (!lines.isEmpty() && widest <= box.width())
            return blockOf(canvas, font, lines);
        // One very long word: smaller on one line is still better than a broken word.
        if (lines.isEmpty() && canvas.metrics(font).horizontalAdvance(text) <= box.width())
            return blockOf(canvas, font, {text});
    }
    // 3. Smallest size, broken anywhere, cut with an ellipsis if it still does not fit.
    const QFont font = canvas.font(smallest, QFont::Bold);
    const int lines = qMax(1, int(box.height() / canvas.metrics(font).height()));
    return TextBlock::wrap(canvas, text, font, box.width(), qMin(lines, 3));
}

TextBlock BadgeFace::fitShrinking(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width,
                                  int maxLines)
{
    TextBlock block;
    for (qreal scale : {1.0, 0.88, 0.76}) {
        QFont f = font;
        f.setPointSizeF(font.pointSizeF() * scale);
        block = TextBlock::wrap(canvas, text, f, width, maxLines);
        if (!block.elided)
            break;
    }
    return block;
}

BadgeFace BadgeFace::layout(const PageCanvas &canvas, const Content &content, QSizeF label)
{
    BadgeFace face;
    face.label = label;
    face.categoryColor = content.categoryColor;
    const qreal w = label.width();
    const qreal h = label.height();
    const qreal small = qMin(w, h);
    const bool portrait = h > w * 1.15;
    const qreal pad = qBound(7.0, small * 0.06, 18.0);
    const qreal gap = pad * 0.5;
    const qreal inner = w - 2 * pad;

    // The category band at the bottom, inset so that printers' unprintable edges never cut it.
    const qreal bandHeight = portrait ? h * 0.09 : h * 0.15;
    const qreal bandInset = pad * 0.55;
    face.band = QRectF(bandInset, h - bandInset - bandHeight, w - 2 * bandInset, bandHeight);
    QFont categoryFont = canvas.font(bandHeight * 0.5, QFont::Bold);
    categoryFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    face.category = TextBlock::line(canvas, content.category.toUpper(), categoryFont, face.band.width() - 2 * gap);

    // The event's name across the top.
    const qreal headerSize = qBound(5.5, small * 0.032, 10.0);
    face.header = portrait ? TextBlock::wrap(canvas, content.eventName, canvas.font(headerSize, QFont::DemiBold), inner, 2)
                           : TextBlock::line(canvas, content.eventName, canvas.font(headerSize, QFont::DemiBold), inner);
    if (portrait && !content.eventDates.isEmpty()) {
        const TextBlock dates = TextBlock::line(canvas, content.eventDates, canvas.font(headerSize * 0.9), inner);
        face.header.lines << dates.lines;
    }
    face.headerBox = QRectF(pad, pad, inner, face.header.height());
    const qreal top = face.headerBox.bottom() + gap * 1.4;
    const qreal bottom = face.band.top() - gap;

    // The QR code (with its quiet zone) and the code printed under it.
    face.code = TextBlock::line(canvas, content.code, canvas.fixedFont(qBound(5.5, small * 0.026, 8.0)), w);
    const qreal codeHeight = face.code.height();
    qreal qrSide = portrait ? qMin(w * 0.36, h * 0.26) : qMin(w * 0.36, bottom - top - codeHeight);
    qrSide = qMax(qrSide, 0.0);
    // The quiet zone is white already: let it overlap the padding.
    const qreal quiet = qrSide * QrCode::quietZone / 29.0;
    face.qrBox = QRectF(qMin(w - pad - qrSide + quiet, w - qrSide), bottom - codeHeight - qrSide, qrSide, qrSide);
    if (!portrait)
        face.qrBox.moveTop(qMax(top - quiet * 0.8, face.headerBox.bottom()));
    face.codeBox = QRectF(face.qrBox.left(), face.qrBox.bottom() - quiet * 0.6, qrSide, codeHeight);

    // The text column: above the QR code (portrait) or beside it (landscape).
    // Nothing may enter the quiet zone: scanners need it white.
    QRectF textArea = portrait ? QRectF(pad, top, inner, face.qrBox.top() - top)
                               : QRectF(pad, top, face.qrBox.left() - gap * 0.5 - pad, bottom - top);

    // The "no photos, please" mark: bottom left (portrait, beside the QR code) or under the text (landscape).
    if (content.noPhotoMark) {
        const qreal iconSize = qBound(9.0, small * 0.06, 18.0);
        const qreal textWidth = portrait ? face.qrBox.left() - pad - iconSize - gap : textArea.width() - iconSize - gap;
        face.noPhotoText = TextBlock::wrap(canvas, QCoreApplication::translate("BadgeFace", "No photos, please"), canvas.font(qBound(5.0, small * 0.025, 7.5)),
                                           qMax(textWidth, 10.0), 2);
        const qreal markHeight = qMax(iconSize, face.noPhotoText.height());
        face.noPhotoBox = QRectF(pad, bottom - markHeight, iconSize + gap + face.noPhotoText.width(canvas), markHeight);
        face.noPhotoIcon = QRectF(pad, face.noPhotoBox.center().y() - iconSize / 2, iconSize, iconSize);
        face.noPhotoTextBox = QRectF(pad + iconSize + gap, face.noPhotoBox.center().y() - face.noPhotoText.height() / 2,
                                     face.noPhotoText.width(canvas), face.noPhotoText.height());
        if (!portrait)
            textArea.setBottom(face.noPhotoBox.top() - gap);
    }

    // Name, position, organisation: the name gets what the others leave, up to two large lines.
    face.organisation = fitShrinking(canvas, content.organisation, canvas.font(qBound(6.0, small * 0.05, 14.0), QFont::DemiBold),
                                     textArea.width(), 2);
    face.position = fitShrinking(canvas, content.position, canvas.font(qBound(5.5, small * 0.036, 10.5)), textArea.width(),
                                 portrait ? 2 : 1);
    const qreal below = (face.position.isEmpty() ? 0 : face.position.height() + gap * 0.4)
        + (face.organisation.isEmpty() ? 0 : face.organisation.height() + gap * 0.4);
    face.nameMaxPoints = qBound(10.0, small * (portrait ? 0.105 : 0.12), 34.0);
    const qreal nameRoom = qMax(textArea.height() - below, 0.0);
    const qreal nameLineMax = canvas.metrics(canvas.font(face.nameMaxPoints, QFont::Bold)).height();
    const QSizeF nameBox(textArea.width(), qMin(nameRoom, 2 * nameLineMax));
    face.name = fitName(canvas, content.name, nameBox, face.nameMaxPoints);

    // Centre the stack vertically in the text area (top-aligned on landscape labels, where room is short).
    const qreal stack = face.name.height() + below;
    qreal y = portrait ? textArea.top() + qMax(0.0, (textArea.height() - stack) / 2) : textArea.top();
    face.nameBox = QRectF(textArea.left(), y, textArea.width(), face.name.height());
    y = face.nameBox.bottom() + gap * 0.4;
    face.positionBox = QRectF(textArea.left(), y, textArea.width(), face.position.height());
    if (!face.position.isEmpty())
        y = face.positionBox.bottom() + gap * 0.4;
    face.organisationBox = QRectF(textArea.left(), y, textArea.width(), face.organisation.height());
    return face;
}

void BadgeFace::draw(QPainter &painter, const QrCode &qr) const
{
    painter.setPen(muted);
    header.draw(painter, headerBox.topLeft(), headerBox.width());
    painter.setPen(QPen(categoryColor, 1.2));
    const qreal ruleY = headerBox.bottom() + (nameBox.top() - headerBox.bottom()) * 0.35;
    painter.drawLine(QPointF(headerBox.left(), ruleY), QPointF(headerBox.right(), ruleY));

    painter.setPen(ink);
    name.draw(painter, nameBox.topLeft(), nameBox.width(), Qt::AlignHCenter);
    painter.setPen(muted);
    position.draw(painter, positionBox.topLeft(), positionBox.width(), Qt::AlignHCenter);
    painter.setPen(ink);
    organisation.draw(painter, organisationBox.topLeft(), organisationBox.width(), Qt::AlignHCenter);

    if (qrBox.width() > 0)
        qr.draw(painter, qrBox);
    painter.setPen(muted);
    code.draw(painter, codeBox.topLeft(), codeBox.width(), Qt::AlignHCenter);

    if (!noPhotoBox.isEmpty())
        drawNoPhotoMark(painter);

    const qreal radius = band.height() * 0.18;
    QPainterPath bandPath;
    bandPath.addRoundedRect(band, radius, radius);
    painter.fillPath(bandPath, categoryColor);
    // White on dark colours, black on light ones.
    painter.setPen(categoryColor.lightnessF() > 0.62 ? ink : Qt::white);
    category.draw(painter, QPointF(band.left(), band.center().y() - category.height() / 2), band.width(), Qt::AlignHCenter);
}

void BadgeFace::drawNoPhotoMark(QPainter &painter) const
{
    // A camera crossed out, then the words: clear to photographers in any language.
    const QRectF icon = noPhotoIcon;
    const qreal s = icon.width();
    painter.save();
    painter.setPen(QPen(QColor(0xb0, 0x1e, 0x1e), s * 0.08));
    painter.setBrush(Qt::NoBrush);
    const QRectF body(icon.left() + s * 0.14, icon.top() + s * 0.34, s * 0.72, s * 0.44);
    painter.drawRoundedRect(body, s * 0.06, s * 0.06);
    painter.drawRect(QRectF(icon.left() + s * 0.38, icon.top() + s * 0.24, s * 0.24, s * 0.1));
    painter.drawEllipse(body.center(), s * 0.13, s * 0.13);
    painter.drawEllipse(icon.adjusted(s * 0.04, s * 0.04, -s * 0.04, -s * 0.04));
    painter.drawLine(QPointF(icon.left() + s * 0.18, icon.top() + s * 0.18), QPointF(icon.right() - s * 0.18, icon.bottom() - s * 0.18));
    painter.restore();
    painter.setPen(muted);
    noPhotoText.draw(painter, noPhotoTextBox.topLeft(), noPhotoTextBox.width());
}
