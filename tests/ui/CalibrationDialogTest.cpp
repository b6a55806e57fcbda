// Printer calibration in the GUI: what the user measured on the test page is
// kept for that printer only, read back when the dialog opens again, and the
// print path hands it to the renderer.
#include "support/TestSupport.h"

#include "designer/CalibrationDialog.h"
#include "designer/PrinterCalibrationSettings.h"
#include "print/CalibrationPage.h"

#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSettings>

namespace {
// Settings of this test program only, so that no other test (or the user) reads them.
void isolateSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PodiumTests"));
    QCoreApplication::setApplicationName(QStringLiteral("PodiumCalibrationDialogTest"));
    QSettings().remove(QStringLiteral("printerCalibration"));
}

const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
} // namespace

TEST_CASE("A calibration measured in the dialog is saved for that printer and shown again")
{
    isolateSettings();
    const QString printer = QStringLiteral("Brother QL-820NWB / desk 2"); // a slash must not split the name
    {
        CalibrationDialog dialog(printer);
        dialog.setPageLayout(a4);
        CHECK(dialog.calibration().isIdentity()); // nothing measured: nothing changes
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("result"))->text().contains(QStringLiteral("No correction")));
        // The cross 1.2 mm too far right and 0.8 mm too high; the rulers 0.5 % long and 0.3 % short.
        dialog.setMeasurements(QPointF(11.2, 9.2), 191.0, 259.2);
        const PrinterCalibration measured = dialog.calibration();
        CHECK(measured.offsetXMm < 0); // drawn further left to land right
        CHECK(measured.offsetYMm > 0);
        CHECK(measured.scaleX < 1);
        CHECK(measured.scaleY > 1);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("result"))->text().contains(QStringLiteral("to the left")));
        dialog.save();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(PrinterCalibrationSettings::load(printer) == measured);
    }
    CHECK(PrinterCalibrationSettings::has(printer));
    CHECK(PrinterCalibrationSettings::load(QStringLiteral("Office laser")).isIdentity());

    // Opened again for the printer, the dialog shows what was measured.
    CalibrationDialog again(printer);
    again.setPageLayout(a4);
    again.setPrinterName(QStringLiteral("Office laser"));
    again.setPrinterName(printer);
    CHECK(again.findChild<QDoubleSpinBox *>(QStringLiteral("crossX"))->value() == Approx(11.2));
    CHECK(again.findChild<QDoubleSpinBox *>(QStringLiteral("crossY"))->value() == Approx(9.2));
    CHECK(again.findChild<QDoubleSpinBox *>(QStringLiteral("rulerX"))->value() == Approx(191.0));
    CHECK(again.findChild<QDoubleSpinBox *>(QStringLiteral("rulerY"))->value() == Approx(259.2));

    // Measuring the exact page forgets the correction.
    again.setMeasurements(QPointF(10, 10), 190, 260);
    again.save();
    CHECK_FALSE(PrinterCalibrationSettings::has(printer));
}

TEST_CASE("Damaged calibration settings never move badges off the page")
{
    isolateSettings();
    PrinterCalibration wild;
    wild.scaleX = 7;
    PrinterCalibrationSettings::save(QStringLiteral("Strange"), wild);
    CHECK(PrinterCalibrationSettings::load(QStringLiteral("Strange")).isIdentity());
}
