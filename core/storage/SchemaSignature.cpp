#include "storage/SchemaSignature.h"

#include "storage/Schema.h"
#include "storage/SearchFolding.h"
#include "storage/SqliteText.h"
#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <functional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchemaSignature)
};

// Runs one query (with an optional text parameter), calling visit per row.
// Returns SQLite's complaint, empty when all went well.
QString each(sqlite3 *db, const char *sql, const QString &parameter, const std::function<void(sqlite3_stmt *)> &visit)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK && !parameter.isNull()) {
        const QByteArray utf8 = parameter.toUtf8();
        rc = sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            visit(statement);
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return error;
}

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

} // namespace

void SchemaSignature::add(Item item)
{
    const QString key = QStringLiteral("%1\x1f%2\x1f%3").arg(int(item.kind)).arg(item.owner, item.name);
    m_items.emplace(key, std::move(item));
}

Result<SchemaSignature> SchemaSignature::read(sqlite3 *db)
{
    using R = Result<SchemaSignature>;
    SchemaSignature signature;
    QStringList tables;
    QHash<QString, QString> indexSql;
    // SQLite's own tables (sqlite_sequence, sqlite_stat1) come and go with its work, not with tampering.
    QString error = each(db,
                         "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                         "WHERE type IN ('table', 'view', 'trigger', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                         QString(), [&](sqlite3_stmt *row) {
                             const QString type = sqliteText(row, 0);
                             const QString name = sqliteText(row, 1);
                             if (type == QLatin1String("index")) {
                                 indexSql.insert(name, sqliteText(row, 3));
                             } else if (type == QLatin1String("table")) {
                                 tables << name;
                                 signature.add({Kind::Table, QString(), name, QString(), QString()});
                             } else {
                                 const Kind kind = type == QLatin1String("view") ? Kind::View : Kind::Trigger;
                                 signature.add({kind, sqliteText(row, 2), name, sqliteText(row, 3), QString()});
                             }
                         });
    for (const QString &table : std::as_const(tables)) {
        if (!error.isEmpty())
            break;
        error = each(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)", table,
                     [&](sqlite3_stmt *row) {
                         signature.add({Kind::Column, table, sqliteText(row, 0),
                                        QStringList{sqliteText(row, 1).toUpper(), sqliteText(row, 2), sqliteText(row, 3),
                                                    sqliteText(row, 4), sqliteText(row, 5)}
                                            .join(QLatin1Char('|')),
                                        QString()});
                     });
        if (error.isEmpty())
            error = each(db, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete "
                             "FROM pragma_foreign_key_list(?1)",
                         table, [&](sqlite3_stmt *row) {
                             signature.add({Kind::ForeignKey, table,
                                            QStringLiteral("%1→%2").arg(sqliteText(row, 3), sqliteText(row, 2)),
                                            QStringList{sqliteText(row, 4), sqliteText(row, 5), sqliteText(row, 6)}.join(QLatin1Char('|')),
                                            QString()});
                         });
        QStringList indexes;
        QStringList flags;
        if (error.isEmpty())
            error = each(db, "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?1)", table,
                         [&](sqlite3_stmt *row) {
                             indexes << sqliteText(row, 0);
                             flags << QStringList{sqliteText(row, 1), sqliteText(row, 2), sqliteText(row, 3)}.join(QLatin1Char('|'));
                         });
        for (int i = 0; i < indexes.size() && error.isEmpty(); ++i) {
            QStringList keys{flags.at(i)};
            error = each(db, "SELECT name, coll, \"desc\" FROM pragma_index_xinfo(?1) WHERE key", indexes.at(i),
                         [&](sqlite3_stmt *row) {
                             keys << QStringList{sqliteText(row, 0), sqliteText(row, 1).toUpper(), sqliteText(row, 2)}.join(QLatin1Char(' '));
                         });
            signature.add({Kind::Index, table, indexes.at(i), keys.join(QLatin1Char('|')), indexSql.value(indexes.at(i))});
        }
    }
    if (!error.isEmpty())
        return R::failure(error);
    return signature;
}

Result<SchemaSignature> SchemaSignature::reference(int version)
{
    static QMutex mutex;
    static std::map<int, SchemaSignature> built;
    const QMutexLocker lock(&mutex);
    if (auto found = built.find(version); found != built.end())
        return found->second;
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK || !SearchFolding::install(db)) {
        error = QString::fromUtf8(sqlite3_errmsg(db));
    } else { // the functions every connection has, which steps may use in indexes
        for (const Schema::Step &step : Schema::steps()) {
            if (step.version > version)
                break;
            for (const QString &sql : step.statementsFor(SqlDialect::Kind::SQLite)) {
                if (error.isEmpty() && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                    error = QString::fromUtf8(sqlite3_errmsg(db));
            }
        }
    }
    Result<SchemaSignature> signature = error.isEmpty() ? read(db) : Result<SchemaSignature>::failure(error);
    sqlite3_close(db);
    if (signature)
        built.emplace(version, signature.value());
    return signature;
}

QString SchemaSignature::missing(const Item &item)
{
    switch (item.kind) {
    case Kind::Table:
        return Tr::tr("the table %1 is missing").arg(quoted(item.name));
    case Kind::Column:
        return Tr::tr("the table %1 has no column %2").arg(quoted(item.owner), quoted(item.name));
    case Kind::ForeignKey:
        return Tr::tr("a link of the table %1 to other records is missing").arg(quoted(item.owner));
    case Kind::Index:
        return Tr::tr("the index %1 of the table %2 is missing").arg(quoted(item.name), quoted(item.owner));
    case Kind::Trigger:
    case Kind::View:
        break;
    }
    return changed(item);
}

QString SchemaSignature::extra(const Item &item)
{
    switch (item.kind) {
    case Kind::Trigger:
        return Tr::tr("it holds a trigger %1 on the table %2 that Podium did not make").arg(quoted(item.name), quoted(item.owner));
    case Kind::View:
        return Tr::tr("it holds a view %1 that Podium did not make").arg(quoted(item.name));
    case Kind::Table:
        return Tr::tr("it holds a table %1 that Podium did not make").arg(quoted(item.name));
    case Kind::Column:
        return Tr::tr("the table %1 has a column %2 that Podium did not make").arg(quoted(item.owner), quoted(item.name));
    case Kind::ForeignKey:
        return Tr::tr("the table %1 has a link to other records that Podium did not make").arg(quoted(item.owner));
    case Kind::Index:
        return Tr::tr("it holds an index %1 on the table %2 that Podium did not make").arg(quoted(item.name), quoted(item.owner));
    }
    return {};
}

QString SchemaSignature::changed(const Item &item)
{
    switch (item.kind) {
    case Kind::Column:
        return Tr::tr("the column %1 of the table %2 is defined differently").arg(quoted(item.name), quoted(item.owner));
    case Kind::Index:
        return Tr::tr("the index %1 of the table %2 is defined differently").arg(quoted(item.name), quoted(item.owner));
    case Kind::ForeignKey:
        return Tr::tr("a link of the table %1 to other records is defined differently").arg(quoted(item.owner));
    case Kind::Trigger:
    case Kind::View:
    case Kind::Table:
        break;
    }
    return extra(item);
}

QStringList SchemaSignature::differencesFrom(const SchemaSignature &expected) const
{
    QStringList differences;
    // Map order puts triggers and views (the dangerous ones) first, then tables, columns and indexes.
    for (const auto &[key, item] : m_items) {
        const auto there = expected.m_items.find(key);
        if (there == expected.m_items.end()) {
            if (!isRepairable(item))
                differences << extra(item);
        } else if (there->second.definition != item.definition && !(isRepairable(item) && isRepairable(there->second))) {
            differences << changed(item);
        }
    }
    for (const auto &[key, item] : expected.m_items) {
        if (m_items.find(key) != m_items.end() || isRepairable(item))
            continue;
        // A missing table's columns and indexes are part of the same difference.
        const bool tableMissing = item.kind != Kind::Table
            && m_items.find(QStringLiteral("%1\x1f\x1f%2").arg(int(Kind::Table)).arg(item.owner)) == m_items.end();
        if (!tableMissing)
            differences << missing(item);
    }
    return differences;
}

QStringList SchemaSignature::indexRepairs(const SchemaSignature &expected) const
{
    QStringList drops, creates;
    const auto dropped = [](const Item &item) { return QStringLiteral("DROP INDEX \"%1\"").arg(item.name); };
    for (const auto &[key, item] : m_items) {
        if (!isRepairable(item))
            continue;
        const auto there = expected.m_items.find(key);
        if (there == expected.m_items.end()) {
            drops << dropped(item);
        } else if (there->second.definition != item.definition && isRepairable(there->second)) {
            drops << dropped(item);
            creates << there->second.sql;
        }
    }
    for (const auto &[key, item] : expected.m_items) {
        const bool tableThere = m_items.find(QStringLiteral("%1\x1f\x1f%2").arg(int(Kind::Table)).arg(item.owner)) != m_items.end();
        if (isRepairable(item) && tableThere && m_items.find(key) == m_items.end())
            creates << item.sql;
    }
    return drops + creates;
}

QString SchemaSignature::describeDifferences(const QString &path, const QStringList &differences)
{
    if (differences.isEmpty())
        return {};
    QString what = differences.first();
    if (differences.size() > 1)
        what += differences.size() == 2 ? Tr::tr(", and 1 other difference")
                                        : Tr::tr(", and %n other differences", nullptr, int(differences.size() - 1));
    return Tr::tr("%1 was changed by another program (%2), so Podium will not write to it: open it read-only, "
                  "or use File ▸ Repair to save what it holds in a new file.")
        .arg(quotedPath(path), what);
}
