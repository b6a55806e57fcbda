#include "designer/DesignSettingsPanel.h"

#include "design/Design.h"
#include "designer/ColourButton.h"
#include "designer/DesignEditor.h"
#include "designer/ImageImport.h"
#include "model/Vocabulary.h"
#include "print/BadgeRenderer.h"
#include "print/LabelSheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

DesignSettingsPanel::DesignSettingsPanel(DesignEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // the dock is narrow: long fields go below their label
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("designName"));
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        commit(tr("Rename design"), QStringLiteral("name"), [&](Design &d) { d.name = name.trimmed(); });
    });
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Badge"), int(Design::Kind::Badge));
    m_kind->addItem(tr("Certificate"), int(Design::Kind::Certificate));
    form->addRow(tr("&Kind:"), m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = Design::Kind(m_kind->currentData().toInt());
        commit(tr("Change kind"), QString(), [&](Design &d) { d.kind = kind; });
    });

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Size of my own"), QString());
    for (const LabelSheet &sheet : LabelSheet::builtIn())
        m_preset->addItem(sheet.name, sheet.key);
    form->addRow(tr("&Label:"), m_preset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_preset->currentData().toString();
        const auto sheet = LabelSheet::byKey(key);
        commit(tr("Change label"), QString(), [&](Design &d) {
            d.preset = key;
            if (!key.isEmpty() && sheet)
                d.size = sheet.value().label;
        });
    });
    auto *size = new QHBoxLayout;
    auto millimetres = [this](const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setRange(10, 1200);
        box->setDecimals(1);
        box->setSuffix(tr(" mm"));
        box->setKeyboardTracking(false);
        return box;
    };
    m_width = millimetres(QStringLiteral("designWidth"));
    m_height = millimetres(QStringLiteral("designHeight"));
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("×"), this));
    size->addWidget(m_height);
    auto *sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_width);
    form->addRow(sizeLabel, size);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change size"), QStringLiteral("width"), [&](Design &d) { d.size.setWidth(v); });
    });
    connect(m_height, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        commit(tr("Change size"), QStringLiteral("height"), [&](Design &d) { d.size.setHeight(v); });
    });

    m_sides = new QComboBox(this);
    m_sides->setObjectName(QStringLiteral("sides"));
    m_sides->addItem(tr("Front only"), int(Design::Sides::FrontOnly));
    m_sides->addItem(tr("Both sides, printer turns the long edge"), int(Design::Sides::DuplexLongEdge));
    m_sides->addItem(tr("Both sides, printer turns the short edge"), int(Design::Sides::DuplexShortEdge));
    m_sides->addItem(tr("Folded at the top (back above the front)"), int(Design::Sides::FoldTop));
    m_sides->addItem(tr("Folded at the side, like a card"), int(Design::Sides::FoldSide));
    form->addRow(tr("&Sides:"), m_sides);
    connect(m_sides, &QComboBox::currentIndexChanged, this, [this] {
        const auto sides = Design::Sides(m_sides->currentData().toInt());
        commit(tr("Change sides"), QString(), [&](Design &d) {
            // A fold puts both sides on the label: each side is half of it.
            const auto sheet = LabelSheet::byKey(d.preset);
            if (!d.preset.isEmpty() && sheet) {
                const QSizeF label = sheet.value().label;
                d.size = sides == Design::Sides::FoldTop    ? QSizeF(label.width(), label.height() / 2)
                    : sides == Design::Sides::FoldSide ? QSizeF(label.width() / 2, label.height())
                                                         : label;
            }
            d.sides = sides;
        });
    });
    m_background = new ColourButton(this);
    m_background->setObjectName(QStringLiteral("background"));
    m_background->setAllowNone(true);
    form->addRow(tr("Back&ground of this side:"), m_background);
    connect(m_background, &ColourButton::colourChosen, this, [this](const QColor &colour) {
        DesignSide side = m_editor->currentSide();
        side.background = colour;
        m_editor->changeSide(side, tr("Change background"));
    });
    layout->addLayout(form);

    auto *colours = new QGroupBox(tr("Colours of categories"), this);
    colours->setToolTip(tr("Elements coloured by category (a band, a name) take these colours"));
    auto *grid = new QGridLayout(colours);
    int row = 0;
    for (ParticipantCategory category : Vocabulary<ParticipantCategory>::values()) {
        auto *button = new ColourButton(colours);
        button->setProperty("category", toKey(category));
        auto *label = new QLabel(toLabel(category), colours);
        label->setBuddy(button);
        grid->addWidget(label, row, 0);
        grid->addWidget(button, row, 1);
        ++row;
        m_categoryColours << button;
        connect(button, &ColourButton::colourChosen, this, [this, category](const QColor &colour) {
            commit(tr("Change category colour"), QString(), [&](Design &d) { d.categoryColours[toKey(category)] = colour; });
        });
    }
    layout->addWidget(colours);
    layout->addWidget(createCertificate());
    layout->addStretch(1);
    // Long preset names must not widen the panel past its dock.
    for (QComboBox *box : {m_kind, m_preset, m_sides, m_signature}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }

    connect(m_editor, &DesignEditor::designChanged, this, &DesignSettingsPanel::showDesign);
    connect(m_editor, &DesignEditor::imagesChanged, this, &DesignSettingsPanel::showDesign);
    showDesign();
}

QWidget *DesignSettingsPanel::createCertificate()
{
    m_certificateBox = new QGroupBox(tr("Certificate"), this);
    auto *form = new QFormLayout(m_certificateBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_signatoryName = new QLineEdit(m_certificateBox);
    m_signatoryName->setObjectName(QStringLiteral("signatoryName"));
    m_signatoryTitle = new QLineEdit(m_certificateBox);
    form->addRow(tr("Signed &by:"), m_signatoryName);
    form->addRow(tr("Signatory's &title:"), m_signatoryTitle);
    connect(m_signatoryName, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change signatory"), QStringLiteral("signatory"), [&](Design &d) { d.certificate.signatoryName = text; });
    });
    connect(m_signatoryTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change signatory"), QStringLiteral("signatoryTitle"),
               [&](Design &d) { d.certificate.signatoryTitle = text; });
    });
    m_signature = new QComboBox(m_certificateBox);
    auto *addSignature = new QPushButton(tr("Add…"), m_certificateBox);
    addSignature->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    addSignature->setToolTip(tr("A scan of the signature, PNG or SVG with a transparent background"));
    auto *signatureRow = new QHBoxLayout;
    signatureRow->addWidget(m_signature, 1);
    signatureRow->addWidget(addSignature);
    auto *signatureLabel = new QLabel(tr("Signat&ure image:"), m_certificateBox);
    signatureLabel->setBuddy(m_signature);
    form->addRow(signatureLabel, signatureRow);
    connect(addSignature, &QPushButton::clicked, this, [this] {
        const QString id = ImageImport::fromFile(this, m_editor);
        if (id.isEmpty())
            return;
        commit(tr("Add signature"), QString(), [&](Design &d) {
            // Shown where a signature goes (above the signatory, near the foot), unless an element shows it already.
            if (!d.imageIds().contains(id))
                d.front.elements << DesignElement::imageElement(QRectF(d.size.width() / 2 - 30, d.size.height() - 60, 60, 22), id);
            d.certificate.signatureImageId = id;
        });
    });
    connect(m_signature, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = m_signature->currentData().toString();
        commit(tr("Change signature"), QString(), [&](Design &d) { d.certificate.signatureImageId = id; });
    });
    m_printDay = new QCheckBox(tr("Dated the day it is &printed"), m_certificateBox);
    m_issueDate = new QDateEdit(m_certificateBox);
    m_issueDate->setCalendarPopup(true);
    form->addRow(m_printDay);
    form->addRow(tr("Date o&f issue:"), m_issueDate);
    connect(m_printDay, &QCheckBox::toggled, this, [this](bool on) {
        const QDate date = on ? QDate() : m_issueDate->date();
        commit(tr("Change date of issue"), QString(), [&](Design &d) { d.certificate.issueDate = date; });
    });
    connect(m_issueDate, &QDateEdit::dateChanged, this, [this](QDate date) {
        commit(tr("Change date of issue"), QStringLiteral("issueDate"), [&](Design &d) { d.certificate.issueDate = date; });
    });
    m_verification = new QCheckBox(tr("Print a verification c&ode"), m_certificateBox);
    m_verification->setToolTip(tr("A short code computed from the certificate's text, so that a copy can be checked"));
    form->addRow(m_verification);
    connect(m_verification, &QCheckBox::toggled, this, [this](bool on) {
        commit(tr("Change verification code"), QString(), [&](Design &d) { d.certificate.verificationCode = on; });
    });
    return m_certificateBox;
}

void DesignSettingsPanel::commit(const QString &text, const QString &mergeKey, const std::function<void(Design &)> &change)
{
    if (m_showing)
        return;
    Design design = m_editor->design();
    change(design);
    m_editor->edit(design, text, mergeKey);
}

void DesignSettingsPanel::showDesign()
{
    m_showing = true;
    const Design &d = m_editor->design();
    if (m_name->text() != d.name)
        m_name->setText(d.name);
    const QSignalBlocker b1(m_kind), b2(m_preset), b3(m_width), b4(m_height), b5(m_sides), b6(m_signature), b7(m_printDay),
        b8(m_issueDate), b9(m_verification);
    m_kind->setCurrentIndex(m_kind->findData(int(d.kind)));
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(d.preset)));
    m_width->setValue(d.size.width());
    m_height->setValue(d.size.height());
    m_sides->setCurrentIndex(m_sides->findData(int(d.sides)));
    m_background->setColour(m_editor->currentSide().background);
    for (ColourButton *button : std::as_const(m_categoryColours)) {
        const QString key = button->property("category").toString();
        const auto category = Vocabulary<ParticipantCategory>::fromKey(key);
        button->setColour(d.categoryColours.value(key, category ? BadgeRenderer::categoryColor(*category) : QColor()));
    }
    m_certificateBox->setVisible(d.kind == Design::Kind::Certificate);
    if (m_signatoryName->text() != d.certificate.signatoryName)
        m_signatoryName->setText(d.certificate.signatoryName);
    if (m_signatoryTitle->text() != d.certificate.signatoryTitle)
        m_signatoryTitle->setText(d.certificate.signatoryTitle);
    m_signature->clear();
    m_signature->addItem(tr("None"), QString());
    for (const DesignImage &image : m_editor->images())
        m_signature->addItem(image.name, image.id);
    m_signature->setCurrentIndex(qMax(0, m_signature->findData(d.certificate.signatureImageId)));
    m_printDay->setChecked(!d.certificate.issueDate.isValid());
    m_issueDate->setEnabled(d.certificate.issueDate.isValid());
    m_issueDate->setDate(d.certificate.issueDate.isValid() ? d.certificate.issueDate : QDate::currentDate());
    m_verification->setChecked(d.certificate.verificationCode);
    m_showing = false;
}
