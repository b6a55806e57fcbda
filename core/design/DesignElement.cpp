#include "design/DesignElement.h"

namespace {
struct TypeName
{
    DesignElement::Type type;
    const char *key;
};
const TypeName typeNames[] = {
    {DesignElement::Type::Text, "text"},          {DesignElement::Type::QrCode, "qr"},
    {DesignElement::Type::Image, "image"},        {DesignElement::Type::Rectangle, "rectangle"},
    {DesignElement::Type::SessionList, "sessions"}, {DesignElement::Type::StandardFace, "standard-face"},
};
} // namespace

QString DesignElement::typeKey(Type type)
{
    for (const TypeName &n : typeNames)
        if (n.type == type)
            return QLatin1String(n.key);
    return QString();
}

bool DesignElement::typeFromKey(const QString &key, Type *type)
{
    for (const TypeName &n : typeNames)
        if (key.compare(QLatin1String(n.key), Qt::CaseInsensitive) == 0) {
            *type = n.type;
            return true;
        }
    return false;
}

QString DesignElement::halignKey(HAlign align)
{
    switch (align) {
    case HAlign::Left: return QStringLiteral("left");
    case HAlign::Centre: return QStringLiteral("centre");
    case HAlign::Right: return QStringLiteral("right");
    }
    return QString();
}

QString DesignElement::valignKey(VAlign align)
{
    switch (align) {
    case VAlign::Top: return QStringLiteral("top");
    case VAlign::Middle: return QStringLiteral("middle");
    case VAlign::Bottom: return QStringLiteral("bottom");
    }
    return QString();
}

DesignElement DesignElement::textElement(const QRectF &box, const QString &text, qreal maxPoints, qreal minPoints, int weight,
                                         HAlign align)
{
    DesignElement e;
    e.type = Type::Text;
    e.box = box;
    e.text = text;
    e.maxPoints = maxPoints;
    e.minPoints = minPoints > 0 ? minPoints : maxPoints;
    e.fontWeight = weight;
    e.align = align;
    return e;
}

DesignElement DesignElement::qrElement(const QRectF &box, const QString &text)
{
    DesignElement e;
    e.type = Type::QrCode;
    e.box = box;
    e.text = text;
    e.collapseWhenEmpty = false;
    return e;
}

DesignElement DesignElement::imageElement(const QRectF &box, const QString &imageId)
{
    DesignElement e;
    e.type = Type::Image;
    e.box = box;
    e.imageId = imageId;
    e.collapseWhenEmpty = false;
    return e;
}

DesignElement DesignElement::rectangleElement(const QRectF &box, const QColor &fill)
{
    DesignElement e;
    e.type = Type::Rectangle;
    e.box = box;
    e.colour = fill;
    e.collapseWhenEmpty = false;
    return e;
}

bool DesignElement::operator==(const DesignElement &o) const
{
    return type == o.type && box == o.box && text == o.text && fontFamily == o.fontFamily && fontWeight == o.fontWeight
        && italic == o.italic && qFuzzyCompare(maxPoints, o.maxPoints) && qFuzzyCompare(minPoints, o.minPoints)
        && maxLines == o.maxLines && align == o.align && valign == o.valign && collapseWhenEmpty == o.collapseWhenEmpty
        && colour == o.colour && borderColour == o.borderColour && qFuzzyCompare(borderMm + 1, o.borderMm + 1)
        && qFuzzyCompare(cornerMm + 1, o.cornerMm + 1) && imageId == o.imageId && rule == o.rule;
}
