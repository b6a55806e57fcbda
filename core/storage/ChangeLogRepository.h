#pragma once

#include "history/ChangeFormatter.h"
#include "model/ChangeRecord.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

#include <optional>

class EventStore;

// What to show of the history.
struct ChangeFilter
{
    QString table;               // empty: every table
    std::optional<qint64> rowId; // with table: one row's history
    QDateTime since;             // UTC; invalid: from the start
    QString author;              // empty: everybody
    int limit = 0;               // 0: no limit (the newest `limit` otherwise)
};

// The event's history (table change_log, written by the triggers of schema
// step 8) and the stale-edit answers built from it.
class ChangeLogRepository
{
public:
    explicit ChangeLogRepository(const EventStore &file) : m_file(file) {}

    // Oldest first.
    Result<QList<ChangeRecord>> list(const ChangeFilter &filter) const;
    Result<QList<ChangeRecord>> changeSet(qint64 changeSet) const;
    Result<ChangeRecord> byId(qint64 id) const;
    // The names that made changes, for the history's filter.
    Result<QStringList> authors() const;
    // The last time a field of a row changed (who checked a registration in).
    Result<std::optional<ChangeRecord>> lastChange(const QString &table, qint64 rowId, const QString &field) const;

    // After an UPDATE ... WHERE id = ? AND version = ? changed nothing: the
    // refusal to return, saying who changed or deleted the row since
    // `editedVersion`, with the conflict attached for the GUI.
    Status refusedEdit(const QString &table, qint64 rowId, int editedVersion) const;

    // Sets one field of a row to `value` as a new change, but only while it
    // still holds `expected` (revert of a history entry, and its undo);
    // refused, saying who changed it since, otherwise.
    Status setField(const ChangeRecord &record, const QVariant &value, const QVariant &expected) const;

    // A formatter with this event's time zone and names.
    ChangeFormatter formatter() const;

    // Personal data: erasing people removes their rows' history (values
    // they had, registrations they held); anonymising removes every
    // person's and registration's history.
    Status purgeRows(const QString &table, const QList<qint64> &ids) const;
    Status purgeTables(const QStringList &tables) const;

private:
    Result<QList<ChangeRecord>> select(const QString &where, const QVariantList &binds, const QString &order) const;
    const EventStore &m_file;
};
