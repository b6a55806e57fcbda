#pragma once

#include "model/ParticipantRow.h"
#include "storage/ParticipantFilter.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QVariantList>

#include <functional>

class EventStore;
class RowCursor;

// Reads registrations joined with their people, filtered and sorted by the store,
// one page at a time (the participants table) or streamed (exports): never the
// whole table in memory.
class ParticipantTableQuery
{
public:
    // One row of a scan, as the store holds it (UTF-8, keys, 0/1, UTC ISO times).
    class RawRow
    {
    public:
        explicit RawRow(const RowCursor &row) : m_row(row) {}
        QByteArrayView text(ParticipantField field) const;
        bool flag(ParticipantField field) const;
        qint64 participantId() const;

    private:
        const RowCursor &m_row;
    };
    // Return false to stop the scan.
    using RowVisitor = std::function<bool(const RawRow &)>;

    ParticipantTableQuery(const EventStore &file, ParticipantFilter filter, ParticipantSort sort = {});

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
    // Every matching row in order, without a QVariant per value (fast exports).
    Status scan(const RowVisitor &visit) const;

private:
    QString whereClause() const;
    QStringList sortTerms() const;
    QString orderClause() const;
    QStringList binds() const;
    QString selectSql() const;

    const EventStore &m_file;
    ParticipantFilter m_filter;
    ParticipantSort m_sort;
};
