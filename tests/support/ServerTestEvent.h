#pragma once

#include "support/StoreUnderTest.h"
#include "util/Result.h"

#include <QSqlDatabase>

// An event's tables on the test server and logins with passwords, for the
// tests of roles and of Open from Server (tests/pg).
namespace test {

// A QPSQL connection to the test database as `user` (the admin when empty).
QSqlDatabase connectAs(const QString &connection, const QString &user = QString(), const QString &password = QString());
// An event schema made as the server store makes one (PostgresEventSchema: the schema steps
// for PostgreSQL, the registry row, the roles of the event "NAME" for a schema "ev_NAME"), and a speaker (Ada) and a participant (Bea, with
// e-mail, phone, dietary and accessibility needs and notes) in it.
void createEvent(QSqlDatabase &db, const QString &schema);
// The start of a roles test: an event "NAME" made with createEvent in the schema "ev_NAME", its
// roles set up (EventRoles::setUp), and the admin's connection to it.
struct RolesTestEvent
{
    QString event;
    QString schema;
    QSqlDatabase admin;
};
RolesTestEvent createRolesTestEvent(const QString &hint);
// A new login whose password is "pw-" and its name.
QString login(const QString &hint);
// psql as that login.
CliRun psqlAs(const QString &user, const QString &sql);
void requireOk(const Status &status);
// The demo event published on the test server with podium-cli (server init, publish): its location.
QString publishDemo(const TempDir &dir, const QString &hint);

} // namespace test
