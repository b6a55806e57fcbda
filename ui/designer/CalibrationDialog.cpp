#include "designer/CalibrationDialog.h"

#include "designer/PrinterCalibrationSettings.h"
#include "print/PagedDeviceCanvas.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

CalibrationDialog::CalibrationDialog(const QString &initialPrinter, QWidget *parent)
    : QDialog(parent), m_layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF())
{
    setWindowTitle(tr("Printer Calibration"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Print the test page on the printer that prints your badges, measure it with a ruler "
                                "and enter what you measured. Podium then moves and scales everything it prints on "
                                "that printer so that badges land where the design puts them."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printer->setEditable(true); // a printer not connected now can be calibrated by name
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    form->addRow(tr("&Printer:"), m_printer);
    m_paper = new QLabel(this);
    form->addRow(tr("Paper:"), m_paper);
    auto *pageButtons = new QHBoxLayout;
    auto *print = new QPushButton(tr("Print &Test Page…"), this);
    auto *pdf = new QPushButton(tr("Test Page as P&DF…"), this);
    pageButtons->addWidget(print);
    pageButtons->addWidget(pdf);
    pageButtons->addStretch(1);
    form->addRow(pageButtons);
    connect(print, &QPushButton::clicked, this, &CalibrationDialog::printTestPage);
    connect(pdf, &QPushButton::clicked, this, &CalibrationDialog::exportTestPage);

    auto length = [this](const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(0, 2000);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" mm"));
        box->setSpecialValueText(tr("Not measured"));
        connect(box, &QDoubleSpinBox::valueChanged, this, &CalibrationDialog::showResult);
        return box;
    };
    m_crossX = length(QStringLiteral("crossX"));
    m_crossY = length(QStringLiteral("crossY"));
    m_rulerX = length(QStringLiteral("rulerX"));
    m_rulerY = length(QStringLiteral("rulerY"));
    m_crossXLabel = new QLabel(this);
    m_crossYLabel = new QLabel(this);
    m_rulerXLabel = new QLabel(this);
    m_rulerYLabel = new QLabel(this);
    const QList<QPair<QLabel *, QDoubleSpinBox *>> rows{
        {m_crossXLabel, m_crossX}, {m_crossYLabel, m_crossY}, {m_rulerXLabel, m_rulerX}, {m_rulerYLabel, m_rulerY}};
    for (const auto &row : rows) {
        row.first->setBuddy(row.second);
        form->addRow(row.first, row.second);
    }
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("&Forget Calibration"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &CalibrationDialog::save);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this, [this] {
        PrinterCalibrationSettings::forget(printerName());
        loadSaved();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_printer, &QComboBox::currentTextChanged, this, [this] {
        const QPrinterInfo info = QPrinterInfo::printerInfo(printerName());
        if (!info.isNull() && info.defaultPageSize().isValid())
            setPageLayout(QPageLayout(info.defaultPageSize(), QPageLayout::Portrait, QMarginsF()));
        loadSaved();
    });
    if (!initialPrinter.isEmpty())
        setPrinterName(initialPrinter);
    else if (m_printer->count() > 0)
        setPrinterName(QPrinterInfo::defaultPrinterName().isEmpty() ? m_printer->itemText(0) : QPrinterInfo::defaultPrinterName());
    showExpected();
    loadSaved();
}

QString CalibrationDialog::printerName() const
{
    return m_printer->currentText().trimmed();
}

void CalibrationDialog::setPrinterName(const QString &name)
{
    m_printer->setCurrentText(name);
}

void CalibrationDialog::setPageLayout(const QPageLayout &layout)
{
    m_layout = layout;
    showExpected();
}

void CalibrationDialog::setMeasurements(const QPointF &cross, qreal rulerX, qreal rulerY)
{
    m_crossX->setValue(cross.x());
    m_crossY->setValue(cross.y());
    m_rulerX->setValue(rulerX);
    m_rulerY->setValue(rulerY);
}

void CalibrationDialog::showExpected()
{
    const QSizeF page = m_layout.fullRect(QPageLayout::Millimeter).size();
    const CalibrationPage::Geometry g = CalibrationPage::geometry(page);
    const QLocale locale;
    m_paper->setText(tr("%1 (%2 × %3 mm)")
                         .arg(m_layout.pageSize().name(), locale.toString(page.width(), 'f', 1),
                              locale.toString(page.height(), 'f', 1)));
    m_crossXLabel->setText(tr("Cross A from the paper's &left edge (%1 mm if exact):").arg(locale.toString(g.cross.x())));
    m_crossYLabel->setText(tr("Cross A from the paper's &top edge (%1 mm if exact):").arg(locale.toString(g.cross.y())));
    m_rulerXLabel->setText(tr("&Horizontal ruler, 0 to %1:").arg(g.rulerX));
    m_rulerYLabel->setText(tr("&Vertical ruler, 0 to %1:").arg(g.rulerY));
    showResult();
}

PrinterCalibration CalibrationDialog::calibration() const
{
    const CalibrationPage::Geometry g = CalibrationPage::geometry(m_layout.fullRect(QPageLayout::Millimeter).size());
    // Anything not measured is taken as exact.
    const QPointF cross(m_crossX->value() > 0 ? m_crossX->value() : g.cross.x(),
                        m_crossY->value() > 0 ? m_crossY->value() : g.cross.y());
    return CalibrationPage::fromMeasurement(g, cross, m_rulerX->value() > 0 ? m_rulerX->value() : g.rulerX,
                                            m_rulerY->value() > 0 ? m_rulerY->value() : g.rulerY);
}

void CalibrationDialog::showResult()
{
    const PrinterCalibration c = calibration();
    if (c.isIdentity()) {
        m_result->setText(tr("No correction: what is printed lands where the design puts it."));
        return;
    }
    const QLocale locale;
    auto mm = [&](qreal v) { return locale.toString(qAbs(v), 'f', 1); };
    auto percent = [&](qreal v) { return locale.toString(v * 100, 'f', 1); };
    const QString x = c.offsetXMm >= 0 ? tr("%1 mm to the right").arg(mm(c.offsetXMm)) : tr("%1 mm to the left").arg(mm(c.offsetXMm));
    const QString y = c.offsetYMm >= 0 ? tr("%1 mm down").arg(mm(c.offsetYMm)) : tr("%1 mm up").arg(mm(c.offsetYMm));
    m_result->setText(tr("Podium will move what it prints on this printer %1 and %2, and scale it to %3 % across and %4 % "
                         "down.")
                          .arg(x, y, percent(c.scaleX), percent(c.scaleY)));
}

void CalibrationDialog::loadSaved()
{
    // Shows the saved correction as the measurements that give it, so that it can be adjusted.
    const PrinterCalibration saved = PrinterCalibrationSettings::load(printerName());
    const CalibrationPage::Geometry g = CalibrationPage::geometry(m_layout.fullRect(QPageLayout::Millimeter).size());
    if (saved.isIdentity()) {
        setMeasurements(QPointF(), 0, 0);
        return;
    }
    // printed = offset + scale * p, with scale = 1 / saved.scale and offset = -saved.offset * scale.
    const qreal sx = 1 / saved.scaleX, sy = 1 / saved.scaleY;
    setMeasurements(QPointF(-saved.offsetXMm * sx + sx * g.cross.x(), -saved.offsetYMm * sy + sy * g.cross.y()),
                    sx * g.rulerX, sy * g.rulerY);
}

void CalibrationDialog::printTestPage()
{
    QPrinter printer(QPrinter::HighResolution);
    if (!printerName().isEmpty())
        printer.setPrinterName(printerName());
    printer.setFullPage(true); // the page is measured from the paper's edges
    printer.setPageLayout(m_layout);
    printer.setDocName(tr("Printer calibration"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPrinterName(printer.printerName());
    setPageLayout(printer.pageLayout());
    PagedDeviceCanvas canvas(&printer, m_layout);
    CalibrationPage::paint(canvas, printer.printerName());
    if (const Status done = canvas.finish(); !done)
        QMessageBox::warning(this, tr("Print Test Page"), done.error());
}

void CalibrationDialog::exportTestPage()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Test Page as PDF"), folder + QStringLiteral("/calibration.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Podium"));
    PagedDeviceCanvas canvas(&writer, m_layout);
    CalibrationPage::paint(canvas, printerName());
    if (const Status done = canvas.finish(); !done)
        QMessageBox::warning(this, tr("Test Page as PDF"), tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), done.error()));
}

void CalibrationDialog::save()
{
    if (printerName().isEmpty()) {
        QMessageBox::information(this, tr("Printer Calibration"), tr("Choose the printer this calibration is for."));
        return;
    }
    PrinterCalibrationSettings::save(printerName(), calibration());
    accept();
}
