#include "design/Design.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

QSizeF Design::printedSize() const
{
    switch (sides) {
    case Sides::FoldTop: return QSizeF(size.width(), 2 * size.height());
    case Sides::FoldSide: return QSizeF(2 * size.width(), size.height());
    default: return size;
    }
}

QStringList Design::imageIds() const
{
    QStringList ids;
    auto add = [&](const QString &id) {
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    };
    for (const DesignSide *side : {&front, &back})
        for (const DesignElement &e : side->elements)
            add(e.imageId);
    add(certificate.signatureImageId);
    return ids;
}

QString Design::kindKey(Kind kind)
{
    return kind == Kind::Certificate ? QStringLiteral("certificate") : QStringLiteral("badge");
}

bool Design::kindFromKey(const QString &key, Kind *kind)
{
    if (key == QLatin1String("badge"))
        *kind = Kind::Badge;
    else if (key == QLatin1String("certificate"))
        *kind = Kind::Certificate;
    else
        return false;
    return true;
}

namespace {
const char *const sidesKeys[] = {"front-only", "duplex-long-edge", "duplex-short-edge", "fold-top", "fold-side"};
} // namespace

QString Design::sidesKey(Sides sides)
{
    return QLatin1String(sidesKeys[int(sides)]);
}

bool Design::sidesFromKey(const QString &key, Sides *sides)
{
    for (int i = 0; i < int(std::size(sidesKeys)); ++i)
        if (key == QLatin1String(sidesKeys[i])) {
            *sides = Sides(i);
            return true;
        }
    return false;
}

QString Design::standardName()
{
    return QStringLiteral("standard");
}

Design Design::standardBadge(const QSizeF &labelMm)
{
    Design d;
    d.name = standardName();
    d.size = labelMm;
    DesignElement face;
    face.type = DesignElement::Type::StandardFace;
    face.box = QRectF(QPointF(0, 0), labelMm);
    face.collapseWhenEmpty = false;
    d.front.elements << face;
    return d;
}

bool Design::operator==(const Design &o) const
{
    return name == o.name && kind == o.kind && size == o.size && preset == o.preset && sides == o.sides && front == o.front
        && back == o.back && categoryColours == o.categoryColours && certificate == o.certificate;
}

Status Design::validate() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Design", text); };
    if (size.width() < 10 || size.height() < 10)
        return Status::failure(tr("The design “%1” needs a size of at least 10 x 10 mm.").arg(name));
    const QRectF side(QPointF(0, 0), size);
    for (const DesignSide *s : {&front, &back}) {
        if (s == &back && !hasBack())
            break;
        const QString sideName = s == &front ? tr("front") : tr("back");
        for (int i = 0; i < s->elements.size(); ++i) {
            const DesignElement &e = s->elements.at(i);
            const QString which = tr("element %1 (%2) on the %3").arg(i + 1).arg(DesignElement::typeKey(e.type), sideName);
            if (e.box.width() <= 0 || e.box.height() <= 0 || !side.adjusted(-0.5, -0.5, 0.5, 0.5).intersects(e.box))
                return Status::failure(tr("The design “%1”: %2 is not on the side.").arg(name, which));
            if (e.type == DesignElement::Type::QrCode && qMin(e.box.width(), e.box.height()) < minQrMm - 0.01)
                return Status::failure(tr("The design “%1”: %2 is smaller than %3 mm: scanners could not read it.")
                                           .arg(name, which)
                                           .arg(minQrMm));
            if ((e.type == DesignElement::Type::Text || e.type == DesignElement::Type::SessionList) && e.minPoints < minPoints)
                return Status::failure(tr("The design “%1”: %2 may shrink below %3 pt, too small to read.").arg(name, which).arg(minPoints));
        }
    }
    return Status();
}

Design Design::standardCertificate(const QSizeF &pageMm, const CertificateDetails &details)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Design", text); };
    using E = DesignElement;
    Design d;
    d.name = tr("Certificate");
    d.kind = Kind::Certificate;
    d.size = pageMm;
    d.certificate = details;
    const qreal w = pageMm.width(), h = pageMm.height();
    const qreal margin = qMin(w, h) * 0.1;
    const QColor frame(0x1f, 0x5f, 0x99);
    E border = E::rectangleElement(QRectF(9, 9, w - 18, h - 18), Qt::transparent);
    border.borderColour = frame;
    border.borderMm = 0.9;
    d.front.elements << border;
    const qreal inner = w - 2 * margin;
    qreal y = h * 0.13;
    auto line = [&](const QString &text, qreal points, qreal height, int weight = 400, bool italic = false, qreal minPoints = 0) {
        E e = E::textElement(QRectF(margin, y, inner, height), text, points, minPoints > 0 ? minPoints : points, weight, E::HAlign::Centre);
        e.italic = italic;
        d.front.elements << e;
        y += height;
    };
    line(tr("Certificate of Attendance"), 28, 14, 700);
    y += 6;
    line(tr("This is to certify that"), 13, 8, 400, true);
    line(QStringLiteral("{display_name}"), 34, 16, 700, false, 20);
    d.front.elements.last().maxLines = 2;
    line(QStringLiteral("{organisation}"), 13, 8);
    y += 3;
    line(tr("attended"), 13, 8, 400, true);
    line(QStringLiteral("{event_name}"), 20, 11, 700, false, 14);
    line(QStringLiteral("{event_dates}"), 12, 6.5);
    line(QStringLiteral("{venue}"), 12, 6.5);
    line(tr("organised by {organiser}"), 12, 6.5);

    // The signature above the line, the signatory's name and title below it.
    const qreal signWidth = inner * 0.4;
    const qreal signLeft = w - margin - signWidth;
    const qreal lineY = h - margin - 12;
    if (!details.signatureImageId.isEmpty())
        d.front.elements << E::imageElement(QRectF(signLeft + signWidth * 0.15, lineY - 17, signWidth * 0.7, 16), details.signatureImageId);
    d.front.elements << E::rectangleElement(QRectF(signLeft, lineY, signWidth, 0.25), QColor(0x1a, 0x1a, 0x1a));
    d.front.elements << E::textElement(QRectF(signLeft, lineY + 1.5, signWidth, 5.5), QStringLiteral("{signatory_name}"), 11, 11, 700,
                                       E::HAlign::Centre);
    d.front.elements << E::textElement(QRectF(signLeft, lineY + 7, signWidth, 5), QStringLiteral("{signatory_title}"), 9.5, 9.5, 400,
                                       E::HAlign::Centre);
    d.front.elements << E::textElement(QRectF(margin, lineY + 1.5, signWidth, 5), tr("Issued on {issue_date}"), 10);
    if (details.verificationCode) {
        d.front.elements << E::qrElement(QRectF(margin, lineY - 22, minQrMm + 3, minQrMm + 3), QStringLiteral("{verification_code}"));
        d.front.elements << E::textElement(QRectF(margin, lineY + 7, signWidth, 4.5), tr("Verification code {verification_code}"), 7.5);
    }
    return d;
}

DesignSide Design::standardBack(const QSizeF &sideMm, const QString &mapImageId)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Design", text); };
    using E = DesignElement;
    DesignSide side;
    const qreal w = sideMm.width(), h = sideMm.height();
    const qreal pad = qBound(3.0, qMin(w, h) * 0.06, 8.0);
    const qreal inner = w - 2 * pad;
    E name = E::textElement(QRectF(pad, pad, inner, h * 0.14), QStringLiteral("{name}"), qRound(qBound(12.0, h * 0.2, 28.0)),
                            10, 700, E::HAlign::Centre);
    name.maxLines = 2;
    side.elements << name;
    qreal top = pad + h * 0.14 + pad / 2;
    const qreal wifiHeight = qMax(5.0, h * 0.07);
    const qreal bottom = h - pad - wifiHeight;
    const bool map = !mapImageId.isEmpty();
    // The sessions beside the map on a landscape side, above it on a portrait one.
    const bool landscape = w >= h;
    QRectF sessions(pad, top, map && landscape ? inner * 0.55 : inner, map && !landscape ? (bottom - top) * 0.5 : bottom - top);
    E list;
    list.type = E::Type::SessionList;
    list.box = sessions;
    list.maxPoints = 9;
    list.minPoints = 6;
    list.collapseWhenEmpty = false; // the Wi-Fi line keeps its place under a short list
    side.elements << list;
    if (map) {
        const QRectF mapBox = landscape ? QRectF(sessions.right() + pad / 2, top, w - pad - sessions.right() - pad / 2, bottom - top)
                                        : QRectF(pad, sessions.bottom() + pad / 2, inner, bottom - sessions.bottom() - pad);
        side.elements << E::imageElement(mapBox, mapImageId);
    }
    side.elements << E::textElement(QRectF(pad, bottom, inner, wifiHeight), tr("Wi-Fi: network · password"), 8, 6, 400, E::HAlign::Centre);
    return side;
}
