#pragma once

#include <QTransform>

// How far a printer misses: measured on a calibration page, saved per printer by the
// GUI, applied by the badge and certificate renderers to every page they paint.
// The page is scaled about its top-left corner, then moved.
struct PrinterCalibration
{
    qreal offsetXMm = 0; // positive: everything moves right
    qreal offsetYMm = 0; // positive: everything moves down
    qreal scaleX = 1;
    qreal scaleY = 1;

    bool isIdentity() const { return offsetXMm == 0 && offsetYMm == 0 && scaleX == 1 && scaleY == 1; }
    // In points, for a painter that draws in points from the paper's corner.
    QTransform transform() const
    {
        constexpr qreal pointsPerMm = 72.0 / 25.4;
        QTransform t;
        t.translate(offsetXMm * pointsPerMm, offsetYMm * pointsPerMm);
        t.scale(scaleX, scaleY);
        return t;
    }
    bool operator==(const PrinterCalibration &o) const
    {
        return offsetXMm == o.offsetXMm && offsetYMm == o.offsetYMm && scaleX == o.scaleX && scaleY == o.scaleY;
    }
    bool operator!=(const PrinterCalibration &o) const { return !(*this == o); }
};
