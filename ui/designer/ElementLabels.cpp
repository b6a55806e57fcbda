#include "designer/ElementLabels.h"

QString ElementLabels::typeLabel(DesignElement::Type type)
{
    using Type = DesignElement::Type;
    switch (type) {
    case Type::Text: return tr("Text");
    case Type::QrCode: return tr("QR code");
    case Type::Image: return tr("Image");
    case Type::Rectangle: return tr("Rectangle or band");
    case Type::SessionList: return tr("The participant's sessions");
    case Type::StandardFace: return tr("Standard badge");
    }
    return QString();
}

QString ElementLabels::describe(const DesignElement &element)
{
    const QString text = element.text.simplified();
    if ((element.type == DesignElement::Type::Text || element.type == DesignElement::Type::QrCode) && !text.isEmpty())
        return tr("%1: %2").arg(typeLabel(element.type), text);
    return typeLabel(element.type);
}
