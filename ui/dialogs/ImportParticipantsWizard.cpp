#include "dialogs/ImportParticipantsWizard.h"

#include "commands/ImportParticipantsCommand.h"
#include "document/EventDocument.h"
#include "io/HeaderMapper.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum PageId { FilePage, MappingPage, CheckPage };

QList<ColumnTarget> allTargets()
{
    QList<ColumnTarget> targets{ColumnTarget::ignored(), ColumnTarget::fullName()};
    for (ParticipantField field : ParticipantFields::all())
        targets << ColumnTarget::of(field);
    return targets;
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return QCoreApplication::translate("ImportParticipantsWizard", "tabs");
    if (c == QLatin1Char(';'))
        return QCoreApplication::translate("ImportParticipantsWizard", "semicolons");
    if (c == QLatin1Char(','))
        return QCoreApplication::translate("ImportParticipantsWizard", "commas");
    return QStringLiteral("“%1”").arg(c); // another one, named by Excel's "sep=" line
}
} // namespace

ImportParticipantsWizard::ImportParticipantsWizard(EventDocument *document, QWidget *parent)
    : QWizard(parent), m_document(document)
{
    setWindowTitle(tr("Import Participants"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    resize(820, 560);
}

void ImportParticipantsWizard::setCsvPath(const QString &path)
{
    static_cast<ImportFilePage *>(page(FilePage))->pathEdit()->setText(path);
}

ParticipantImporter::Options ImportParticipantsWizard::options(bool dryRun) const
{
    ParticipantImporter::Options o;
    o.onDuplicate = m_onDuplicate;
    o.dryRun = dryRun;
    o.mapping = m_mapping;
    return o;
}

std::optional<ImportReport> ImportParticipantsWizard::run(bool dryRun)
{
    QProgressDialog progress(dryRun ? tr("Checking every row…") : tr("Importing participants…"), tr("Cancel"), 0,
                             1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto report = ParticipantImporter(m_document->store(), options(dryRun)).run(m_path, [&progress](double done) {
        progress.setValue(int(done * 1000));
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!report) {
        QMessageBox::warning(this, windowTitle(), report.error());
        return std::nullopt;
    }
    if (report->cancelled)
        return std::nullopt;
    return report.value();
}

void ImportParticipantsWizard::accept()
{
    auto report = run(false);
    if (!report)
        return; // cancelled or failed: nothing was written, the wizard stays open
    if (!report->ok()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Nothing was imported: %1").arg(report->problems.value(0)));
        return;
    }
    m_document->undoStack()->push(new ImportParticipantsCommand(m_document, m_path, options(false), *report));
    m_document->reportDone(tr("Imported %1: %2").arg(QDir::toNativeSeparators(m_path), report->summary()), m_path);
    QWizard::accept();
}

// --- Page 1: the file and duplicates

ImportFilePage::ImportFilePage(ImportParticipantsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Choose the spreadsheet"));
    setSubTitle(tr("A CSV file saved by Excel, LibreOffice or a registration website. Podium recognises the "
                   "encoding, the separator and column names in English, French and German."));
    m_path = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        QSettings settings;
        const QString folder = settings.value(QStringLiteral("importFolder"),
                                              QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Participants"), folder,
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(QStringLiteral("importFolder"), QFileInfo(path).absolutePath());
        m_path->setText(QDir::toNativeSeparators(path));
    });
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    m_duplicates = new QComboBox(this);
    m_duplicates->addItem(tr("Skip them (keep what Podium has)"), int(ParticipantImporter::OnDuplicate::Skip));
    m_duplicates->addItem(tr("Update them with the file's values"), int(ParticipantImporter::OnDuplicate::Update));
    m_duplicates->addItem(tr("Stop: import nothing"), int(ParticipantImporter::OnDuplicate::Fail));
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(this);
    // A layout cannot be a buddy: point the label's Alt+F at the path field.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("People already in the event\n(same e-mail address):"), m_duplicates);
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).isFile();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    auto preview = ParticipantImporter::preview(path);
    if (!preview) {
        QMessageBox::warning(this, m_wizard->windowTitle(), preview.error());
        return false;
    }
    m_wizard->m_path = path;
    m_wizard->m_onDuplicate = ParticipantImporter::OnDuplicate(m_duplicates->currentData().toInt());
    m_wizard->m_preview = preview.value();
    m_wizard->m_mapping = preview->mapping;
    return true;
}

// --- Page 2: what each column holds

ImportMappingPage::ImportMappingPage(ImportParticipantsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("What each column holds"));
    setSubTitle(tr("Check Podium's reading of the columns; change any that is wrong. "
                   "Columns marked “not imported” are left out."));
    m_source = new QLabel(this);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Imported as"), tr("Examples")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
}

void ImportMappingPage::initializePage()
{
    const auto &preview = m_wizard->m_preview;
    m_source->setText(tr("Read as %1, separated by %2; %n example row(s) shown.", nullptr,
                         int(preview.firstRows.size()))
                          .arg(preview.encoding, delimiterName(preview.delimiter)));
    const ColumnMapping &mapping = m_wizard->m_mapping;
    m_table->setRowCount(int(mapping.headers.size()));
    const QList<ColumnTarget> targets = allTargets();
    for (int r = 0; r < mapping.headers.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(mapping.headers[r]));
        auto *combo = new QComboBox(m_table);
        for (const ColumnTarget &t : targets)
            combo->addItem(t.label());
        combo->setCurrentIndex(int(targets.indexOf(mapping.targets[size_t(r)])));
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, [this, r, combo, targets] {
            m_wizard->m_mapping.targets[size_t(r)] = targets.value(combo->currentIndex());
            mappingChanged();
        });
        m_table->setCellWidget(r, 1, combo);
        QStringList examples;
        for (const QStringList &row : preview.firstRows)
            if (!row.value(r).trimmed().isEmpty() && examples.size() < 3)
                examples << row.value(r).simplified();
        m_table->setItem(r, 2, new QTableWidgetItem(examples.join(QStringLiteral(" · "))));
        // Spreadsheets save empty columns past the last used one: nothing to choose there.
        m_table->setRowHidden(r, mapping.headers[r].isEmpty() && examples.isEmpty());
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 230);
    mappingChanged();
}

void ImportMappingPage::mappingChanged()
{
    const Status s = HeaderMapper::check(m_wizard->m_mapping);
    m_problem->setText(s ? QString() : s.error());
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return bool(HeaderMapper::check(m_wizard->m_mapping));
}

// --- Page 3: every row checked before anything is written

ImportCheckPage::ImportCheckPage(ImportParticipantsWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row has been checked; nothing is written until you press Import. "
                   "If any row has a problem, nothing is imported: correct the file and try again."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_summary->setFont(bigger);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
}

void ImportCheckPage::initializePage()
{
    m_wizard->m_check = m_wizard->run(true);
    const auto &check = m_wizard->m_check;
    m_details->clear();
    if (!check) {
        m_summary->setText(tr("The check was cancelled. Press Back and Next to check again."));
    } else if (!check->ok()) {
        m_summary->setText(tr("<b style='color:#b00020'>%n problem(s) found: nothing can be imported yet.</b>",
                              nullptr, int(check->problems.size() + check->moreProblems)));
        QStringList lines = check->problems;
        if (check->moreProblems)
            lines << tr("… and %n more.", nullptr, check->moreProblems);
        m_details->setPlainText(lines.join(QLatin1Char('\n')));
    } else {
        m_summary->setText(tr("Ready to import: %1").arg(check->summary()));
        m_details->setPlainText(check->warnings.join(QLatin1Char('\n')));
    }
    emit completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_wizard->m_check && m_wizard->m_check->ok();
}
