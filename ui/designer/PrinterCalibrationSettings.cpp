#include "designer/PrinterCalibrationSettings.h"

#include <QSettings>
#include <QUrl>

QString PrinterCalibrationSettings::group(const QString &printerName)
{
    // A printer's name may hold "/" or "\", which QSettings reads as groups.
    return QStringLiteral("printerCalibration/") + QString::fromLatin1(QUrl::toPercentEncoding(printerName));
}

PrinterCalibration PrinterCalibrationSettings::load(const QString &printerName)
{
    QSettings settings;
    settings.beginGroup(group(printerName));
    PrinterCalibration c;
    c.offsetXMm = settings.value(QStringLiteral("offsetXMm"), 0.0).toDouble();
    c.offsetYMm = settings.value(QStringLiteral("offsetYMm"), 0.0).toDouble();
    c.scaleX = settings.value(QStringLiteral("scaleX"), 1.0).toDouble();
    c.scaleY = settings.value(QStringLiteral("scaleY"), 1.0).toDouble();
    // A hand-edited or damaged entry never prints badges off the page.
    if (c.scaleX < 0.5 || c.scaleX > 2 || c.scaleY < 0.5 || c.scaleY > 2 || qAbs(c.offsetXMm) > 50 || qAbs(c.offsetYMm) > 50)
        return PrinterCalibration();
    return c;
}

void PrinterCalibrationSettings::save(const QString &printerName, const PrinterCalibration &calibration)
{
    if (calibration.isIdentity()) {
        forget(printerName);
        return;
    }
    QSettings settings;
    settings.beginGroup(group(printerName));
    settings.setValue(QStringLiteral("offsetXMm"), calibration.offsetXMm);
    settings.setValue(QStringLiteral("offsetYMm"), calibration.offsetYMm);
    settings.setValue(QStringLiteral("scaleX"), calibration.scaleX);
    settings.setValue(QStringLiteral("scaleY"), calibration.scaleY);
}

void PrinterCalibrationSettings::forget(const QString &printerName)
{
    QSettings().remove(group(printerName));
}

bool PrinterCalibrationSettings::has(const QString &printerName)
{
    return QSettings().contains(group(printerName) + QStringLiteral("/scaleX"));
}
