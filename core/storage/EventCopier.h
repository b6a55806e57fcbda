#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class EventStore;
class RowCursor;

// Copies every table of one open store into another of the same schema
// version (publish: a file to a server; pull: a server to a file), rows and
// ids as they are, parents before the tables that refer to them. The source
// is read in one snapshot; the caller holds the target's transaction, so a
// failed copy leaves nothing behind. What the target already holds (a new
// file's event row, what its triggers wrote while rows arrived) is replaced.
class EventCopier
{
public:
    EventCopier(const EventStore &source, const EventStore &target);
    virtual ~EventCopier();

    // Called after each table with its name and the rows copied so far; false cancels.
    using Progress = std::function<bool(const QString &table, qint64 rows)>;
    Status copy(const Progress &progress = {});

protected:
    enum class Kind { Integer, Real, Text, Blob };
    struct Table
    {
        QString name;
        QStringList columns;
        QList<Kind> kinds;
        bool hasId = false;
    };
    // Writes the rows of one table into the (emptied) target table: with
    // COPY into a server, batched prepared INSERTs into a file. (Rows from a
    // server are read with COPY too.)
    virtual Status writeTable(const Table &table, RowCursor &rows);
    // A server's bulk path: COPY FROM STDIN.
    Status copyInto(const Table &table, RowCursor &rows);
    // Any store's: batched multi-row INSERTs.
    Status insertInto(const Table &table, RowCursor &rows);
    const EventStore &source() const { return m_source; }
    const EventStore &target() const { return m_target; }

private:
    // The tables both stores have, parents first.
    Result<QList<Table>> tables() const;
    Status copyTable(const Table &table);
    Result<qint64> rowCount(const EventStore &store, const QString &table) const;

    const EventStore &m_source;
    const EventStore &m_target;
    qint64 m_rows = 0;
};
