#pragma once

#include "io/ParticipantExportOptions.h"

#include <QDialog>

class EventStore;
class QCheckBox;
class QComboBox;
class QListWidget;

// File ▸ Export Participants…: a preset (Excel, Excel Europe, attendee list to
// share...), CSV or Excel workbook, the columns, and who is in it. Writes
// with progress; cancelling leaves no file behind.
class ExportParticipantsDialog : public QDialog
{
    Q_OBJECT
public:
    ExportParticipantsDialog(const EventStore &file, const ParticipantFilter &shown, const ParticipantSort &sort,
                             QWidget *parent = nullptr);
    ParticipantExportOptions options() const;
    bool isXlsx() const;
    void accept() override;
    // After an export: "Exported 168 participants to" and the file, for the status bar.
    QString doneMessage() const { return m_doneMessage; }
    QString writtenPath() const { return m_writtenPath; }

private:
    void applyPreset();
    const EventStore &m_file;
    ParticipantFilter m_shown;
    ParticipantSort m_sort;
    QComboBox *m_preset;
    QComboBox *m_format;
    QListWidget *m_columns;
    QCheckBox *m_consentedOnly;
    QCheckBox *m_onlyShown;
    QCheckBox *m_sheetPerCategory;
    QCheckBox *m_codes;
    QString m_doneMessage;
    QString m_writtenPath;
};
