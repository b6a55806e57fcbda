#include "storage/postgres/PgIndexSuspension.h"

#include "storage/EventStore.h"
#include "storage/RowCursor.h"
#include "storage/postgres/PgConnection.h"

namespace {
// 'person', 'participant' as an SQL array of regclass literals.
QString regclasses(const QStringList &tables)
{
    QStringList quoted;
    for (const QString &table : tables)
        quoted << QStringLiteral("'%1'::regclass").arg(table);
    return quoted.join(QStringLiteral(", "));
}
} // namespace

Status PgIndexSuspension::suspend(const QStringList &tables)
{
    // A rolled-back load left nothing to restore.
    m_indexes.clear();
    m_keys.clear();
    if (tables.isEmpty())
        return {};
    const QString in = regclasses(tables);
    QStringList dropIndexes;
    // The plain and unique indexes, not those behind a constraint (the primary keys).
    auto indexes = m_store.select(QStringLiteral(
        "SELECT quote_ident(n.nspname) || '.' || quote_ident(i.relname), pg_get_indexdef(i.oid) "
        "FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace "
        "WHERE x.indrelid IN (%1) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid) ORDER BY 1").arg(in));
    while (indexes->next()) {
        dropIndexes << QStringLiteral("DROP INDEX %1").arg(indexes->text(0));
        m_indexes << indexes->text(1);
    }
    if (!indexes->status())
        return indexes->status();
    indexes.reset();
    auto keys = m_store.select(QStringLiteral(
        "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'f' AND conrelid IN (%1) ORDER BY 1, 2").arg(in));
    QStringList drops; // the keys first: one may stand on a unique index
    while (keys->next()) {
        drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(keys->text(0), keys->text(1));
        m_keys << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(keys->text(0), keys->text(1), keys->text(2));
    }
    if (!keys->status())
        return keys->status();
    keys.reset();
    drops += dropIndexes;
    for (const QString &sql : std::as_const(drops))
        if (Status s = PgConnection::exec(m_store, sql.toUtf8()); !s)
            return s;
    return {};
}

Status PgIndexSuspension::restore()
{
    const QStringList statements = m_indexes + m_keys;
    for (const QString &sql : statements)
        if (Status s = PgConnection::exec(m_store, sql.toUtf8()); !s)
            return s;
    m_indexes.clear();
    m_keys.clear();
    return {};
}
