#pragma once

#include "print/PrintOptions.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

class PrintData;
class QWidget;

// Printing from the GUI: the operating system's print dialog, then the same
// renderer as the PDF on the chosen printer, with that printer's calibration
// (PrinterCalibrationSettings) and a progress dialog that can cancel.
class PrintJob
{
    Q_DECLARE_TR_FUNCTIONS(PrintJob)
public:
    struct Outcome
    {
        bool printed = false; // false: the print dialog was cancelled, or the job failed
        QString error;        // why it failed (DocumentRenderer::cancelledMessage() when the user stopped it)
        QString printerName;
    };
    static Outcome print(QWidget *parent, const PrintData &data, PrintOptions options, const QString &documentName);
    // Runs a render with a progress dialog the user can cancel; the failure message, empty on success.
    static QString withProgress(QWidget *parent, const std::function<Status(const PrintProgress &)> &job);
};
