#pragma once

#include "support/TestSupport.h"

#include <QString>

#include <memory>

class EventStore;
struct Event;

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

// The event of `file` where the tests run: the file itself, or, on the server, published there
// (podium-cli publish) under a fresh name. Gives the location to hand to commands and StoreOpener.
QString placeEvent(const QString &file, const QString &hint = QStringLiteral("event"));
// A new event where the tests run: a file in `dir`, or an event on the test server (the real
// PostgresStore). `location` (when given) receives where it is.
std::unique_ptr<EventStore> createTestEvent(const TempDir &dir, const Event &event, QString *location = nullptr,
                                            const QString &hint = QStringLiteral("event"));
// Opens a location given by placeEvent or createTestEvent (REQUIREs success).
std::unique_ptr<EventStore> openTestEvent(const QString &location, bool readOnly = false);

// Runs SQL through psql on the test server (as the admin unless uri says otherwise), with
// ON_ERROR_STOP; out has the rows unaligned, '|' between columns.
CliRun psql(const QString &sql, const QString &uri = QString(), const QString &password = QString());

} // namespace test
