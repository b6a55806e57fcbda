#pragma once

#include "print/LabelSheet.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

// The numbers of a custom label sheet (paper, label, margins, pitch, grid) in millimetres.
class LabelSheetEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LabelSheetEditor(QWidget *parent = nullptr);
    LabelSheet sheet() const;
    void setSheet(const LabelSheet &sheet);

signals:
    void changed();

private:
    QDoubleSpinBox *length(double max);
    QDoubleSpinBox *m_pageWidth, *m_pageHeight, *m_labelWidth, *m_labelHeight;
    QDoubleSpinBox *m_left, *m_top, *m_pitchX, *m_pitchY;
    QSpinBox *m_columns, *m_rows;
};
