#include "storage/EventCopier.h"

#include "storage/EventStore.h"
#include "storage/RowCursor.h"
#include "storage/Statement.h"
#include "storage/postgres/PgCopyCursor.h"
#include "storage/postgres/PgCopyIn.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <memory>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventCopier)
};

// About this many values per INSERT: few statements, well under SQLite's limit of parameters.
constexpr int valuesPerStatement = 600;

Result<QStringList> names(const EventStore &store, const QString &sql)
{
    auto rows = store.select(sql);
    QStringList out;
    while (rows->next())
        out << rows->text(0);
    if (!rows->status())
        return Result<QStringList>::failure(rows->status().error(), rows->status().details());
    return out;
}

// Reads the source in one consistent state (REPEATABLE READ on a server).
class Snapshot
{
public:
    explicit Snapshot(const EventStore &store) : m_store(store)
    {
        if (store.transactionDepth() > 0)
            return; // already inside one
        QSqlQuery q(store.database());
        if (!q.exec(store.dialect().beginSnapshot())) {
            m_status = store.failure(q.lastError());
            return;
        }
        m_open = true;
        ++store.transactionDepth();
    }
    ~Snapshot()
    {
        if (!m_open)
            return;
        QSqlQuery(m_store.database()).exec(QStringLiteral("COMMIT"));
        --m_store.transactionDepth();
    }
    const Status &status() const { return m_status; }

private:
    const EventStore &m_store;
    Status m_status;
    bool m_open = false;
};
} // namespace

EventCopier::EventCopier(const EventStore &source, const EventStore &target) : m_source(source), m_target(target) {}

EventCopier::~EventCopier() = default;

Status EventCopier::copy(const Progress &progress)
{
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return Status::failure(Tr::tr("%1 and %2 are in different formats (%3 and %4): open both with this version of "
                                      "Podium first.")
                                   .arg(m_source.displayName(), m_target.displayName())
                                   .arg(m_source.schemaVersion())
                                   .arg(m_target.schemaVersion()));
    const Snapshot snapshot(m_source);
    if (!snapshot.status())
        return snapshot.status();
    if (Status s = m_target.writeHistoryVerbatim(); !s)
        return s;
    auto list = tables();
    if (!list)
        return Status::failure(list.error(), list.details());
    // Emptied children first, so that no foreign key stands in the way.
    for (auto it = list->crbegin(); it != list->crend(); ++it)
        if (Status s = Statement(m_target, QStringLiteral("DELETE FROM %1").arg(it->name)).exec(); !s)
            return s;
    // A server builds the target's indexes and checks its foreign keys once, after the rows.
    QStringList names;
    for (const Table &table : list.value())
        names << table.name;
    if (Status s = m_target.suspendIndexes(names); !s)
        return s;
    for (const Table &table : list.value()) {
        if (Status s = copyTable(table); !s)
            return s;
        if (progress && !progress(table.name, m_rows))
            return Status::failure(Tr::tr("Copy cancelled: nothing was written."));
    }
    // The target's own triggers may have written rows (a file's history of
    // the inserts): such a table is copied again, as the source has it.
    for (const Table &table : list.value()) {
        auto want = rowCount(m_source, table.name);
        auto have = rowCount(m_target, table.name);
        if (!want || !have)
            return Status::failure(want ? have.error() : want.error());
        if (want.value() == have.value())
            continue;
        if (Status s = Statement(m_target, QStringLiteral("DELETE FROM %1").arg(table.name)).exec(); !s)
            return s;
        if (Status s = copyTable(table); !s)
            return s;
    }
    return m_target.restoreIndexes();
}

Result<qint64> EventCopier::rowCount(const EventStore &store, const QString &table) const
{
    return Statement::scalar(store, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

Result<QList<EventCopier::Table>> EventCopier::tables() const
{
    using R = Result<QList<Table>>;
    auto sourceTables = names(m_source, m_source.dialect().listTables());
    auto targetTables = names(m_target, m_target.dialect().listTables());
    if (!sourceTables || !targetTables)
        return R::failure(sourceTables ? targetTables.error() : sourceTables.error());
    const QSet<QString> common = QSet<QString>(sourceTables->cbegin(), sourceTables->cend())
                                     .intersect(QSet<QString>(targetTables->cbegin(), targetTables->cend()));
    // Which tables each refers to, as the target's foreign keys say.
    QMap<QString, QSet<QString>> parents;
    auto references = m_target.select(m_target.dialect().listReferences());
    while (references->next())
        if (references->text(0) != references->text(1))
            parents[references->text(0)].insert(references->text(1));
    if (!references->status())
        return R::failure(references->status().error(), references->status().details());

    QList<Table> ordered;
    QSet<QString> placed;
    QStringList waiting = targetTables.value();
    waiting.removeIf([&](const QString &name) { return !common.contains(name); });
    while (!waiting.isEmpty()) {
        const qsizetype before = waiting.size();
        for (auto it = waiting.begin(); it != waiting.end();) {
            QSet<QString> needs = parents.value(*it);
            needs.intersect(common).subtract(placed);
            if (!needs.isEmpty()) {
                ++it;
                continue;
            }
            Table table;
            table.name = *it;
            ordered.append(table);
            placed.insert(*it);
            it = waiting.erase(it);
        }
        if (waiting.size() == before) { // a cycle: the rest in name order
            for (const QString &name : std::as_const(waiting))
                ordered.append(Table{name, {}, {}, false});
            waiting.clear();
        }
    }
    // Their columns (both stores have them), with the kind of value each holds.
    for (Table &table : ordered) {
        QSqlQuery from(m_source.database()), to(m_target.database());
        const QString sql = QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table.name);
        if (!from.exec(sql))
            return R::failure(m_source.failure(from.lastError()).error());
        if (!to.exec(sql))
            return R::failure(m_target.failure(to.lastError()).error());
        const QSqlRecord theirs = to.record();
        const QSqlRecord ours = from.record();
        for (int i = 0; i < ours.count(); ++i) {
            const QString column = ours.fieldName(i);
            const int there = theirs.indexOf(column);
            if (there < 0)
                continue;
            const auto kindOf = [](const QSqlField &f) {
                switch (f.metaType().id()) {
                case QMetaType::QByteArray:
                    return Kind::Blob;
                case QMetaType::Double:
                    return Kind::Real;
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::UInt:
                case QMetaType::ULongLong:
                case QMetaType::Bool:
                    return Kind::Integer;
                default:
                    return Kind::Text;
                }
            };
            const Kind a = kindOf(ours.field(i));
            const Kind b = kindOf(theirs.field(there));
            table.columns << column;
            table.kinds << (a == Kind::Blob || b == Kind::Blob       ? Kind::Blob
                            : a == Kind::Real || b == Kind::Real     ? Kind::Real
                            : a == Kind::Integer || b == Kind::Integer ? Kind::Integer
                                                                       : Kind::Text);
            if (column == QLatin1String("id"))
                table.hasId = true;
        }
    }
    return ordered;
}

Status EventCopier::copyTable(const Table &table)
{
    if (table.columns.isEmpty())
        return {};
    // In id order, or as inserted: a table without ids keeps its rows' order (links, roles).
    const QString order = table.hasId ? QStringLiteral("id") : m_source.dialect().insertionOrder();
    const QString query = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                              .arg(table.columns.join(QStringLiteral(", ")), table.name, order);
    // From a server: one COPY stream instead of a result per row.
    std::unique_ptr<RowCursor> rows;
    if (m_source.dialect().kind() == SqlDialect::Kind::PostgreSQL) {
        QList<int> bytea;
        for (int c = 0; c < table.kinds.size(); ++c)
            if (table.kinds.at(c) == Kind::Blob)
                bytea << c;
        rows = std::make_unique<PgCopyCursor>(m_source, query, bytea);
    } else {
        rows = m_source.select(query);
    }
    if (Status s = writeTable(table, *rows); !s)
        return s;
    if (!rows->status())
        return rows->status();
    if (table.hasId) {
        if (const QString reset = m_target.dialect().resetIdentity(table.name); !reset.isEmpty())
            if (Status s = Statement(m_target, reset).exec(); !s)
                return s;
    }
    return {};
}

Status EventCopier::writeTable(const Table &table, RowCursor &rows)
{
    if (m_target.dialect().kind() == SqlDialect::Kind::PostgreSQL)
        return copyInto(table, rows);
    return insertInto(table, rows);
}

Status EventCopier::copyInto(const Table &table, RowCursor &rows)
{
    // COPY's text format, streamed a megabyte at a time: publishing 100,000
    // registrations takes seconds, not a round trip per few rows.
    PgCopyIn copy(m_target, table.name, table.columns);
    const int columns = int(table.columns.size());
    QByteArray hex;
    while (rows.next()) {
        for (int c = 0; c < columns; ++c) {
            if (rows.isNull(c)) {
                copy.null();
                continue;
            }
            switch (table.kinds.at(c)) {
            case Kind::Integer:
                copy.integer(rows.integer(c));
                break;
            case Kind::Blob:
                hex = "\\x" + rows.utf8(c).toByteArray().toHex();
                copy.text(QByteArrayView(hex));
                break;
            case Kind::Real:
            case Kind::Text:
                copy.text(rows.utf8(c));
                break;
            }
        }
        copy.endRow();
        ++m_rows;
        if (copy.bufferedBytes() >= (1 << 20))
            if (Status s = copy.stream(); !s)
                return s;
    }
    if (!rows.status())
        return rows.status();
    return copy.finish();
}

Status EventCopier::insertInto(const Table &table, RowCursor &rows)
{
    const int columns = int(table.columns.size());
    const int perStatement = std::max(1, valuesPerStatement / columns);
    const QString tuple = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
    const auto insertOf = [&](int count) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table.name, table.columns.join(QStringLiteral(", ")),
                 QStringList(count, tuple).join(QLatin1Char(',')));
    };
    std::unique_ptr<QSqlQuery> full;
    QVariantList values;
    values.reserve(perStatement * columns);
    const auto flush = [&](int count) -> Status {
        if (count == 0)
            return {};
        QSqlQuery partial(m_target.database());
        QSqlQuery *q = &partial;
        if (count == perStatement) {
            if (!full) {
                full = std::make_unique<QSqlQuery>(m_target.database());
                if (!full->prepare(insertOf(count)))
                    return m_target.failure(full->lastError());
            }
            q = full.get();
        } else if (!partial.prepare(insertOf(count))) {
            return m_target.failure(partial.lastError());
        }
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values.at(i));
        if (!q->exec())
            return m_target.failure(q->lastError());
        values.clear();
        return {};
    };
    int inBatch = 0;
    while (rows.next()) {
        for (int c = 0; c < columns; ++c) {
            const Kind kind = table.kinds.at(c);
            if (rows.isNull(c)) {
                values << QVariant(kind == Kind::Integer ? QMetaType(QMetaType::LongLong)
                                   : kind == Kind::Real  ? QMetaType(QMetaType::Double)
                                   : kind == Kind::Blob  ? QMetaType(QMetaType::QByteArray)
                                                         : QMetaType(QMetaType::QString));
                continue;
            }
            switch (kind) {
            case Kind::Integer:
                values << rows.integer(c);
                break;
            case Kind::Real:
                values << rows.text(c).toDouble();
                break;
            case Kind::Blob:
                values << rows.utf8(c).toByteArray();
                break;
            case Kind::Text:
                values << rows.text(c);
                break;
            }
        }
        ++m_rows;
        if (++inBatch == perStatement) {
            if (Status s = flush(inBatch); !s)
                return s;
            inBatch = 0;
        }
    }
    return flush(inBatch);
}
