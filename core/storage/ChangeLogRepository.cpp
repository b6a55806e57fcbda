#include "storage/ChangeLogRepository.h"

#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/ChangeLogSchema.h"
#include "storage/EventRepository.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogRepository)
};

const QString columns = QStringLiteral(
    "id, change_set, changed_utc, author, desk, table_name, row_id, row_version, kind, field, old_value, new_value");

ChangeRecord read(const Statement &s)
{
    ChangeRecord r;
    r.id = s.value(0).toLongLong();
    r.changeSet = s.value(1).toLongLong();
    r.at = Statement::utc(s.value(2));
    r.author = s.value(3).toString();
    r.desk = s.value(4).toString();
    r.table = s.value(5).toString();
    r.rowId = s.value(6).toLongLong();
    r.rowVersion = s.value(7).toInt();
    const QString kind = s.value(8).toString();
    r.kind = kind == QLatin1String("insert")   ? ChangeRecord::Kind::Insert
             : kind == QLatin1String("delete") ? ChangeRecord::Kind::Delete
                                               : ChangeRecord::Kind::Update;
    r.field = s.value(9).toString();
    r.oldValue = s.value(10);
    r.newValue = s.value(11);
    return r;
}

// Tables whose rows the history may name (never a name from the file itself).
bool isTracked(const QString &table)
{
    static const QStringList tables = {QStringLiteral("event"),  QStringLiteral("room"),   QStringLiteral("track"),
                                       QStringLiteral("session"), QStringLiteral("person"), QStringLiteral("participant")};
    return tables.contains(table);
}
} // namespace

Result<QList<ChangeRecord>> ChangeLogRepository::select(const QString &where, const QVariantList &binds,
                                                        const QString &order) const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM change_log %2 %3").arg(columns, where, order));
    for (const QVariant &v : binds)
        s.bind(v);
    if (Status st = s.exec(); !st)
        return Result<QList<ChangeRecord>>::failure(st.error());
    QList<ChangeRecord> out;
    while (s.next())
        out << read(s);
    return out;
}

Result<QList<ChangeRecord>> ChangeLogRepository::list(const ChangeFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.table.isEmpty()) {
        where << QStringLiteral("table_name = ?");
        binds << filter.table;
        if (filter.rowId) {
            where << QStringLiteral("row_id = ?");
            binds << *filter.rowId;
        }
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("changed_utc >= ?");
        binds << Statement::utc(filter.since);
    }
    if (!filter.author.isEmpty()) {
        where << QStringLiteral("author = ?");
        binds << filter.author;
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    if (filter.limit <= 0)
        return select(clause, binds, QStringLiteral("ORDER BY id"));
    // The newest `limit`, still oldest first.
    auto newest = select(clause, binds, QStringLiteral("ORDER BY id DESC LIMIT %1").arg(filter.limit));
    if (newest)
        std::reverse(newest->begin(), newest->end());
    return newest;
}

Result<QList<ChangeRecord>> ChangeLogRepository::changeSet(qint64 changeSet) const
{
    return select(QStringLiteral("WHERE change_set = ?"), {changeSet}, QStringLiteral("ORDER BY id"));
}

Result<ChangeRecord> ChangeLogRepository::byId(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id}, QString());
    if (!found)
        return Result<ChangeRecord>::failure(found.error());
    if (found->isEmpty())
        return Result<ChangeRecord>::failure(Tr::tr("There is no change %1 in the history.").arg(id));
    return found->first();
}

Result<QStringList> ChangeLogRepository::authors() const
{
    Statement s(m_file, QStringLiteral("SELECT DISTINCT author FROM change_log WHERE author IS NOT NULL ORDER BY author"));
    if (Status st = s.exec(); !st)
        return Result<QStringList>::failure(st.error());
    QStringList out;
    while (s.next())
        out << s.value(0).toString();
    return out;
}

Result<std::optional<ChangeRecord>> ChangeLogRepository::lastChange(const QString &table, qint64 rowId,
                                                                    const QString &field) const
{
    auto found = select(QStringLiteral("WHERE table_name = ? AND row_id = ? AND field = ?"), {table, rowId, field},
                        QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (!found)
        return Result<std::optional<ChangeRecord>>::failure(found.error());
    if (found->isEmpty())
        return std::optional<ChangeRecord>();
    return std::optional<ChangeRecord>(found->first());
}

Status ChangeLogRepository::refusedEdit(const QString &table, qint64 rowId, int editedVersion) const
{
    if (!isTracked(table))
        return Status::failure(Tr::tr("Nothing was saved."));
    auto conflict = std::make_shared<EditConflict>();
    conflict->table = table;
    conflict->rowId = rowId;
    conflict->editedVersion = editedVersion;
    auto current = Statement::scalar(m_file, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM %1 WHERE id = ?").arg(table),
                                     {rowId});
    if (!current)
        return Status::failure(current.error());
    conflict->currentVersion = int(current.value());
    conflict->deleted = current.value() == 0;
    auto changes = conflict->deleted
                       ? select(QStringLiteral("WHERE table_name = ? AND row_id = ? AND kind = 'delete'"), {table, rowId},
                                QStringLiteral("ORDER BY id DESC LIMIT 1"))
                       : select(QStringLiteral("WHERE table_name = ? AND row_id = ? AND row_version > ?"),
                                {table, rowId, editedVersion}, QStringLiteral("ORDER BY id"));
    if (!changes)
        return Status::failure(changes.error());
    conflict->changes = changes.value();
    return Status::failure(formatter().conflict(*conflict)).withConflict(std::move(conflict));
}

Status ChangeLogRepository::setField(const ChangeRecord &record, const QVariant &value, const QVariant &expected) const
{
    // Only the fields the history records, by name from Podium's own list.
    bool known = false;
    for (const ChangeLogSchema::TrackedTable &t : ChangeLogSchema::tables())
        known = known || (t.name == record.table && t.fields.contains(record.field));
    if (record.kind != ChangeRecord::Kind::Update || !known)
        return Status::failure(Tr::tr("Only a change of a field can be reverted; a created or deleted %1 is not.")
                                   .arg(ChangeFormatter::tableLabel(record.table)));
    Statement s(m_file, QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1 WHERE id = ? AND %2 IS NOT DISTINCT FROM ?")
                            .arg(record.table, record.field));
    s.bind({value, record.rowId, expected});
    if (Status st = s.exec(); !st)
        return st;
    if (s.rowsAffected() == 1)
        return {};
    auto last = lastChange(record.table, record.rowId, record.field);
    if (last && last->has_value() && last->value().id != record.id) {
        const ChangeFormatter words = formatter();
        return Status::failure(Tr::tr("Not reverted: %1 was changed again since, by %2 at %3.")
                                   .arg(ChangeFormatter::fieldLabel(record.field), ChangeFormatter::author(last->value()),
                                        words.when(last->value().at)));
    }
    return Status::failure(Tr::tr("Not reverted: the %1 no longer holds that value (or no longer exists).")
                               .arg(ChangeFormatter::tableLabel(record.table)));
}

ChangeFormatter ChangeLogRepository::formatter() const
{
    auto event = EventRepository(m_file).load();
    const QTimeZone zone = event ? event->timeZone() : QTimeZone::utc();
    const EventStore *file = &m_file;
    return ChangeFormatter(zone, [file](const QString &table, qint64 id) -> QString {
        QString expression;
        if (table == QLatin1String("room") || table == QLatin1String("track"))
            expression = QStringLiteral("name");
        else if (table == QLatin1String("person"))
            expression = QStringLiteral("TRIM(first_name || ' ' || last_name)");
        else if (table == QLatin1String("session"))
            expression = QStringLiteral("title");
        else if (table == QLatin1String("participant"))
            expression = QStringLiteral("code");
        else
            return {};
        Statement s(*file, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(expression, table));
        s.bind(id);
        return s.exec() && s.next() ? s.value(0).toString() : QString();
    });
}

Status ChangeLogRepository::purgeRows(const QString &table, const QList<qint64> &ids) const
{
    for (qint64 id : ids) {
        Statement s(m_file, QStringLiteral("DELETE FROM change_log WHERE table_name = ? AND row_id = ?"), Statement::Cached);
        s.bind({table, id});
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}

Status ChangeLogRepository::purgeTables(const QStringList &tables) const
{
    for (const QString &table : tables) {
        Statement s(m_file, QStringLiteral("DELETE FROM change_log WHERE table_name = ?"));
        s.bind(table);
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}
