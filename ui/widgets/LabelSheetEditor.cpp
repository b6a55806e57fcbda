#include "widgets/LabelSheetEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

LabelSheetEditor::LabelSheetEditor(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto pair = [&](const QString &label, QWidget *a, QWidget *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a);
        row->addWidget(new QLabel(QStringLiteral("×"), this));
        row->addWidget(b);
        form->addRow(label, row);
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(row)))
            l->setBuddy(a);
    };
    m_pageWidth = length(1000), m_pageHeight = length(1000);
    m_labelWidth = length(1000), m_labelHeight = length(1000);
    m_left = length(500), m_top = length(500);
    m_pitchX = length(1000), m_pitchY = length(1000);
    m_columns = new QSpinBox(this), m_rows = new QSpinBox(this);
    m_columns->setRange(1, 20);
    m_rows->setRange(1, 40);
    pair(tr("Pa&per (mm):"), m_pageWidth, m_pageHeight);
    pair(tr("&Label (mm):"), m_labelWidth, m_labelHeight);
    pair(tr("First label &at (left × top, mm):"), m_left, m_top);
    pair(tr("Pi&tch (across × down, mm):"), m_pitchX, m_pitchY);
    pair(tr("&Grid (columns × rows):"), m_columns, m_rows);
    for (QSpinBox *box : {m_columns, m_rows})
        connect(box, &QSpinBox::valueChanged, this, &LabelSheetEditor::changed);
    setSheet(LabelSheet::defaultSheet());
}

QDoubleSpinBox *LabelSheetEditor::length(double max)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, max);
    box->setDecimals(2);
    box->setSingleStep(0.5);
    connect(box, &QDoubleSpinBox::valueChanged, this, &LabelSheetEditor::changed);
    return box;
}

LabelSheet LabelSheetEditor::sheet() const
{
    LabelSheet s;
    s.key = QStringLiteral("custom");
    s.name = tr("Custom");
    s.page = QSizeF(m_pageWidth->value(), m_pageHeight->value());
    s.label = QSizeF(m_labelWidth->value(), m_labelHeight->value());
    s.left = m_left->value();
    s.top = m_top->value();
    s.pitchX = m_pitchX->value();
    s.pitchY = m_pitchY->value();
    s.columns = m_columns->value();
    s.rows = m_rows->value();
    return s;
}

void LabelSheetEditor::setSheet(const LabelSheet &s)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_pageWidth), QSignalBlocker(m_pageHeight), QSignalBlocker(m_labelWidth),
                                       QSignalBlocker(m_labelHeight), QSignalBlocker(m_left), QSignalBlocker(m_top),
                                       QSignalBlocker(m_pitchX), QSignalBlocker(m_pitchY), QSignalBlocker(m_columns),
                                       QSignalBlocker(m_rows)};
    m_pageWidth->setValue(s.page.width());
    m_pageHeight->setValue(s.page.height());
    m_labelWidth->setValue(s.label.width());
    m_labelHeight->setValue(s.label.height());
    m_left->setValue(s.left);
    m_top->setValue(s.top);
    m_pitchX->setValue(s.pitchX);
    m_pitchY->setValue(s.pitchY);
    m_columns->setValue(s.columns);
    m_rows->setValue(s.rows);
    emit changed();
}
