#include "print/CalibrationPage.h"

#include "print/PageCanvas.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CalibrationPage", text);
}

constexpr qreal mm = PageCanvas::pointsPerMm;

// A registration mark: a circle and a cross through its centre (millimetres in, points out).
void cross(QPainter &painter, const QPointF &centreMm, const QString &name, const QFont &font)
{
    const QPointF c = centreMm * mm;
    painter.drawEllipse(c, 3 * mm, 3 * mm);
    painter.drawLine(c - QPointF(5 * mm, 0), c + QPointF(5 * mm, 0));
    painter.drawLine(c - QPointF(0, 5 * mm), c + QPointF(0, 5 * mm));
    painter.setFont(font);
    painter.drawText(c + QPointF(3.5 * mm, -3.5 * mm), name);
}

// A ruler from `origin` along x (horizontal) or y, `length` mm, ticks every millimetre.
void ruler(QPainter &painter, const QPointF &originMm, qreal length, bool horizontal, const QFont &font)
{
    painter.setFont(font);
    const int count = int(std::floor(length + 0.001));
    for (int i = 0; i <= count; ++i) {
        const qreal tick = i % 10 == 0 ? 4 : i % 5 == 0 ? 2.5 : 1.5;
        const QPointF at = originMm + (horizontal ? QPointF(i, 0) : QPointF(0, i));
        const QPointF end = at + (horizontal ? QPointF(0, tick) : QPointF(tick, 0));
        painter.drawLine(at * mm, end * mm);
        if (i % 10 == 0 && i > 0) {
            const QString number = QString::number(i);
            const QPointF text = horizontal ? (end + QPointF(-1, 3)) * mm : (end + QPointF(0.8, 1.2)) * mm;
            painter.drawText(text, number);
        }
    }
    const QPointF last = originMm + (horizontal ? QPointF(length, 0) : QPointF(0, length));
    painter.drawLine(originMm * mm, last * mm);
}
} // namespace

CalibrationPage::Geometry CalibrationPage::geometry(const QSizeF &pageMm)
{
    // 10 mm from the edges clears every printer's unprintable margin; small labels get less.
    const qreal margin = qMin(10.0, qMin(pageMm.width(), pageMm.height()) / 5);
    Geometry g;
    g.cross = QPointF(margin, margin);
    g.rulerOrigin = QPointF(margin, margin + 8);
    // Whole centimetres (a page's size in points is rounded: A4 is 209.9 mm wide there).
    g.rulerX = std::floor((pageMm.width() - 2 * margin) / 10 + 0.02) * 10;
    g.rulerY = std::floor((pageMm.height() - g.rulerOrigin.y() - margin) / 10 + 0.02) * 10;
    return g;
}

void CalibrationPage::paint(PageCanvas &canvas, const QString &printerName, const PrinterCalibration &calibration)
{
    canvas.beginPage();
    QPainter &painter = canvas.painter();
    painter.save();
    painter.setTransform(calibration.transform(), true);
    const QSizeF pageMm = canvas.pageSize() / mm;
    const Geometry g = geometry(pageMm);
    painter.setPen(QPen(Qt::black, 0.25));
    painter.setBrush(Qt::NoBrush);
    const QFont small = canvas.font(6);
    cross(painter, g.cross, QStringLiteral("A"), small);
    cross(painter, QPointF(pageMm.width() - g.cross.x(), pageMm.height() - g.cross.y()), QStringLiteral("B"), small);
    ruler(painter, g.rulerOrigin, g.rulerX, true, small);
    ruler(painter, g.rulerOrigin, g.rulerY, false, small);

    // What to measure, where there is room for it.
    const QRectF text(QPointF(g.rulerOrigin.x() + 12, g.rulerOrigin.y() + 12) * mm,
                      QPointF(pageMm.width() - g.cross.x(), pageMm.height() - g.cross.y() - 8) * mm);
    if (text.width() > 40 * mm && text.height() > 25 * mm) {
        const QString lines =
            tr("Printer calibration: %1\n\n"
               "1. Measure from the paper's left edge and from its top edge to the centre of cross A (%2 mm and %3 mm if the printer is exact).\n"
               "2. Measure the horizontal ruler from 0 to %4 and the vertical ruler from 0 to %5.\n"
               "3. Enter the four numbers in Podium's Printer Calibration window.")
                .arg(printerName.isEmpty() ? tr("this printer") : printerName, QLocale().toString(g.cross.x()),
                     QLocale().toString(g.cross.y()), QString::number(g.rulerX), QString::number(g.rulerY));
        painter.setFont(canvas.font(qMin(9.0, text.width() / mm / 14)));
        painter.drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, lines);
    }
    painter.restore();
}

PrinterCalibration CalibrationPage::fromMeasurement(const Geometry &expected, const QPointF &cross, qreal rulerX,
                                                    qreal rulerY)
{
    // The printer puts a point p at offset + scale * p; drawing at (p - offset) / scale undoes it.
    const qreal scaleX = rulerX > 0 && expected.rulerX > 0 ? rulerX / expected.rulerX : 1;
    const qreal scaleY = rulerY > 0 && expected.rulerY > 0 ? rulerY / expected.rulerY : 1;
    const qreal offsetX = cross.x() - scaleX * expected.cross.x();
    const qreal offsetY = cross.y() - scaleY * expected.cross.y();
    PrinterCalibration c;
    c.scaleX = 1 / scaleX;
    c.scaleY = 1 / scaleY;
    c.offsetXMm = -offsetX / scaleX;
    c.offsetYMm = -offsetY / scaleY;
    return c;
}
