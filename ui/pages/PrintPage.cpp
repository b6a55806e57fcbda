#include "pages/PrintPage.h"
#include "document/PermissionGate.h"

#include "commands/MarkBadgesPrintedCommand.h"
#include "designer/PrintJob.h"
#include "document/EventDocument.h"
#include "print/BadgeRenderer.h"
#include "print/CertificateRenderer.h"
#include "print/DocumentRenderer.h"
#include "print/ImageCanvas.h"
#include "print/PagedDeviceCanvas.h"
#include "print/ParticipantSelection.h"
#include "print/PdfExport.h"
#include "widgets/PagePreview.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"
#include "widgets/LabelSheetEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QDir>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QUndoStack>

namespace {
// Documents whose look a design decides.
bool usesDesign(DocumentKind kind)
{
    return kind == DocumentKind::Badges || kind == DocumentKind::Certificates;
}

const QString customKey = QStringLiteral("custom");
const QString customSetting = QStringLiteral("print/customLabelSheet");
} // namespace

PrintPage::PrintPage(QWidget *parent) : Page(parent)
{
    auto *controls = new QWidget(this);
    auto *form = new QFormLayout(controls);
    m_kind = new QComboBox(controls);
    for (DocumentKind kind : DocumentKinds::all())
        m_kind->addItem(DocumentKinds::label(kind), int(kind));
    form->addRow(tr("&Document:"), m_kind);
    m_description = new QLabel(controls);
    m_description->setWordWrap(true);
    form->addRow(m_description);

    m_paper = new QComboBox(controls);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("US Letter"), int(QPageSize::Letter));
    m_paper->addItem(tr("A5"), int(QPageSize::A5));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    form->addRow(tr("&Paper:"), m_paper);

    m_layout = new QComboBox(controls);
    for (const LabelSheet &sheet : LabelSheet::builtIn())
        m_layout->addItem(sheet.name, sheet.key);
    m_layout->addItem(tr("Custom sheet…"), customKey);
    form->addRow(tr("&Layout:"), m_layout);
    m_design = new QComboBox(controls);
    m_design->setObjectName(QStringLiteral("design"));
    auto *designer = new QPushButton(tr("B&adge Designer…"), controls);
    designer->setToolTip(tr("Design badges and certificates: logos, fields, rules per category, both sides"));
    connect(designer, &QPushButton::clicked, this, &PrintPage::designerRequested);
    auto *designRow = new QHBoxLayout;
    designRow->addWidget(m_design, 1);
    designRow->addWidget(designer);
    auto *designLabel = new QLabel(tr("Desi&gn:"), controls);
    designLabel->setBuddy(m_design);
    form->addRow(designLabel, designRow);
    m_custom = new LabelSheetEditor(controls);
    const auto saved = LabelSheet::fromSpec(QSettings().value(customSetting).toString());
    m_custom->setSheet(saved ? saved.value() : LabelSheet::builtIn().at(1));
    form->addRow(m_custom);

    m_category = new QComboBox(controls);
    m_category->addItem(tr("All categories"), QString());
    for (ParticipantCategory c : Vocabulary<ParticipantCategory>::values())
        m_category->addItem(toLabel(c), toKey(c));
    form->addRow(tr("&Category:"), m_category);
    m_status = new QComboBox(controls);
    m_status->addItem(QString(), QString()); // the document's default, named in updateControls()
    for (RegistrationStatus s : Vocabulary<RegistrationStatus>::values())
        m_status->addItem(toLabel(s), toKey(s));
    form->addRow(tr("&Status:"), m_status);
    m_statusCounts = new QLabel(controls);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_statusCounts->setWordWrap(true);
    form->addRow(m_statusCounts);
    m_reprint = new QLineEdit(controls);
    m_reprint->setObjectName(QStringLiteral("reprint"));
    m_reprint->setPlaceholderText(tr("Names or registration codes, separated by commas"));
    m_reprint->setClearButtonEnabled(true);
    m_reprint->setToolTip(tr("Print only for these participants, whatever their status: a lost badge, a changed name."));
    form->addRow(tr("Reprin&t for:"), m_reprint);
    m_reprintNote = new QLabel(controls);
    m_reprintNote->setWordWrap(true);
    m_reprintNote->setTextFormat(Qt::PlainText);
    form->addRow(m_reprintNote);
    m_unprinted = new QCheckBox(tr("Only badges &not printed yet"), controls);
    m_allRegistered = new QCheckBox(tr("Everyone &registered, not only those checked in"), controls);
    m_cropMarks = new QCheckBox(tr("Crop &marks for cutting"), controls);
    m_photoMark = new QCheckBox(tr("Mark &who asked not to be photographed"), controls);
    m_photoMark->setChecked(true);
    m_bleed = new QCheckBox(tr("&Bleed and crop marks, for a print shop"), controls);
    m_bleed->setToolTip(tr("Colour bands run 3 mm past the page's edges on a larger sheet with crop marks. "
                           "Leave it off for office printers: everything then stays 5 mm inside the paper."));
    for (QCheckBox *box : {m_unprinted, m_allRegistered, m_cropMarks, m_photoMark, m_bleed})
        form->addRow(box);
    m_roomsPerPage = new QSpinBox(controls);
    m_roomsPerPage->setObjectName(QStringLiteral("roomsPerPage"));
    m_roomsPerPage->setRange(0, 200);
    m_roomsPerPage->setSpecialValueText(tr("As many as stay readable"));
    form->addRow(tr("R&ooms per page:"), m_roomsPerPage);
    m_blankLines = new QSpinBox(controls);
    m_blankLines->setObjectName(QStringLiteral("blankLines"));
    m_blankLines->setRange(-1, 1000);
    m_blankLines->setValue(-1);
    m_blankLines->setSpecialValueText(tr("Expected attendance, or a page"));
    m_blankLines->setToolTip(tr("Lines on the sheets of sessions other than plenaries; plenaries list every participant."));
    form->addRow(tr("Blank l&ines per sheet:"), m_blankLines);

    auto *buttons = new QHBoxLayout;
    m_printButton = new QPushButton(tr("P&rint…"), controls);
    m_exportButton = new QPushButton(tr("&Export PDF…"), controls);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    form->addRow(buttons);

    // The preview: the first pages as images, rendered by the same code as the PDF.
    m_preview = new PagePreview(this);
    connect(m_preview, &PagePreview::zoomChanged, this, &PrintPage::refreshPreview);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(controls, 0);
    layout->addWidget(m_preview, 1);
    controls->setMaximumWidth(420);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &PrintPage::refreshPreview);
    for (QComboBox *box : {m_kind, m_paper, m_layout, m_design, m_category, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &PrintPage::updateControls);
    for (QCheckBox *box : {m_unprinted, m_allRegistered, m_cropMarks, m_photoMark, m_bleed})
        connect(box, &QCheckBox::toggled, this, &PrintPage::schedulePreview);
    for (QSpinBox *box : {m_roomsPerPage, m_blankLines})
        connect(box, &QSpinBox::valueChanged, this, &PrintPage::schedulePreview);
    connect(m_reprint, &QLineEdit::textChanged, this, &PrintPage::schedulePreview);
    connect(m_custom, &LabelSheetEditor::changed, this, [this] {
        QSettings().setValue(customSetting, m_custom->sheet().toSpec());
        schedulePreview();
    });
    connect(m_printButton, &QPushButton::clicked, this, &PrintPage::print);
    connect(m_exportButton, &QPushButton::clicked, this, &PrintPage::exportPdf);
    updateControls();
    setDocument(nullptr);
}

QIcon PrintPage::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogDetailedView);
}

void PrintPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_data.reset();
    if (m_document)
        connect(m_document, &EventDocument::changed, this, [this](EventDocument::Parts parts) {
            m_data.reset();
            if (parts & EventDocument::DesignsPart)
                updateDesigns();
            schedulePreview();
        });
    updateDesigns();
    m_printButton->setEnabled(m_document);
    m_exportButton->setEnabled(m_document);
    refreshPreview();
}

PrintOptions PrintPage::options() const
{
    PrintOptions o;
    o.kind = DocumentKind(m_kind->currentData().toInt());
    o.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    const QString layout = m_layout->currentData().toString();
    o.labelSheet = layout == customKey ? m_custom->sheet() : LabelSheet::byKey(layout).value();
    o.category = Vocabulary<ParticipantCategory>::fromKey(m_category->currentData().toString());
    o.status = Vocabulary<RegistrationStatus>::fromKey(m_status->currentData().toString());
    o.unprintedOnly = m_unprinted->isChecked();
    if (DocumentKinds::usesOnly(o.kind) && !m_reprint->text().trimmed().isEmpty() && m_data)
        o.onlyParticipants = ParticipantSelection::matching(*m_data, m_reprint->text());
    o.allRegistered = m_allRegistered->isChecked();
    o.cropMarks = m_cropMarks->isChecked();
    o.noPhotoMark = m_photoMark->isChecked();
    o.bleed = DocumentKinds::usesBleed(o.kind) && m_bleed->isChecked();
    const QString design = m_design->currentData().toString();
    for (const Design &d : m_designs)
        if (usesDesign(o.kind) && !design.isEmpty() && d.name == design) {
            o.design = d;
            o.designImages = m_designImages;
        }
    o.roomsPerPage = m_roomsPerPage->value();
    o.blankLines = m_blankLines->value();
    return o;
}

void PrintPage::updateControls()
{
    const DocumentKind kind = DocumentKind(m_kind->currentData().toInt());
    m_description->setText(DocumentKinds::description(kind));
    m_paper->setEnabled(DocumentKinds::usesPaper(kind));
    m_layout->setEnabled(DocumentKinds::usesLabelSheet(kind));
    if (sender() == m_kind)
        updateDesigns();
    m_custom->setVisible(DocumentKinds::usesLabelSheet(kind) && m_layout->currentData().toString() == customKey);
    m_category->setEnabled(DocumentKinds::usesCategory(kind));
    m_status->setEnabled(DocumentKinds::usesCategory(kind));
    m_status->setItemText(0, ParticipantSelection::defaultStatusLabel(kind));
    m_statusCounts->setVisible(DocumentKinds::usesCategory(kind));
    m_reprint->setEnabled(DocumentKinds::usesOnly(kind));
    m_reprintNote->setVisible(DocumentKinds::usesOnly(kind));
    m_unprinted->setEnabled(DocumentKinds::usesUnprinted(kind));
    m_allRegistered->setEnabled(DocumentKinds::usesAllRegistered(kind));
    m_cropMarks->setEnabled(DocumentKinds::usesLabelSheet(kind));
    m_photoMark->setEnabled(DocumentKinds::usesLabelSheet(kind));
    m_bleed->setEnabled(DocumentKinds::usesBleed(kind));
    m_roomsPerPage->setEnabled(DocumentKinds::usesRoomsPerPage(kind));
    m_blankLines->setEnabled(DocumentKinds::usesBlankLines(kind));
    schedulePreview();
}

void PrintPage::schedulePreview()
{
    m_previewTimer.start();
}

bool PrintPage::loadData()
{
    // A programme is previewed without reading the participants; badges read them.
    const PrintData::Scope scope = PrintData::scopeFor(DocumentKind(m_kind->currentData().toInt()));
    if (m_data && (m_data->scope == PrintData::Scope::Everything || m_data->scope == scope))
        return true;
    if (!m_document)
        return false;
    auto loaded = PrintData::load(m_document->store(), scope);
    if (!loaded) {
        m_preview->setNote(loaded.error());
        return false;
    }
    m_data = std::move(loaded).value();
    return true;
}

int PrintPage::previewPageCount() const
{
    return m_preview->pageCount();
}

void PrintPage::refreshPreview()
{
    m_previewTimer.stop();
    m_preview->clear();
    if (!m_document) {
        m_preview->setNote(tr("Open an event to print its programme, badges, signs, lists and certificates."));
        return;
    }
    if (!loadData())
        return;
    const PrintOptions o = options();
    updateCounts(o);
    const Status valid = o.labelSheet.validate();
    if (DocumentKinds::usesLabelSheet(o.kind) && !valid) {
        m_preview->setNote(valid.error());
        return;
    }
    const auto renderer = DocumentRenderer::create(*m_data, o);
    const qreal dpi = m_preview->dpi(renderer->pageLayout().fullRect(QPageLayout::Point).width());
    ImageCanvas canvas(renderer->pageLayout(), dpi, previewPages);
    const Status rendered = renderer->render(canvas, {});
    canvas.finish();
    if (!rendered) {
        m_preview->setNote(rendered.error());
        return;
    }
    m_preview->setNote(canvas.full() ? tr("The first %n page(s):", nullptr, int(canvas.pages().size()))
                                     : tr("%n page(s):", nullptr, int(canvas.pages().size())));
    m_preview->setPages(canvas.pages());
}

void PrintPage::reprintBadges(const QList<Participant> &participants)
{
    m_kind->setCurrentIndex(m_kind->findData(int(DocumentKind::Badges)));
    QStringList codes;
    for (const Participant &p : participants)
        codes << p.code;
    m_reprint->setText(codes.join(QStringLiteral(", ")));
    schedulePreview();
}

void PrintPage::updateCounts(const PrintOptions &o)
{
    if (!DocumentKinds::usesCategory(o.kind)) {
        m_statusCounts->clear();
        return;
    }
    const ParticipantSelection selection(*m_data, o);
    const QMap<RegistrationStatus, int> counts = selection.countByStatus();
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const bool printed = o.status ? *o.status == it.key() : ParticipantSelection::printsByDefault(o.kind, it.key());
        const QString part = tr("%1: %2").arg(toLabel(it.key())).arg(it.value());
        // What prints in bold, what is left out plain.
        parts << (printed ? QStringLiteral("<b>%1</b>").arg(part.toHtmlEscaped()) : part.toHtmlEscaped());
    }
    // Certificates go to those checked in (unless everyone registered); sheets list people on plenaries only.
    const int chosen = int(o.kind == DocumentKind::Certificates ? CertificateRenderer(*m_data, o).participants().size()
                                                                : selection.participants().size());
    const QString outcome = o.kind == DocumentKind::SignInSheets
        ? tr("%n participant(s) on the sheets of plenaries.", nullptr, chosen)
        : tr("%n participant(s) will be printed.", nullptr, chosen);
    m_statusCounts->setText(parts.join(QStringLiteral(" · ")) + QStringLiteral("<br>") + outcome.toHtmlEscaped());
    if (!o.onlyParticipants) {
        m_reprintNote->clear();
        return;
    }
    QStringList names;
    for (const Participant &p : selection.participants())
        names << m_data->person(p.personId)->fullName();
    const qsizetype shown = 8;
    QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
    if (names.size() > shown)
        list += QLatin1Char(' ') + tr("and %n more", nullptr, int(names.size() - shown));
    m_reprintNote->setText(names.isEmpty() ? tr("No participant matches “%1”.").arg(m_reprint->text().trimmed())
                                           : tr("Reprint for: %1").arg(list));
}

void PrintPage::updateDesigns()
{
    const DocumentKind kind = DocumentKind(m_kind->currentData().toInt());
    const QString chosen = m_design->currentData().toString();
    const QSignalBlocker block(m_design);
    m_design->clear();
    m_design->addItem(tr("Podium's standard"), QString());
    m_designs.clear();
    m_designImages.clear();
    if (m_document && usesDesign(kind)) {
        const DesignRepository repository(m_document->store());
        const auto designs = repository.all();
        const auto images = repository.images();
        for (const Design &d : designs ? designs.value() : QList<Design>())
            if ((d.kind == Design::Kind::Certificate) == (kind == DocumentKind::Certificates)) {
                m_designs << d;
                m_design->addItem(d.name, d.name);
            }
        for (const DesignImage &image : images ? images.value() : QList<DesignImage>())
            m_designImages.insert(image.id, image);
    }
    m_design->setCurrentIndex(qMax(0, m_design->findData(chosen)));
    m_design->setEnabled(m_design->count() > 1);
}

void PrintPage::print()
{
    if (!m_document || !loadData())
        return;
    const PrintOptions o = options();
    const PrintJob::Outcome outcome = PrintJob::print(this, *m_data, o, DocumentKinds::label(o.kind));
    if (!outcome.printed && outcome.error.isEmpty())
        return; // the print dialog was cancelled
    if (outcome.printed)
        m_document->reportDone(tr("Sent %1 to the printer %2").arg(DocumentKinds::label(o.kind), outcome.printerName));
    finishJob(tr("Print"), outcome.error);
}

void PrintPage::exportPdf()
{
    if (!m_document || !loadData())
        return;
    const PrintOptions o = options();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = folder + QLatin1Char('/') + DocumentKinds::key(o.kind) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    int pageCount = 0;
    const QString error = PrintJob::withProgress(this, [&](const PrintProgress &progress) {
        // The file dialog already asked before replacing a file.
        const auto pages = PdfExport::write(*m_data, o, path, true, progress);
        pageCount = pages ? pages.value() : 0;
        return pages ? Status() : Status::failure(pages.error());
    });
    if (error.isEmpty())
        m_document->reportDone(tr("Exported %1 (%n page(s)) to %2", nullptr, pageCount)
                                   .arg(DocumentKinds::label(o.kind), QDir::toNativeSeparators(path)),
                               path);
    finishJob(tr("Export PDF"), error);
}

void PrintPage::finishJob(const QString &title, const QString &error)
{
    if (error.isEmpty())
        offerToMarkPrinted();
    else if (error != DocumentRenderer::cancelledMessage())
        QMessageBox::warning(this, title, error);
}

void PrintPage::offerToMarkPrinted()
{
    const PrintOptions o = options();
    if (o.kind != DocumentKind::Badges || !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        return;
    const QList<Participant> printed = BadgeRenderer(*m_data, o).participants();
    if (printed.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Badges printed"),
        tr("Mark these %n badge(s) as printed? “Only badges not printed yet” will then leave them out. "
           "You can undo this with Edit ▸ Undo.", nullptr, int(printed.size())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        m_document->undoStack()->push(new MarkBadgesPrintedCommand(m_document, printed));
}
