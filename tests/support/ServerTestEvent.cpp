#include "support/ServerTestEvent.h"

#include "storage/postgres/PostgresEventSchema.h"
#include "storage/postgres/ServerRegistry.h"
#include "storage/postgres/EventRoles.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace test {

namespace {
QString socketDir()
{
    return QRegularExpression(QStringLiteral("[?&]host=([^&]*)")).match(serverUri()).captured(1);
}
} // namespace

QSqlDatabase connectAs(const QString &connection, const QString &user, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(socketDir());
    db.setDatabaseName(QStringLiteral("podium"));
    db.setUserName(user.isEmpty() ? QStringLiteral("podium_test") : user);
    db.setPassword(password);
    INFO(db.lastError().text());
    REQUIRE(db.open());
    return db;
}

void createEvent(QSqlDatabase &db, const QString &schema)
{
    // As the server store makes events: the real steps for PostgreSQL, registered, with roles.
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    requireOk(ServerRegistry::init(db));
    // The tests name their schema "ev_" and the event: the roles are the event's.
    const QString event = schema.startsWith(QLatin1String("ev_")) ? schema.mid(3) : schema;
    requireOk(PostgresEventSchema::create(db, schema, event));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
    REQUIRE(q.exec(QStringLiteral("SET search_path TO %1").arg(EventRoles::quoted(schema))));
    for (const char *sql : {
             "INSERT INTO event (id, name) VALUES (1, 'Pharma meets Academia')",
             "INSERT INTO session (id, guid, title) VALUES (1, 's1', 'Keynote')",
             "INSERT INTO person (id, guid, first_name, last_name, email, phone) "
             "VALUES (1, 'p1', 'Ada', 'Speaker', 'ada@example.org', '+352 1')",
             "INSERT INTO person (id, guid, first_name, last_name, email, phone) "
             "VALUES (2, 'p2', 'Bea', 'Attendee', 'bea@example.org', '+352 2')",
             "INSERT INTO session_person (session_id, person_id) VALUES (1, 1)",
             "INSERT INTO room (id, name) VALUES (1, 'Auditorium')",
             "INSERT INTO availability (id, person_id, start_utc, end_utc, kind) "
             "VALUES (1, 1, '2018-12-14T08:00:00Z', '2018-12-14T10:00:00Z', 'unavailable')",
             "INSERT INTO availability (id, room_id, start_utc, end_utc) "
             "VALUES (2, 1, '2018-12-14T08:00:00Z', '2018-12-14T18:00:00Z')",
             "INSERT INTO participant (id, person_id, code, dietary, accessibility, notes) "
             "VALUES (1, 2, 'BEA-1', 'vegan', 'wheelchair', 'VIP')",
         })
        REQUIRE(q.exec(QString::fromLatin1(sql)));
    REQUIRE(q.exec(QStringLiteral("RESET search_path")));
}

QString login(const QString &hint)
{
    QString name = uniqueEventName(hint);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    REQUIRE(psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(name)).exitCode == 0);
    return name;
}

CliRun psqlAs(const QString &user, const QString &sql)
{
    return psql(sql, serverEventUri(QStringLiteral("x"), user), QStringLiteral("pw-") + user);
}

void requireOk(const Status &status)
{
    INFO(status.error().toStdString() << " / " << status.details().toStdString());
    REQUIRE(status);
}

QString publishDemo(const TempDir &dir, const QString &hint)
{
    const QString file = dir.path(hint + QStringLiteral(".podium"));
    const CliRun demo = runCli({QStringLiteral("demo"), file});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    REQUIRE(runCli({QStringLiteral("server"), QStringLiteral("init"), serverUri()}).exitCode == 0);
    const QString location = serverEventUri(uniqueEventName(hint));
    const CliRun published = runCli({QStringLiteral("publish"), file, location});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    return location;
}

RolesTestEvent createRolesTestEvent(const QString &hint)
{
    RolesTestEvent made;
    made.event = uniqueEventName(hint);
    made.schema = QStringLiteral("ev_") + made.event;
    made.admin = connectAs(made.event);
    createEvent(made.admin, made.schema);
    requireOk(EventRoles::setUp(made.admin, made.schema, made.event));
    return made;
}

} // namespace test
