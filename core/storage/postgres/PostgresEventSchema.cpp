#include "storage/postgres/PostgresEventSchema.h"

#include "storage/Schema.h"
#include "storage/postgres/EventRoles.h"
#include "storage/postgres/ServerRegistry.h"
#include "storage/postgres/ServerSql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PostgresEventSchema", text);
}

QString q(const QString &identifier)
{
    return EventRoles::quoted(identifier);
}
} // namespace

Status PostgresEventSchema::create(QSqlDatabase db, const QString &schema, const QString &event, int version)
{
    if (version <= 0)
        version = Schema::currentVersion();
    if (Status s = ServerSql::run(db, QStringLiteral("CREATE SCHEMA %1").arg(q(schema)),
                                  tr("The server refused to create the event “%1”: creating it needs the right to "
                                     "create schemas in the database (GRANT CREATE ON DATABASE).")
                                      .arg(event));
        !s)
        return s;
    if (Status s = runSteps(db, schema, 0, version); !s)
        return s;
    if (Status s = ServerRegistry::add(db, {event, schema, version, QString()}); !s)
        return s;
    return finish(db, schema, event);
}

Status PostgresEventSchema::upgrade(QSqlDatabase db, const QString &schema, const QString &event, int from)
{
    if (Status s = runSteps(db, schema, from, Schema::currentVersion()); !s)
        return s;
    if (Status s = ServerRegistry::setVersion(db, event, Schema::currentVersion()); !s)
        return s;
    return finish(db, schema, event);
}

Status PostgresEventSchema::drop(QSqlDatabase db, const QString &schema, const QString &event, bool keepRoles)
{
    const QString refused = tr("The server refused to remove the event “%1”: only its organisers may.").arg(event);
    for (auto role : {EventRoles::Role::Desk, EventRoles::Role::Viewer})
        if (Status s = ServerSql::run(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE")
                                              .arg(q(EventRoles::viewSchema(schema, role))), refused);
            !s)
            return s;
    if (Status s = ServerSql::run(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(q(schema)), refused); !s)
        return s;
    // The roles go last: they owned what was just dropped.
    if (!keepRoles)
        if (Status s = EventRoles::drop(db, schema, event); !s)
            return s;
    return ServerRegistry::remove(db, event);
}

Status PostgresEventSchema::runSteps(QSqlDatabase db, const QString &schema, int from, int to)
{
    // Unqualified names in the steps are the event's tables.
    if (Status s = ServerSql::run(db, QStringLiteral("SET LOCAL search_path TO %1").arg(q(schema)),
                                  tr("The server refused to change the event."));
        !s)
        return s;
    for (const Schema::Step &step : Schema::steps()) {
        if (step.version <= from || step.version > to)
            continue;
        for (const QString &sql : step.statementsFor(SqlDialect::Kind::PostgreSQL))
            if (Status s = ServerSql::run(db, sql, tr("The server could not bring the event to format %1.")
                                                       .arg(step.version));
                !s)
                return Status::failure(s.error(), sql + QStringLiteral("\n") + s.details());
    }
    return {};
}

Status PostgresEventSchema::installCounters(QSqlDatabase db, const QString &schema)
{
    const QString refused = tr("The server refused to set up the event's change counter.");
    const QString counter = q(schema) + QLatin1Char('.') + dataVersionTable();
    // One row, raised by every statement that changes the event (whoever
    // sends it: Podium, psql): what the GUI compares to know it must reload.
    // The function runs with its owner's rights, so a desk that may write
    // only a check-in still moves the counter.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (n bigint NOT NULL)").arg(counter),
        QStringLiteral("INSERT INTO %1 (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM %1)").arg(counter),
        QStringLiteral("CREATE OR REPLACE FUNCTION %1.podium_data_changed() RETURNS trigger LANGUAGE plpgsql "
                       "SECURITY DEFINER SET search_path = pg_catalog AS $dc$ BEGIN "
                       "UPDATE %2 SET n = n + 1; RETURN NULL; END $dc$")
            .arg(q(schema), counter),
    };
    for (const QString &sql : statements)
        if (Status s = ServerSql::run(db, sql, refused); !s)
            return s;
    QSqlQuery tables(db);
    tables.prepare(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = ? AND c.relkind = 'r' AND c.relname <> ?"));
    tables.addBindValue(schema);
    tables.addBindValue(dataVersionTable());
    if (!tables.exec())
        return Status::failure(refused);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names))
        if (Status s = ServerSql::run(db, QStringLiteral("CREATE OR REPLACE TRIGGER podium_data_changed "
                                                         "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1.%2 "
                                                         "FOR EACH STATEMENT EXECUTE FUNCTION %1.podium_data_changed()")
                                              .arg(q(schema), q(table)),
                                      refused);
            !s)
            return s;
    return {};
}

Status PostgresEventSchema::finish(QSqlDatabase db, const QString &schema, const QString &event)
{
    if (Status s = installCounters(db, schema); !s)
        return s;
    if (Status s = EventRoles::setUp(db, schema, event); !s)
        return s;
    // Owned by the organiser role like the tables, whose rights it uses.
    auto database = ServerSql::value(db, QStringLiteral("SELECT current_database()"), tr("The server did not answer."));
    if (!database)
        return Status::failure(database.error(), database.details());
    return ServerSql::run(db, QStringLiteral("ALTER FUNCTION %1.podium_data_changed() OWNER TO %2")
                                  .arg(q(schema), q(EventRoles::roleName(database->toString(), event,
                                                                          EventRoles::Role::Organiser))),
                          tr("The server refused to set up the event's change counter."));
}
