#include "designer/PrintJob.h"

#include "designer/PrinterCalibrationSettings.h"
#include "print/DocumentRenderer.h"
#include "print/PagedDeviceCanvas.h"

#include <QApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>

PrintJob::Outcome PrintJob::print(QWidget *parent, const PrintData &data, PrintOptions options, const QString &documentName)
{
    Outcome outcome;
    QPrinter printer(QPrinter::HighResolution);
    printer.setFullPage(true); // the renderers place everything from the paper's corner
    printer.setPageLayout(DocumentRenderer::create(data, options)->pageLayout());
    printer.setDocName(documentName);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return outcome;
    outcome.printerName = printer.printerName();
    // Printing to a file is not that printer's paper: no calibration.
    if (printer.outputFileName().isEmpty())
        options.calibration = PrinterCalibrationSettings::load(printer.printerName());
    const auto renderer = DocumentRenderer::create(data, options);
    outcome.error = withProgress(parent, [&](const PrintProgress &progress) {
        PagedDeviceCanvas canvas(&printer, renderer->pageLayout());
        const Status rendered = renderer->render(canvas, progress);
        const Status finished = canvas.finish();
        return rendered ? finished : rendered;
    });
    outcome.printed = outcome.error.isEmpty();
    return outcome;
}

QString PrintJob::withProgress(QWidget *parent, const std::function<Status(const PrintProgress &)> &job)
{
    QProgressDialog progress(tr("Preparing the pages…"), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const Status status = job([&](int done, int total) {
        progress.setMaximum(qMax(1, total));
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    return status ? QString() : status.error();
}
