#pragma once

#include "model/ParticipantRow.h"
#include "storage/ParticipantFilter.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QVariantList>

#include <functional>

class EventFile;
struct sqlite3_stmt;

// Reads registrations joined with their people, filtered and sorted in SQLite,
// one page at a time (the participants table) or streamed (exports): never the
// whole table in memory.
class ParticipantTableQuery
{
public:
    // One row of a scan, as SQLite holds it (UTF-8, keys, 0/1, UTC ISO times).
    class RawRow
    {
    public:
        explicit RawRow(sqlite3_stmt *statement) : m_statement(statement) {}
        QByteArrayView text(ParticipantField field) const;
        bool flag(ParticipantField field) const;
        qint64 participantId() const;

    private:
        sqlite3_stmt *m_statement;
    };
    // Return false to stop the scan.
    using RowVisitor = std::function<bool(const RawRow &)>;

    ParticipantTableQuery(const EventFile &file, ParticipantFilter filter, ParticipantSort sort = {});

    struct Page
    {
        QList<ParticipantRow> rows;
        QVariantList lastKey; // where the next page starts
    };

    Result<qint64> count() const;
    // Up to limit rows after the row whose sort key is `after` (from the first
    // row when empty). Keyset paging: a page deep in 100,000 rows costs what the
    // first one costs. Person guid and bio are not read.
    Result<Page> page(const QVariantList &after, int limit) const;
    // Every matching row in order, through the raw handle (fast exports).
    Status scan(const RowVisitor &visit) const;

private:
    QString whereClause() const;
    QStringList sortTerms() const;
    QString orderClause() const;
    QStringList binds() const;
    QString selectSql() const;

    const EventFile &m_file;
    ParticipantFilter m_filter;
    ParticipantSort m_sort;
};
