#include "designer/ElementLabels.h"

#include "model/Vocabulary.h"

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

QString ElementLabels::withRule(const DesignElement &element)
{
    if (element.rule.onlyCategories.isEmpty())
        return describe(element);
    QStringList categories;
    for (const QString &key : element.rule.onlyCategories) {
        const auto category = Vocabulary<ParticipantCategory>::fromKey(key);
        categories << (category ? toLabel(*category) : key);
    }
    return tr("%1 (only for %2)").arg(describe(element), categories.join(QStringLiteral(", ")));
}
