#pragma once

#include "design/DesignElement.h"

#include <QColor>
#include <QList>

// One side of a badge or certificate: a background and the elements painted on it,
// in order (the first is painted first, so later elements lie on top).
struct DesignSide
{
    QColor background; // invalid: none (the paper's white)
    QList<DesignElement> elements;

    bool isEmpty() const { return elements.isEmpty() && !background.isValid(); }
    bool operator==(const DesignSide &o) const { return background == o.background && elements == o.elements; }
    bool operator!=(const DesignSide &o) const { return !(*this == o); }
};
