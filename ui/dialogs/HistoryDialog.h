#pragma once

#include "model/ChangeRecord.h"

#include <QDialog>
#include <QList>

#include <optional>

class EventDocument;
class QComboBox;
class QPushButton;
class QTreeWidget;

// Event ▸ History: who changed what and when, newest first, for the whole
// event (filtered by kind of record and by person) or for one session,
// person or registration; "Revert This Change" makes the old value current
// again as a new, undoable edit.
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(EventDocument *document, QWidget *parent = nullptr);
    // One row's history (table "session", "person", "participant"...).
    HistoryDialog(EventDocument *document, const QString &table, qint64 rowId, QWidget *parent = nullptr);

    int entryCount() const { return int(m_records.size()); }
    void revertEntry(int index);

private:
    void build();
    void reload();
    void revertSelected();

    EventDocument *m_document;
    QString m_table;
    std::optional<qint64> m_rowId;
    QComboBox *m_tableFilter = nullptr;
    QComboBox *m_authorFilter = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_revert = nullptr;
    QList<ChangeRecord> m_records; // as listed, newest first
};
