#pragma once

#include "io/ImportReport.h"
#include "io/ParticipantImporter.h"

#include <QWizard>

class EventDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// File ▸ Import Participants…: choose a CSV file and what to do with people
// already registered, check what each column holds (with examples from the
// file), then a full check of every row before anything is written. The
// import runs in one transaction with progress and Cancel, and is undoable.
class ImportParticipantsWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ImportParticipantsWizard(EventDocument *document, QWidget *parent = nullptr);
    void accept() override;

    // For tests: choose the file without the file dialog.
    void setCsvPath(const QString &path);

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportCheckPage;
    // Runs the importer with progress and Cancel; nullopt when it failed (already reported) or was cancelled.
    std::optional<ImportReport> run(bool dryRun);
    ParticipantImporter::Options options(bool dryRun) const;

    EventDocument *m_document;
    QString m_path;
    ParticipantImporter::OnDuplicate m_onDuplicate = ParticipantImporter::OnDuplicate::Skip;
    ParticipantImporter::Preview m_preview;
    ColumnMapping m_mapping;
    std::optional<ImportReport> m_check;
};

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportParticipantsWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;
    QLineEdit *pathEdit() const { return m_path; }

private:
    ImportParticipantsWizard *m_wizard;
    QLineEdit *m_path;
    QComboBox *m_duplicates;
};

class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportParticipantsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void mappingChanged();
    ImportParticipantsWizard *m_wizard;
    QLabel *m_source;
    QTableWidget *m_table;
    QLabel *m_problem;
};

class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportParticipantsWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportParticipantsWizard *m_wizard;
    QLabel *m_summary;
    QPlainTextEdit *m_details;
};
