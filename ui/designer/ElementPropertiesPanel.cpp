#include "designer/ElementPropertiesPanel.h"

#include "designer/ColourButton.h"
#include "designer/DesignEditor.h"
#include "designer/ElementLabels.h"
#include "designer/FieldPicker.h"
#include "designer/ImageImport.h"
#include "model/Vocabulary.h"
#include "print/PageCanvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
using Type = DesignElement::Type;

// A form label for a row that is a layout: QFormLayout gives those no buddy, and the "&" would show.
QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

void setValue(QDoubleSpinBox *box, qreal value)
{
    const QSignalBlocker block(box);
    box->setValue(value);
}
} // namespace

ElementPropertiesPanel::ElementPropertiesPanel(DesignEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("elementTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(createGeometry());
    layout->addWidget(createText());
    layout->addWidget(createLook());
    layout->addWidget(createRule());
    layout->addStretch(1);

    connect(m_editor, &DesignEditor::selectionChanged, this, &ElementPropertiesPanel::showElement);
    connect(m_editor, &DesignEditor::designChanged, this, &ElementPropertiesPanel::showElement);
    connect(m_editor, &DesignEditor::imagesChanged, this, &ElementPropertiesPanel::fillImages);
    fillImages();
    showElement();
}

QDoubleSpinBox *ElementPropertiesPanel::millimetres(const QString &objectName)
{
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(objectName);
    box->setRange(-500, 2000);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    box->setSuffix(tr(" mm"));
    box->setKeyboardTracking(false);
    return box;
}

QWidget *ElementPropertiesPanel::createGeometry()
{
    m_geometryBox = new QGroupBox(tr("Position and size"), this);
    auto *form = new QFormLayout(m_geometryBox);
    m_x = millimetres(QStringLiteral("x"));
    m_y = millimetres(QStringLiteral("y"));
    m_width = millimetres(QStringLiteral("width"));
    m_height = millimetres(QStringLiteral("height"));
    m_width->setMinimum(1);
    m_height->setMinimum(1);
    form->addRow(tr("From &left:"), m_x);
    form->addRow(tr("From &top:"), m_y);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    auto geometry = [this](QDoubleSpinBox *box, const QString &key, auto set) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, key, set](double value) {
            commit(tr("Move element"), key, [&](DesignElement &e) { set(e.box, value); });
        });
    };
    geometry(m_x, QStringLiteral("x"), [](QRectF &r, qreal v) { r.moveLeft(v); });
    geometry(m_y, QStringLiteral("y"), [](QRectF &r, qreal v) { r.moveTop(v); });
    geometry(m_width, QStringLiteral("width"), [](QRectF &r, qreal v) { r.setWidth(v); });
    geometry(m_height, QStringLiteral("height"), [](QRectF &r, qreal v) { r.setHeight(v); });
    return m_geometryBox;
}

QWidget *ElementPropertiesPanel::createText()
{
    m_textBox = new QGroupBox(tr("Text"), this);
    auto *form = new QFormLayout(m_textBox);
    m_text = new QPlainTextEdit(m_textBox);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    m_text->setToolTip(tr("Placeholders such as {first_name} print each participant's own value"));
    form->addRow(tr("Te&xt:"), m_text);
    m_fields = new FieldPicker(m_textBox);
    form->addRow(QString(), m_fields);
    connect(m_fields, &FieldPicker::placeholderChosen, this, [this](const QString &placeholder) {
        // A field chosen is an undo step of its own, not part of the typing around it.
        m_textMergeKey = QStringLiteral("field");
        m_text->insertPlainText(placeholder);
        m_textMergeKey = QStringLiteral("text");
        m_text->setFocus();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_text->toPlainText();
        commit(m_textMergeKey == QLatin1String("field") ? tr("Insert field") : tr("Edit text"), m_textMergeKey,
               [&](DesignElement &e) { e.text = text; });
    });

    m_fontRow = new QWidget(m_textBox);
    auto *fontForm = new QFormLayout(m_fontRow);
    fontForm->setContentsMargins(0, 0, 0, 0);
    m_font = new QFontComboBox(m_fontRow);
    m_font->setObjectName(QStringLiteral("font"));
    fontForm->addRow(tr("F&ont:"), m_font);
    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        // The print default is stored as "none chosen", so designs travel to machines with other fonts.
        const QString family = font.family() == PageCanvas::defaultFamily() ? QString() : font.family();
        commit(tr("Change font"), QString(), [&](DesignElement &e) { e.fontFamily = family; });
    });
    auto *style = new QHBoxLayout;
    m_weight = new QComboBox(m_fontRow);
    m_weight->setObjectName(QStringLiteral("weight"));
    m_weight->addItem(tr("Light"), 300);
    m_weight->addItem(tr("Regular"), 400);
    m_weight->addItem(tr("Medium"), 500);
    m_weight->addItem(tr("Semi-bold"), 600);
    m_weight->addItem(tr("Bold"), 700);
    m_weight->addItem(tr("Black"), 900);
    m_italic = new QCheckBox(tr("It&alic"), m_fontRow);
    style->addWidget(m_weight, 1);
    style->addWidget(m_italic);
    fontForm->addRow(buddyLabel(tr("Wei&ght:"), m_weight), style);
    connect(m_weight, &QComboBox::currentIndexChanged, this, [this] {
        const int weight = m_weight->currentData().toInt();
        commit(tr("Change weight"), QString(), [&](DesignElement &e) { e.fontWeight = weight; });
    });
    connect(m_italic, &QCheckBox::toggled, this, [this](bool on) {
        commit(tr("Change italic"), QString(), [&](DesignElement &e) { e.italic = on; });
    });
    auto points = [this](const QString &name) {
        auto *box = new QDoubleSpinBox(m_fontRow);
        box->setObjectName(name);
        box->setRange(1, 400);
        box->setDecimals(1);
        box->setSuffix(tr(" pt"));
        box->setKeyboardTracking(false);
        return box;
    };
    m_maxPoints = points(QStringLiteral("maxPoints"));
    m_minPoints = points(QStringLiteral("minPoints"));
    m_maxPoints->setToolTip(tr("The size text prints at when it fits"));
    m_minPoints->setToolTip(tr("Longer text shrinks down to this size, then wraps"));
    fontForm->addRow(tr("Si&ze:"), m_maxPoints);
    fontForm->addRow(tr("Shrin&k to:"), m_minPoints);
    connect(m_maxPoints, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change size"), QStringLiteral("maxPoints"), [&](DesignElement &e) {
            e.maxPoints = v;
            e.minPoints = qMin(e.minPoints, v);
        });
    });
    connect(m_minPoints, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change size"), QStringLiteral("minPoints"), [&](DesignElement &e) {
            e.minPoints = v;
            e.maxPoints = qMax(e.maxPoints, v);
        });
    });
    m_maxLines = new QSpinBox(m_fontRow);
    m_maxLines->setObjectName(QStringLiteral("maxLines"));
    m_maxLines->setRange(0, 99);
    m_maxLines->setSpecialValueText(tr("As many as fit"));
    fontForm->addRow(tr("Li&nes:"), m_maxLines);
    connect(m_maxLines, &QSpinBox::valueChanged, this, [this](int v) {
        commit(tr("Change lines"), QStringLiteral("maxLines"), [&](DesignElement &e) { e.maxLines = v; });
    });
    auto *alignment = new QHBoxLayout;
    m_align = new QComboBox(m_fontRow);
    m_align->setObjectName(QStringLiteral("align"));
    m_align->addItem(tr("Left"), int(DesignElement::HAlign::Left));
    m_align->addItem(tr("Centre"), int(DesignElement::HAlign::Centre));
    m_align->addItem(tr("Right"), int(DesignElement::HAlign::Right));
    m_valign = new QComboBox(m_fontRow);
    m_valign->setObjectName(QStringLiteral("valign"));
    m_valign->addItem(tr("Top"), int(DesignElement::VAlign::Top));
    m_valign->addItem(tr("Middle"), int(DesignElement::VAlign::Middle));
    m_valign->addItem(tr("Bottom"), int(DesignElement::VAlign::Bottom));
    alignment->addWidget(m_align);
    alignment->addWidget(m_valign);
    fontForm->addRow(buddyLabel(tr("Align&ment:"), m_align), alignment);
    connect(m_align, &QComboBox::currentIndexChanged, this, [this] {
        const auto align = DesignElement::HAlign(m_align->currentData().toInt());
        commit(tr("Change alignment"), QString(), [&](DesignElement &e) { e.align = align; });
    });
    connect(m_valign, &QComboBox::currentIndexChanged, this, [this] {
        const auto valign = DesignElement::VAlign(m_valign->currentData().toInt());
        commit(tr("Change alignment"), QString(), [&](DesignElement &e) { e.valign = valign; });
    });
    m_collapse = new QCheckBox(tr("When empty, move what is &below up"), m_fontRow);
    m_collapse->setToolTip(tr("A participant without this value leaves no gap on the badge"));
    fontForm->addRow(m_collapse);
    connect(m_collapse, &QCheckBox::toggled, this, [this](bool on) {
        commit(tr("Change empty text"), QString(), [&](DesignElement &e) { e.collapseWhenEmpty = on; });
    });
    form->addRow(m_fontRow);
    return m_textBox;
}

QWidget *ElementPropertiesPanel::createLook()
{
    m_lookBox = new QGroupBox(tr("Look"), this);
    auto *form = new QFormLayout(m_lookBox);
    m_colour = new ColourButton(m_lookBox);
    m_colour->setObjectName(QStringLiteral("colour"));
    form->addRow(tr("&Colour:"), m_colour);
    connect(m_colour, &ColourButton::colourChosen, this, [this](const QColor &c) {
        commit(tr("Change colour"), QString(), [&](DesignElement &e) { e.colour = c; });
    });
    m_borderColour = new ColourButton(m_lookBox);
    form->addRow(tr("Border c&olour:"), m_borderColour);
    connect(m_borderColour, &ColourButton::colourChosen, this, [this](const QColor &c) {
        commit(tr("Change border"), QString(), [&](DesignElement &e) { e.borderColour = c; });
    });
    m_border = millimetres(QStringLiteral("border"));
    m_border->setRange(0, 20);
    m_border->setSingleStep(0.1);
    form->addRow(tr("Bo&rder:"), m_border);
    connect(m_border, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change border"), QStringLiteral("border"), [&](DesignElement &e) { e.borderMm = v; });
    });
    m_corner = millimetres(QStringLiteral("corner"));
    m_corner->setRange(0, 100);
    form->addRow(tr("Rounded corner&s:"), m_corner);
    connect(m_corner, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change corners"), QStringLiteral("corner"), [&](DesignElement &e) { e.cornerMm = v; });
    });
    auto *imageRow = new QHBoxLayout;
    m_imageRow = imageRow;
    m_image = new QComboBox(m_lookBox);
    m_image->setObjectName(QStringLiteral("image"));
    m_addImage = new QPushButton(tr("Add Ima&ge…"), m_lookBox);
    imageRow->addWidget(m_image, 1);
    imageRow->addWidget(m_addImage);
    form->addRow(buddyLabel(tr("I&mage:"), m_image), imageRow);
    connect(m_image, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_image->currentData().toString();
        commit(tr("Change image"), QString(), [&](DesignElement &e) { e.imageId = id; });
    });
    connect(m_addImage, &QPushButton::clicked, this, [this] {
        const QString id = ImageImport::fromFile(this, m_editor);
        if (!id.isEmpty())
            commit(tr("Change image"), QString(), [&](DesignElement &e) { e.imageId = id; });
    });
    return m_lookBox;
}

QWidget *ElementPropertiesPanel::createRule()
{
    m_ruleBox = new QGroupBox(tr("Who gets it"), this);
    auto *form = new QFormLayout(m_ruleBox);
    m_categories = new QListWidget(m_ruleBox);
    m_categories->setObjectName(QStringLiteral("categories"));
    m_categories->setToolTip(tr("Tick none to print it on every badge"));
    for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values()) {
        auto *item = new QListWidgetItem(toLabel(category), m_categories);
        item->setData(Qt::UserRole, toKey(category));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_categories->setMaximumHeight(m_categories->sizeHintForRow(0) * (m_categories->count() + 1));
    form->addRow(tr("&Print it only for:"), m_categories);
    connect(m_categories, &QListWidget::itemChanged, this, [this] {
        QStringList keys;
        for (int i = 0; i < m_categories->count(); ++i)
            if (m_categories->item(i)->checkState() == Qt::Checked)
                keys << m_categories->item(i)->data(Qt::UserRole).toString();
        commit(tr("Change categories"), QString(), [&](DesignElement &e) { e.rule.onlyCategories = keys; });
    });
    m_categoryColour = new QCheckBox(tr("Colo&ur from the participant's category"), m_ruleBox);
    form->addRow(m_categoryColour);
    connect(m_categoryColour, &QCheckBox::toggled, this, [this](bool on) {
        commit(tr("Change colour rule"), QString(), [&](DesignElement &e) { e.rule.colourFromCategory = on; });
    });
    return m_ruleBox;
}

void ElementPropertiesPanel::commit(const QString &text, const QString &mergeKey,
                                    const std::function<void(DesignElement &)> &change)
{
    const DesignElement *selected = m_editor->selectedElement();
    if (m_showing || !selected)
        return;
    DesignElement element = *selected;
    change(element);
    const int index = m_editor->selected();
    m_editor->changeElement(index, element, text,
                            mergeKey.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(mergeKey).arg(index));
}

void ElementPropertiesPanel::fillImages()
{
    const QSignalBlocker block(m_image);
    const QString current = m_image->currentData().toString();
    m_image->clear();
    m_image->addItem(tr("None"), QString());
    for (const DesignImage &image : m_editor->images())
        m_image->addItem(image.name.isEmpty() ? image.id.left(12) : image.name, image.id);
    m_image->setCurrentIndex(qMax(0, m_image->findData(current)));
}

void ElementPropertiesPanel::showElement()
{
    const DesignElement *element = m_editor->selectedElement();
    for (QWidget *box : {static_cast<QWidget *>(m_geometryBox), static_cast<QWidget *>(m_textBox),
                         static_cast<QWidget *>(m_lookBox), static_cast<QWidget *>(m_ruleBox)})
        box->setVisible(element);
    if (!element) {
        m_title->setText(tr("Select an element on the label to change it, or add one."));
        return;
    }
    m_showing = true;
    const Type type = element->type;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(ElementLabels::typeLabel(type).toHtmlEscaped()));
    setValue(m_x, element->box.x());
    setValue(m_y, element->box.y());
    setValue(m_width, element->box.width());
    setValue(m_height, element->box.height());

    const bool text = type == Type::Text, qr = type == Type::QrCode, sessions = type == Type::SessionList;
    m_textBox->setVisible(text || qr || sessions);
    auto *textForm = static_cast<QFormLayout *>(m_textBox->layout());
    textForm->setRowVisible(m_text, text || qr);
    textForm->setRowVisible(m_fields, text || qr);
    textForm->setRowVisible(m_fontRow, text || sessions);
    m_fields->setCertificate(m_editor->design().kind == Design::Kind::Certificate);
    // Typing must not move the cursor: only a different text (undo, another element) is put back.
    if (m_text->toPlainText() != element->text) {
        const QSignalBlocker block(m_text);
        m_text->setPlainText(element->text);
    }
    {
        const QSignalBlocker b1(m_font), b2(m_weight), b3(m_italic), b4(m_maxLines), b5(m_align), b6(m_valign),
            b7(m_collapse);
        m_font->setCurrentFont(QFont(element->fontFamily.isEmpty() ? PageCanvas::defaultFamily() : element->fontFamily));
        const int weight = m_weight->findData(element->fontWeight);
        m_weight->setCurrentIndex(weight >= 0 ? weight : m_weight->findData(400));
        m_italic->setChecked(element->italic);
        m_maxLines->setValue(element->maxLines);
        m_align->setCurrentIndex(m_align->findData(int(element->align)));
        m_valign->setCurrentIndex(m_valign->findData(int(element->valign)));
        m_collapse->setChecked(element->collapseWhenEmpty);
    }
    setValue(m_maxPoints, element->maxPoints);
    setValue(m_minPoints, element->minPoints);

    const bool rectangle = type == Type::Rectangle, image = type == Type::Image;
    m_lookBox->setVisible(text || qr || sessions || rectangle || image);
    auto *lookForm = static_cast<QFormLayout *>(m_lookBox->layout());
    lookForm->setRowVisible(m_colour, !image);
    for (QWidget *w : {static_cast<QWidget *>(m_borderColour), static_cast<QWidget *>(m_border),
                       static_cast<QWidget *>(m_corner)})
        lookForm->setRowVisible(w, rectangle);
    lookForm->setRowVisible(m_imageRow, image);
    m_colour->setColour(element->colour);
    m_borderColour->setColour(element->borderColour);
    setValue(m_border, element->borderMm);
    setValue(m_corner, element->cornerMm);
    {
        const QSignalBlocker block(m_image);
        m_image->setCurrentIndex(qMax(0, m_image->findData(element->imageId)));
    }
    {
        const QSignalBlocker b1(m_categories), b2(m_categoryColour);
        for (int i = 0; i < m_categories->count(); ++i) {
            QListWidgetItem *item = m_categories->item(i);
            item->setCheckState(element->rule.onlyCategories.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive)
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        m_categoryColour->setChecked(element->rule.colourFromCategory);
    }
    static_cast<QFormLayout *>(m_ruleBox->layout())->setRowVisible(m_categoryColour, text || rectangle || sessions);
    m_showing = false;
}
