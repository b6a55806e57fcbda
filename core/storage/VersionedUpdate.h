#pragma once

#include "util/Result.h"

#include <QString>
#include <QVariantList>

class EventStore;

// The one way repositories change a versioned row (schema step 8):
// UPDATE table SET ..., version = version + 1 WHERE id = ? AND version = ?.
// When the row has moved on (someone else saved first) nothing is written
// and the refusal says who changed what (ChangeLogRepository::refusedEdit).
// Version 0 means "not read from the store": the row is changed whatever its
// version (imports, merges, code that read it in the same transaction).
class VersionedUpdate
{
public:
    VersionedUpdate(const EventStore &file, QString table) : m_file(file), m_table(std::move(table)) {}
    // assignments: "title = ?, start_utc = ?"; values: one per "?".
    Status run(const QString &assignments, const QVariantList &values, qint64 id, int version) const;

private:
    const EventStore &m_file;
    QString m_table;
};
