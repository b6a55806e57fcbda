#include "dialogs/ExportParticipantsDialog.h"

#include "io/ParticipantCsvExporter.h"
#include "io/ParticipantXlsxExporter.h"
#include "storage/EventStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

ExportParticipantsDialog::ExportParticipantsDialog(const EventStore &file, const ParticipantFilter &shown,
                                                   const ParticipantSort &sort, QWidget *parent)
    : QDialog(parent), m_file(file), m_shown(shown), m_sort(sort)
{
    setWindowTitle(tr("Export Participants"));
    m_preset = new QComboBox(this);
    for (const QString &key : ParticipantExportOptions::presetKeys())
        m_preset->addItem(ParticipantExportOptions::presetLabel(key), key);
    m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("excel-europe")));
    m_format = new QComboBox(this);
    m_format->addItem(tr("CSV text (.csv)"));
    m_format->addItem(tr("Excel workbook (.xlsx)"));
    m_columns = new QListWidget(this);
    for (ParticipantField field : ParticipantFields::all()) {
        auto *item = new QListWidgetItem(ParticipantFields::label(field), m_columns);
        item->setData(Qt::UserRole, int(field));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    }
    m_columns->setMinimumHeight(220);
    m_consentedOnly = new QCheckBox(tr("Only those who &consented to appear on shared lists"), this);
    m_onlyShown = new QCheckBox(tr("Only the participants &shown (current search and filters)"), this);
    const bool filtered = !shown.search.isEmpty() || shown.category || shown.status || shown.checkedIn;
    m_onlyShown->setChecked(filtered);
    m_onlyShown->setEnabled(filtered);
    m_sheetPerCategory = new QCheckBox(tr("One &sheet per category"), this);
    m_codes = new QCheckBox(tr("&Internal codes instead of labels (speaker, waitlisted: for other programs)"), this);
    m_codes->setToolTip(tr("Categories, statuses and yes/no are written as you read them in Podium, in its language. "
                           "Tick this for a program that expects Podium's fixed codes; the import reads both."));
    connect(m_preset, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExportParticipantsDialog::applyPreset);
    connect(m_format, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_sheetPerCategory->setEnabled(isXlsx()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Col&umns:"), m_columns);
    form->addRow(QString(), m_consentedOnly);
    form->addRow(QString(), m_onlyShown);
    form->addRow(QString(), m_sheetPerCategory);
    form->addRow(QString(), m_codes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    applyPreset();
    m_sheetPerCategory->setEnabled(false);
}

void ExportParticipantsDialog::applyPreset()
{
    auto preset = ParticipantExportOptions::preset(m_preset->currentData().toString());
    if (!preset)
        return;
    const auto &columns = preset->columns;
    for (int i = 0; i < m_columns->count(); ++i) {
        const auto field = ParticipantField(m_columns->item(i)->data(Qt::UserRole).toInt());
        const bool in = std::find(columns.begin(), columns.end(), field) != columns.end();
        m_columns->item(i)->setCheckState(in ? Qt::Checked : Qt::Unchecked);
    }
    m_consentedOnly->setChecked(ConsentPolicy::isShared(preset->output));
}

bool ExportParticipantsDialog::isXlsx() const
{
    return m_format->currentIndex() == 1;
}

ParticipantExportOptions ExportParticipantsDialog::options() const
{
    ParticipantExportOptions o = ParticipantExportOptions::preset(m_preset->currentData().toString()).value();
    o.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            o.columns.push_back(ParticipantField(m_columns->item(i)->data(Qt::UserRole).toInt()));
    o.output = m_consentedOnly->isChecked() ? ConsentPolicy::Output::SharedSpreadsheet
                                            : ConsentPolicy::Output::InternalSpreadsheet;
    if (m_onlyShown->isChecked())
        o.filter = m_shown;
    o.sort = m_sort;
    o.sheetPerCategory = isXlsx() && m_sheetPerCategory->isChecked();
    o.codes = m_codes->isChecked();
    return o;
}

void ExportParticipantsDialog::accept()
{
    const ParticipantExportOptions o = options();
    if (o.columns.empty()) {
        QMessageBox::information(this, windowTitle(), tr("Tick at least one column to export."));
        return;
    }
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("exportFolder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                               .toString();
    const QString suffix = isXlsx() ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString suggested = QDir(folder).filePath(QFileInfo(m_file.displayName()).completeBaseName()
                                                    + tr("-participants") + suffix);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Participants"), suggested,
        isXlsx() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.setValue(QStringLiteral("exportFolder"), QFileInfo(path).absolutePath());

    QProgressDialog progress(tr("Exporting participants…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const ExportProgress report = [&progress](double done) {
        progress.setValue(int(done * 1000));
        return !progress.wasCanceled();
    };
    // The file dialog already asked whether to replace an existing file.
    auto written = isXlsx() ? ParticipantXlsxExporter(m_file, o).exportTo(path, true, report)
                            : ParticipantCsvExporter(m_file, o).exportTo(path, true, report);
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.error());
        return;
    }
    if (written->cancelled)
        return;
    m_writtenPath = path;
    m_doneMessage = tr("Exported %n participant(s) to %1", nullptr, int(written->rows)).arg(QDir::toNativeSeparators(path));
    QDialog::accept();
}
