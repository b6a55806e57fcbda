// Issue 17, point 5: what a person reads when the server cannot be used: one sentence each, for
// the GUI and podium-cli alike. A stopped server is a real one: a private cluster started by
// tests/pg/pg-cluster.sh and stopped under an open event.
#include "model/Event.h"
#include "model/Room.h"
#include "storage/RoomRepository.h"
#include "storage/StoreOpener.h"
#include "storage/postgres/EventServer.h"
#include "support/ServerTestEvent.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QRegularExpression>

using namespace test;

namespace {
QString openError(const QString &uri)
{
    auto opened = StoreOpener::open(uri);
    REQUIRE_FALSE(opened);
    CHECK_FALSE(opened.error().contains(QLatin1Char('\n')));
    return opened.error();
}

QString script()
{
    return QStringLiteral(PODIUM_SOURCE_DIR "/tests/pg/pg-cluster.sh");
}
} // namespace

TEST_CASE("Unknown host, missing socket, missing database and missing event each say what is wrong", "[server]")
{
    CHECK(openError(QStringLiteral("postgresql://podium_test@no-such-host.invalid/podium?event=x"))
              .startsWith(QStringLiteral("There is no server called “no-such-host.invalid”")));
    CHECK(openError(QStringLiteral("postgresql://podium_test@/podium?host=/tmp/no-podium-socket-here&event=x"))
              .contains(QLatin1String("is not running or does not accept connections")));
    QString noDatabase = serverUri();
    noDatabase.replace(QStringLiteral("/podium?"), QStringLiteral("/nodb?"));
    CHECK(openError(noDatabase + QStringLiteral("&event=x")).contains(QStringLiteral("has no database “nodb”")));

    requireOk(EventServer::init(serverUri()));
    const QString missing = openError(serverEventUri(QStringLiteral("no-such-event")));
    CHECK(missing.startsWith(QStringLiteral("No event “no-such-event” on this server; `podium-cli server list ")));
    CHECK(missing.endsWith(QLatin1String("` shows them.")));
    CHECK(openError(serverUri()).contains(QLatin1String("?event=NAME")));

    // podium-cli says the same, on stderr, exit code 2.
    const CliRun cli = runCli({QStringLiteral("info"), serverEventUri(QStringLiteral("no-such-event"))});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.trimmed() == missing);
}

TEST_CASE("A server that stops under an open event, and then is down, is reported as such", "[server]")
{
    const QString id = QString::number(QCoreApplication::applicationPid());
    const QString state = QStringLiteral("/tmp/podium-pgt-state-") + id;
    const QString socket = QStringLiteral("/tmp/podium-pgt-") + id;
    // Stopped and removed however the test ends.
    const auto cleanUp = qScopeGuard([&] {
        runProgram(script(), {QStringLiteral("stop"), state, socket});
        QDir(state).removeRecursively();
    });
    const CliRun started = runProgram(script(), {QStringLiteral("start"), state, socket});
    INFO(started.out << started.err);
    REQUIRE(started.exitCode == 0);
    const QString uri = QStringLiteral("postgresql://podium_test@/podium?host=%1").arg(socket);
    requireOk(EventServer::init(uri));
    Event event;
    event.name = QStringLiteral("Down");
    auto created = EventServer::createEvent(StoreLocation::parse(uri + QStringLiteral("&event=down")), event);
    REQUIRE(created);

    const CliRun stopped = runProgram(script(), {QStringLiteral("stop"), state, socket});
    REQUIRE(stopped.exitCode == 0);
    Room room;
    room.name = QStringLiteral("Lost");
    const auto edit = created.value()->rooms().insert(room);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().startsWith(QLatin1String("The connection to the server was lost")));

    CHECK(openError(uri + QStringLiteral("&event=down"))
              .contains(QLatin1String("is not running or does not accept connections")));
    const CliRun cli = runCli({QStringLiteral("server"), QStringLiteral("list"), uri});
    CHECK(cli.exitCode == 2);
    CHECK(cli.err.contains(QLatin1String("is not running")));
}
