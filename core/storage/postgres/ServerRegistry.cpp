#include "storage/postgres/ServerRegistry.h"

#include "storage/postgres/ServerSql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServerRegistry", text);
}

QString refused()
{
    return tr("The server refused to prepare the database for Podium (podium-cli server init).");
}

// Lower case without accents, as SearchFolding::fold does in C++: normalised
// (NFKD), combining marks removed, letters without a decomposition spelt out.
const char *foldFunction =
    "CREATE OR REPLACE FUNCTION podium.fold(t text) RETURNS text "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fold$ "
    "SELECT replace(replace(replace(translate(lower(regexp_replace(normalize(t, NFKD), "
    "'[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]', '', 'g')), "
    "'\xc3\xb8\xc5\x82\xc4\x91', 'old'), '\xc3\x9f', 'ss'), '\xc3\xa6', 'ae'), '\xc5\x93', 'oe') $fold$";

// Migrations are run by an event's organisers, who may not write the
// registry itself: this records the version of an event whose schema they own.
const char *versionFunction =
    "CREATE OR REPLACE FUNCTION podium.record_version(event text, version integer) RETURNS void "
    "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $rv$ BEGIN "
    "UPDATE podium.events e SET schema_version = version FROM pg_namespace n "
    "WHERE e.name = event AND n.nspname = e.schema_name AND pg_has_role(session_user, n.nspowner, 'USAGE'); "
    "IF NOT FOUND THEN RAISE EXCEPTION 'podium: not an organiser of %', event USING ERRCODE = '42501'; END IF; "
    "END $rv$";
} // namespace

Status ServerRegistry::init(QSqlDatabase db)
{
    // Two inits at once: the second waits for the first, then finds everything there.
    const QStringList statements = {
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('podium.registry'))"),
        QStringLiteral("CREATE SCHEMA IF NOT EXISTS podium"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS podium.events ("
                       " name text PRIMARY KEY,"
                       " schema_name text NOT NULL UNIQUE,"
                       " schema_version integer NOT NULL,"
                       " created_utc text NOT NULL"
                       "  DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))"),
        QString::fromUtf8(foldFunction),
        QString::fromUtf8(versionFunction),
        // Every login finds the events it has a role for (their names and
        // schemas are no secret; their tables are, by the roles' grants).
        QStringLiteral("GRANT USAGE ON SCHEMA podium TO PUBLIC"),
        QStringLiteral("GRANT SELECT ON podium.events TO PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION podium.fold(text) TO PUBLIC"),
    };
    for (const QString &sql : statements)
        if (Status s = ServerSql::run(db, sql, refused()); !s)
            return s;
    return {};
}

Result<bool> ServerRegistry::isInitialised(QSqlDatabase db)
{
    auto found = ServerSql::value(db, QStringLiteral("SELECT to_regclass('podium.events') IS NOT NULL"),
                                  tr("The server did not say whether it holds Podium events."));
    if (!found)
        return Result<bool>::failure(found.error(), found.details());
    return found->toBool();
}

Result<std::optional<ServerRegistry::Entry>> ServerRegistry::find(QSqlDatabase db, const QString &event)
{
    using R = Result<std::optional<Entry>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, schema_name, schema_version, created_utc FROM podium.events WHERE name = ?"));
    q.addBindValue(event);
    if (!q.exec())
        return R::failure(tr("The server did not list its events."), q.lastError().text());
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(Entry{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                      q.value(3).toString()});
}

Result<QList<ServerRegistry::Entry>> ServerRegistry::all(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, schema_name, schema_version, created_utc FROM podium.events ORDER BY name")))
        return Result<QList<Entry>>::failure(tr("The server did not list its events."), q.lastError().text());
    QList<Entry> entries;
    while (q.next())
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString()});
    return entries;
}

Status ServerRegistry::add(QSqlDatabase db, const Entry &entry)
{
    return ServerSql::run(db, QStringLiteral("INSERT INTO podium.events (name, schema_name, schema_version) VALUES (?, ?, ?)"),
                          tr("The server refused to record the event “%1”: only the administrator who ran "
                             "podium-cli server init (or one given the same rights) may add events.")
                              .arg(entry.name),
                          {entry.name, entry.schema, entry.version});
}

Status ServerRegistry::remove(QSqlDatabase db, const QString &event)
{
    return ServerSql::run(db, QStringLiteral("DELETE FROM podium.events WHERE name = ?"),
                          tr("The server refused to remove the event “%1” from its list.").arg(event), {event});
}

Status ServerRegistry::setVersion(QSqlDatabase db, const QString &event, int version)
{
    return ServerSql::run(db, QStringLiteral("SELECT podium.record_version(?, ?)"),
                          tr("The server refused to record the upgrade of “%1”: only its organisers may upgrade it.")
                              .arg(event),
                          {event, version});
}

Result<QString> ServerRegistry::newSchemaName(QSqlDatabase db, const QString &event)
{
    // Readable in psql, and short enough for the roles' view schemas beside it ("…_viewer").
    QString base = event.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    base = QStringLiteral("event_") + base.left(40);
    QString name = base;
    for (int n = 2;; ++n) {
        auto taken = ServerSql::value(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname IN (?, ?, ?)"),
                                      tr("The server did not list its schemas."),
                                      {name, name + QStringLiteral("_desk"), name + QStringLiteral("_viewer")});
        if (!taken)
            return Result<QString>::failure(taken.error(), taken.details());
        if (taken->toInt() == 0)
            return name;
        name = base + QLatin1Char('_') + QString::number(n);
    }
}
