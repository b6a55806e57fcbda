#pragma once

#include "design/DesignElement.h"

#include <QWidget>

#include <functional>

class ColourButton;
class DesignEditor;
class FieldPicker;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The properties of the selected element: position and size, text with
// placeholders, font and size range, alignment, colours, image and the rule
// (which categories, colour from category). Each change is one edit of the
// design (typing in one field, or stepping one number, merges into one).
class ElementPropertiesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ElementPropertiesPanel(DesignEditor *editor, QWidget *parent = nullptr);

private:
    void showElement();
    // Changes the selected element through `change`, as one undoable edit named `text`.
    void commit(const QString &text, const QString &mergeKey, const std::function<void(DesignElement &)> &change);
    void fillImages();
    QWidget *createGeometry();
    QWidget *createText();
    QWidget *createLook();
    QWidget *createRule();
    QDoubleSpinBox *millimetres(const QString &objectName);

    DesignEditor *m_editor;
    QLabel *m_title;
    QGroupBox *m_geometryBox;
    QDoubleSpinBox *m_x;
    QDoubleSpinBox *m_y;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QGroupBox *m_textBox;
    QPlainTextEdit *m_text;
    FieldPicker *m_fields;
    QWidget *m_fontRow;
    QFontComboBox *m_font;
    QComboBox *m_weight;
    QCheckBox *m_italic;
    QDoubleSpinBox *m_maxPoints;
    QDoubleSpinBox *m_minPoints;
    QSpinBox *m_maxLines;
    QComboBox *m_align;
    QComboBox *m_valign;
    QCheckBox *m_collapse;
    QGroupBox *m_lookBox;
    ColourButton *m_colour;
    ColourButton *m_borderColour;
    QDoubleSpinBox *m_border;
    QDoubleSpinBox *m_corner;
    class QHBoxLayout *m_imageRow;
    QComboBox *m_image;
    QPushButton *m_addImage;
    QGroupBox *m_ruleBox;
    QListWidget *m_categories;
    QCheckBox *m_categoryColour;
    bool m_showing = false;
    QString m_textMergeKey = QStringLiteral("text"); // typing merges; a field inserted does not
};
