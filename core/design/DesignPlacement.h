#pragma once

#include "design/Design.h"
#include "print/LabelSheet.h"

#include <QRectF>
#include <QTransform>

// Where the sides of a design land on a sheet: a design fills a label 1:1 when their
// sizes agree, turns a quarter when it fits that way (a landscape badge on a portrait
// Dymo label), and otherwise shrinks to fit, centred. Folds put both sides on one
// label; duplex puts the back on the next page, behind its front. All in points.
class DesignPlacement
{
public:
    // The sheet for a design: continuous tape is cut at the design's length.
    static LabelSheet sheetFor(const LabelSheet &sheet, const Design &design);
    // From the printed area's coordinates (a side, or both sides of a fold) to the slot's.
    static QTransform intoSlot(QSizeF printedMm, const QRectF &slot);
    // From a side's coordinates to the printed area's, for folds (identity for the front otherwise).
    static QTransform frontInPrinted(const Design &design);
    static QTransform backInPrinted(const Design &design);
    // Duplex: the slot on the back page behind `slot`, and the turn the back side takes
    // in it so that a badge turned round on its lanyard reads upright.
    static QRectF backSlot(const Design &design, const QRectF &slot, QSizeF page);
    static QTransform backTurn(const Design &design, const QRectF &slot, QSizeF page);
};
