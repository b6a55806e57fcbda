#pragma once

#include "print/PrinterCalibration.h"

#include <QString>

// Each printer's calibration, kept in the user's settings under the printer's
// name: a calibration belongs to a machine and its printer, not to an event.
class PrinterCalibrationSettings
{
public:
    // Identity for a printer never calibrated.
    static PrinterCalibration load(const QString &printerName);
    static void save(const QString &printerName, const PrinterCalibration &calibration);
    static void forget(const QString &printerName);
    static bool has(const QString &printerName);

private:
    static QString group(const QString &printerName);
};
