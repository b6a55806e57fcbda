#pragma once

#include "print/PrinterCalibration.h"

#include <QPointF>
#include <QSizeF>
#include <QString>

class PageCanvas;

// A page to measure how a printer misses: a cross near the top-left corner
// whose distance from the paper's edges the user measures, and a ruler along
// each edge whose printed length tells the scale. From those four numbers
// comes the PrinterCalibration that puts badges where the design says.
class CalibrationPage
{
public:
    // Where things are meant to print on a page of this size (millimetres).
    struct Geometry
    {
        QPointF cross;   // the centre of cross A, from the paper's left and top edges
        qreal rulerX = 0; // the horizontal ruler's length
        qreal rulerY = 0; // the vertical ruler's length
        QPointF rulerOrigin; // where both rulers start (their 0)
    };
    static Geometry geometry(const QSizeF &pageMm);

    // Paints the page (begins it on the canvas). `calibration` applied, a check print shows
    // the cross and rulers where they belong; without, it measures the printer as it is.
    static void paint(PageCanvas &canvas, const QString &printerName, const PrinterCalibration &calibration = {});

    // What the measurements mean: the cross printed at `cross` and the rulers `rulerX` and
    // `rulerY` mm long, where the page asked for `expected`.
    static PrinterCalibration fromMeasurement(const Geometry &expected, const QPointF &cross, qreal rulerX, qreal rulerY);
};
