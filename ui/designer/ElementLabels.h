#pragma once

#include "design/DesignElement.h"

#include <QCoreApplication>

// Names of elements for people: in the element list, on the canvas and in
// the properties panel.
class ElementLabels
{
    Q_DECLARE_TR_FUNCTIONS(ElementLabels)
public:
    // "QR code", "Rectangle or band".
    static QString typeLabel(DesignElement::Type type);
    // "Text: {first_name}": the type and what the element says.
    static QString describe(const DesignElement &element);
    // With the categories its rule prints it for: "Rectangle or band (only for Speaker)".
    static QString withRule(const DesignElement &element);
};
