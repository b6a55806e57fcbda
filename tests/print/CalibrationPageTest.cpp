// The printer calibration page: what a user measures on it turns into the
// correction that undoes the printer's offset and scale, and the page itself
// prints its cross where it says (and, calibrated, where the correction moves it).
#include "support/TestSupport.h"

#include "print/CalibrationPage.h"
#include "print/ImageCanvas.h"

#include <QImage>

namespace {
// A printer that shifts and stretches: where it puts a point the page asked for (mm).
struct SkewedPrinter
{
    QPointF offset{1.6, -2.2};
    qreal scaleX = 1.012;
    qreal scaleY = 0.985;
    QPointF print(const QPointF &p) const { return QPointF(offset.x() + scaleX * p.x(), offset.y() + scaleY * p.y()); }
};

bool dark(const QImage &image, QPointF mm, qreal pixelsPerMm)
{
    const QPoint p = (mm * pixelsPerMm).toPoint();
    // Lines are 0.25 pt: look at the pixel and its neighbours.
    for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
            if (qGray(image.pixel(p.x() + dx, p.y() + dy)) < 200)
                return true;
    return false;
}
} // namespace

TEST_CASE("Measurements of the test page give the correction that undoes the printer's error")
{
    const CalibrationPage::Geometry g = CalibrationPage::geometry(QSizeF(210, 297));
    CHECK(g.cross == QPointF(10, 10));
    CHECK(g.rulerX == 190);
    CHECK(g.rulerY == 260);

    const SkewedPrinter printer;
    // What the user measures: the cross where the printer put it, the rulers as long as it made them.
    const QPointF cross = printer.print(g.cross);
    const qreal rulerX = printer.print(g.rulerOrigin + QPointF(g.rulerX, 0)).x() - printer.print(g.rulerOrigin).x();
    const qreal rulerY = printer.print(g.rulerOrigin + QPointF(0, g.rulerY)).y() - printer.print(g.rulerOrigin).y();
    const PrinterCalibration c = CalibrationPage::fromMeasurement(g, cross, rulerX, rulerY);
    CHECK_FALSE(c.isIdentity());

    // Drawing through the correction, then printing, puts every point where it was meant to be.
    constexpr qreal pointsPerMm = 72.0 / 25.4;
    for (const QPointF &p : {QPointF(0, 0), QPointF(10, 10), QPointF(105, 148.5), QPointF(200, 287)}) {
        const QPointF drawn = c.transform().map(p * pointsPerMm) / pointsPerMm;
        const QPointF printed = printer.print(drawn);
        CHECK(printed.x() == Approx(p.x()).margin(1e-9));
        CHECK(printed.y() == Approx(p.y()).margin(1e-9));
    }

    // A printer that is exact needs nothing.
    CHECK(CalibrationPage::fromMeasurement(g, g.cross, g.rulerX, g.rulerY).isIdentity());
    // A label of a label printer: the page shrinks its margins and rulers to fit.
    const auto label = CalibrationPage::geometry(QSizeF(62, 100));
    CHECK(label.rulerX > 0);
    CHECK(label.rulerX + label.rulerOrigin.x() <= 62);
    CHECK(label.rulerY + label.rulerOrigin.y() <= 100);
}

TEST_CASE("The test page draws its cross where it says, and a calibration moves it")
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    const qreal pixelsPerMm = 10;
    auto render = [&](const PrinterCalibration &calibration) {
        ImageCanvas canvas(a4, pixelsPerMm * 25.4, 1);
        CalibrationPage::paint(canvas, QStringLiteral("Office printer"), calibration);
        REQUIRE(canvas.finish().ok());
        REQUIRE(canvas.pages().size() == 1);
        return canvas.pages().first();
    };
    const QImage plain = render({});
    if (qEnvironmentVariableIsSet("PODIUM_SCREENSHOTS"))
        plain.save(qEnvironmentVariable("PODIUM_SCREENSHOTS") + QStringLiteral("/calibration-page.png"));
    const auto g = CalibrationPage::geometry(QSizeF(210, 297));
    // The cross's vertical stroke at x = 10 mm, 3 mm below the centre; nothing 2 mm to its right.
    CHECK(dark(plain, g.cross + QPointF(0, 3), pixelsPerMm));
    CHECK_FALSE(dark(plain, g.cross + QPointF(2, 3), pixelsPerMm));
    // The horizontal ruler's 100 mm tick and its last one.
    CHECK(dark(plain, g.rulerOrigin + QPointF(100, 2), pixelsPerMm));
    CHECK(dark(plain, g.rulerOrigin + QPointF(190, 2), pixelsPerMm));
    CHECK_FALSE(dark(plain, g.rulerOrigin + QPointF(191, 2), pixelsPerMm));

    PrinterCalibration moved;
    moved.offsetXMm = 2;
    const QImage shifted = render(moved);
    CHECK(dark(shifted, g.cross + QPointF(2, 3), pixelsPerMm));
    CHECK_FALSE(dark(shifted, g.cross + QPointF(0, 3), pixelsPerMm));
}
