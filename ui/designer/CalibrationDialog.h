#pragma once

#include "print/CalibrationPage.h"

#include <QDialog>
#include <QPageLayout>

class QComboBox;
class QDoubleSpinBox;
class QLabel;

// Printer calibration: prints a page with a cross and two rulers, takes what
// the user measured on paper, and keeps the resulting offset and scale for
// that printer (PrinterCalibrationSettings), which badges and certificates
// printed on it then apply.
class CalibrationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CalibrationDialog(const QString &printerName = QString(), QWidget *parent = nullptr);

    QString printerName() const;
    void setPrinterName(const QString &name);
    // The calibration the measurements give (identity until something is entered).
    PrinterCalibration calibration() const;
    // The paper the test page is printed on (the printer's, once chosen in the print dialog).
    QPageLayout pageLayout() const { return m_layout; }
    void setPageLayout(const QPageLayout &layout);
    // Enters measurements as a user would (tests).
    void setMeasurements(const QPointF &cross, qreal rulerX, qreal rulerY);

public slots:
    void printTestPage();
    // The test page as a PDF, to print from another program.
    void exportTestPage();
    void save();

private:
    void showExpected();
    void showResult();
    void loadSaved();

    QComboBox *m_printer;
    QLabel *m_paper;
    QDoubleSpinBox *m_crossX;
    QDoubleSpinBox *m_crossY;
    QDoubleSpinBox *m_rulerX;
    QDoubleSpinBox *m_rulerY;
    QLabel *m_crossXLabel;
    QLabel *m_crossYLabel;
    QLabel *m_rulerXLabel;
    QLabel *m_rulerYLabel;
    QLabel *m_result;
    QPageLayout m_layout;
};
