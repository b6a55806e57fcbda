#pragma once

#include <QWidget>

class ColourButton;
class DesignEditor;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
struct Design;

// The design as a whole: its name and kind, the label it is made for (a
// preset or a size of one's own), its sides and folds, the background of the
// side being edited, the colour of each category and, for certificates, who
// signs them and when. Each change is one undoable edit.
class DesignSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DesignSettingsPanel(DesignEditor *editor, QWidget *parent = nullptr);

private:
    void showDesign();
    void commit(const QString &text, const QString &mergeKey, const std::function<void(Design &)> &change);
    QWidget *createCertificate();

    DesignEditor *m_editor;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_preset;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_sides;
    ColourButton *m_background;
    QList<ColourButton *> m_categoryColours;
    QGroupBox *m_certificateBox;
    QLineEdit *m_signatoryName;
    QLineEdit *m_signatoryTitle;
    QComboBox *m_signature;
    QCheckBox *m_printDay;
    QDateEdit *m_issueDate;
    QCheckBox *m_verification;
    bool m_showing = false;
};
