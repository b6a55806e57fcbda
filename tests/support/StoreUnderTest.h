#pragma once

#include "support/TestSupport.h"

#include <QString>

// Where a test's event lives: the same test cases run once with files and, registered a second
// time by ctest (tags [stores] and [server], see tests/pg/PodiumPg.cmake), on the throwaway
// PostgreSQL server whose URI is in PODIUM_TEST_PG_URI.
namespace test {

enum class Store { File, Server };

Store storeUnderTest();
void setStoreUnderTest(Store store);
bool onServer();

// Why the server tests cannot run here (PODIUM_PG=0, no PODIUM_TEST_PG_URI), or empty.
QString serverUnavailableReason();

// The test server's URI for its admin role (trusted on the socket): no event named.
QString serverUri();
// A name for a new event, unique on the server across test processes and calls.
QString uniqueEventName(const QString &hint = QStringLiteral("event"));
// The server URI naming this event; with user (and no password: libpq takes it from PGPASSWORD
// or a password file) to connect as another role.
QString serverEventUri(const QString &event, const QString &user = QString());

// Runs SQL through psql on the test server (as the admin unless uri says otherwise), with
// ON_ERROR_STOP; out has the rows unaligned, '|' between columns.
CliRun psql(const QString &sql, const QString &uri = QString(), const QString &password = QString());

} // namespace test
