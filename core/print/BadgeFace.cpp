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
// The family name prints a little smaller than the given name above it.
constexpr qreal secondLineScale = 0.8;
// The name's smallest size stays this much above the organisation's.
constexpr qreal nameOverOthers = 1.15;
} // namespace

qreal BadgeFace::nameHeight() const
{
    const qreal lead = first.points * 0.1;
    return honorific.height() + (honorific.isEmpty() ? 0 : lead) + first.block.height()
        + (second.isEmpty() ? 0 : lead + second.block.height());
}

bool BadgeFace::fitName(const PageCanvas &canvas, const PrintedName &printed, QSizeF box, qreal maxPoints, qreal minPoints,
                        qreal honorificPoints)
{
    honorific = TextBlock::wrap(canvas, printed.honorific, canvas.font(honorificPoints, QFont::DemiBold), box.width(), 2);
    // Largest first: the first size whose name fits the height wins.
    for (qreal cap = maxPoints; cap >= minPoints - 0.001; cap -= 1) {
        first = FittedText::fit(canvas, printed.first, QFont::Bold, box.width(), cap, minPoints);
        second = FittedText::fit(canvas, printed.second, QFont::Bold, box.width(), qMax(minPoints, qMin(cap * secondLineScale, first.points)),
                                 minPoints);
        if (nameHeight() <= box.height())
            return true;
    }
    return false;
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

void BadgeFace::moveBy(QPointF offset)
{
    for (QRectF *box : {&nameBox, &honorificBox, &firstBox, &secondBox, &positionBox, &organisationBox, &headerBox, &qrBox, &codeBox,
                        &band, &noPhotoBox, &noPhotoIcon, &noPhotoTextBox})
        if (!box->isNull())
            box->translate(offset);
}

BadgeFace BadgeFace::layout(const PageCanvas &canvas, const Content &content, QSizeF label, QMarginsF keepClear)
{
    if (!keepClear.isNull()) {
        // The badge laid out smaller, then moved in: the band's inset counts towards the room to keep.
        const qreal bandInset = qBound(7.0, qMin(label.width(), label.height()) * 0.06, 18.0) * 0.55;
        const QMarginsF extra(qMax(0.0, keepClear.left() - bandInset), qMax(0.0, keepClear.top() - bandInset),
                              qMax(0.0, keepClear.right() - bandInset), qMax(0.0, keepClear.bottom() - bandInset));
        BadgeFace face = layout(canvas, content, QSizeF(label.width() - extra.left() - extra.right(),
                                                        label.height() - extra.top() - extra.bottom()));
        face.label = label;
        face.moveBy(QPointF(extra.left(), extra.top()));
        return face;
    }
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

    // Name, position, organisation. The name is the largest text: it takes what the others leave,
    // and when even its smallest size needs more room, the others shrink first.
    face.nameMaxPoints = qBound(12.0, small * (portrait ? 0.135 : 0.14), 44.0);
    qreal organisationPoints = qBound(6.0, small * 0.05, 14.0);
    qreal positionPoints = qBound(5.5, small * 0.036, 10.5);
    for (int attempt = 0;; ++attempt) {
        face.organisation = fitShrinking(canvas, content.organisation, canvas.font(organisationPoints, QFont::DemiBold),
                                         textArea.width(), 2);
        face.position = fitShrinking(canvas, content.position, canvas.font(positionPoints), textArea.width(),
                                     portrait ? 2 : 1);
        const qreal below = (face.position.isEmpty() ? 0 : face.position.height() + gap * 0.4)
            + (face.organisation.isEmpty() ? 0 : face.organisation.height() + gap * 0.4);
        // Half the largest size reads from two metres; a third line is better than smaller type.
        const qreal readable = face.nameMaxPoints * 0.5 * std::pow(0.88, attempt);
        face.nameMinPoints = qMin(face.nameMaxPoints, qMax(organisationPoints * nameOverOthers, readable));
        const QSizeF nameBox(textArea.width(), qMax(textArea.height() - below, 0.0));
        if (face.fitName(canvas, content.name, nameBox, face.nameMaxPoints, face.nameMinPoints, positionPoints) || attempt == 6)
            break;
        organisationPoints = qMax(4.0, organisationPoints * 0.88);
        positionPoints = qMax(4.0, positionPoints * 0.88);
    }

    // The band's word never outgrows the name.
    QFont categoryFont = canvas.font(qMin(bandHeight * 0.5, face.nameMinPoints / nameOverOthers), QFont::Bold);
    categoryFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    face.category = TextBlock::line(canvas, content.category.toUpper(), categoryFont, face.band.width() - 2 * gap);

    // Centre the stack vertically in the text area (top-aligned on landscape labels, where room is short).
    const qreal below = (face.position.isEmpty() ? 0 : face.position.height() + gap * 0.4)
        + (face.organisation.isEmpty() ? 0 : face.organisation.height() + gap * 0.4);
    const qreal nameHeight = qMin(face.nameHeight(), qMax(textArea.height() - below, 0.0));
    const qreal stack = nameHeight + below;
    qreal y = portrait ? textArea.top() + qMax(0.0, (textArea.height() - stack) / 2) : textArea.top();
    face.nameBox = QRectF(textArea.left(), y, textArea.width(), nameHeight);
    const qreal lead = face.first.points * 0.1;
    face.honorificBox = QRectF(textArea.left(), y, textArea.width(), face.honorific.height());
    if (!face.honorific.isEmpty())
        y = face.honorificBox.bottom() + lead;
    face.firstBox = QRectF(textArea.left(), y, textArea.width(), face.first.block.height());
    y = face.firstBox.bottom() + (face.second.isEmpty() ? 0 : lead);
    face.secondBox = QRectF(textArea.left(), y, textArea.width(), face.second.block.height());
    // A name that cannot fit even at the smallest sizes keeps to its box: lines beyond it are left out.
    for (auto *part : {&face.first, &face.second}) {
        QRectF &box = part == &face.first ? face.firstBox : face.secondBox;
        while (!part->block.isEmpty() && box.bottom() > face.nameBox.bottom() + 0.01) {
            part->block.lines.removeLast();
            part->block.elided = true;
            box.setHeight(part->block.height());
        }
    }
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

    painter.setPen(muted);
    honorific.draw(painter, honorificBox.topLeft(), honorificBox.width(), Qt::AlignHCenter);
    painter.setPen(ink);
    first.block.draw(painter, firstBox.topLeft(), firstBox.width(), Qt::AlignHCenter);
    second.block.draw(painter, secondBox.topLeft(), secondBox.width(), Qt::AlignHCenter);
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
