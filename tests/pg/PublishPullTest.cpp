// Issue 17, point 2: a server holds many events. server init (twice), publish of the demo, the
// same commands on the URI as on the file, pull back into a file; all through podium-cli, on the
// throwaway test cluster.
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/postgres/PostgresStore.h"
#include "support/StoreUnderTest.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace test;

namespace {
CliRun cli(const QStringList &args)
{
    CliRun run = runCli(args);
    INFO("podium-cli " << args.join(QLatin1Char(' ')) << "\n" << run.out << run.err);
    return run;
}

void requireCli(const QStringList &args)
{
    const CliRun run = cli(args);
    INFO(run.out << run.err);
    REQUIRE(run.exitCode == 0);
}

// iCalendar stamps each event with the time of the export.
QByteArray withoutStamps(const QByteArray &bytes)
{
    QByteArrayList lines = bytes.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.startsWith("DTSTAMP:"); });
    return lines.join('\n');
}

// The same command on the file and on the URI gives the same output file.
void requireSameExport(const QStringList &command, const QString &file, const QString &uri, const TempDir &dir,
                       const QString &suffix)
{
    const QString a = dir.path(QStringLiteral("from-file.") + suffix);
    const QString b = dir.path(QStringLiteral("from-server.") + suffix);
    requireCli(QStringList(command) << file << QStringLiteral("-o") << a << QStringLiteral("--force"));
    requireCli(QStringList(command) << uri << QStringLiteral("-o") << b << QStringLiteral("--force"));
    INFO(command.join(QLatin1Char(' ')).toStdString());
    CHECK(withoutStamps(readFile(a)) == withoutStamps(readFile(b)));
}

QJsonObject infoJson(const QString &location)
{
    const CliRun run = cli({QStringLiteral("info"), location, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}
// An event's indexes and foreign keys as the server defines them, without its schema's name.
QStringList indexesAndKeys(const QString &uri)
{
    QString schema;
    {
        auto store = openTestEvent(uri, true);
        const auto *server = dynamic_cast<const PostgresStore *>(store.get());
        REQUIRE(server);
        schema = server->eventSchema();
    }
    REQUIRE_FALSE(schema.contains(QLatin1Char('\'')));
    const CliRun run = psql(QStringLiteral(
        "SELECT replace(d, quote_ident(s) || '.', '') FROM (SELECT '%1'::text AS s) p, LATERAL ("
        "SELECT indexdef AS d FROM pg_indexes WHERE schemaname = p.s UNION ALL "
        "SELECT c.relname || ': ' || pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "WHERE k.connamespace = to_regnamespace(quote_ident(p.s)) AND k.contype = 'f') x ORDER BY 1").arg(schema));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

TEST_CASE("server init prepares a database and can run again", "[server]")
{
    const QString uri = serverUri();
    requireCli({QStringLiteral("server"), QStringLiteral("init"), uri});
    requireCli({QStringLiteral("server"), QStringLiteral("init"), uri}); // idempotent
    CHECK(psql(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'podium' "
                              "AND table_name = 'events'")).out == QLatin1String("1"));
    CHECK(psql(QStringLiteral("SELECT podium.fold('Hélène MÜLLER Łukasz Straße')")).out
          == QLatin1String("helene muller lukasz strasse"));
    const CliRun notServer = cli({QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("demo.podium")});
    CHECK(notServer.exitCode == 2);
    CHECK(notServer.err.contains(QLatin1String("not a server address")));
}

TEST_CASE("The demo published to the server reads the same through every command, and pulls back whole", "[server]")
{
    TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.podium"));
    requireCli({QStringLiteral("demo"), file});
    requireCli({QStringLiteral("server"), QStringLiteral("init"), serverUri()});
    const QString event = uniqueEventName(QStringLiteral("demo"));
    const QString uri = serverEventUri(event);

    const CliRun published = cli({QStringLiteral("publish"), file, uri});
    REQUIRE(published.exitCode == 0);
    CHECK(published.out.contains(event));
    // Publish sets the indexes and foreign keys aside while it loads: all are back, as a new event has them.
    QString empty;
    createTestEvent(dir, Event(), &empty, QStringLiteral("empty"));
    const QStringList expected = indexesAndKeys(empty);
    CHECK(expected.size() > 30);
    CHECK(indexesAndKeys(uri) == expected);

    // Listed, with the role of the login that published it.
    const CliRun list = cli({QStringLiteral("server"), QStringLiteral("list"), serverUri()});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.contains(event + QStringLiteral("  (organiser)")));

    // The same facts, counts and exports from the file and from the server.
    const QJsonObject fromFile = infoJson(file);
    CHECK(fromFile.value(QStringLiteral("participants")).toInt() > 0);
    CHECK(infoJson(uri) == fromFile);
    const CliRun checkFile = cli({QStringLiteral("check"), file});
    const CliRun checkServer = cli({QStringLiteral("check"), uri});
    CHECK(checkServer.exitCode == checkFile.exitCode);
    CHECK(checkServer.out == checkFile.out);
    requireSameExport({QStringLiteral("export"), QStringLiteral("participants")}, file, uri, dir, QStringLiteral("csv"));
    requireSameExport({QStringLiteral("export"), QStringLiteral("schedule")}, file, uri, dir, QStringLiteral("xml"));
    requireSameExport({QStringLiteral("export"), QStringLiteral("schedule")}, file, uri, dir, QStringLiteral("ics"));

    // A second publish under the same name is refused, unless asked to replace it.
    const CliRun again = cli({QStringLiteral("publish"), file, uri});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QLatin1String("already has an event")));
    requireCli({QStringLiteral("publish"), file, uri, QStringLiteral("--replace")});
    CHECK(infoJson(uri) == fromFile);

    // Pulled back: an owner-only file with the same event in it.
    const QString pulled = dir.path(QStringLiteral("pulled.podium"));
    requireCli({QStringLiteral("pull"), uri, pulled});
    CHECK(QFileInfo(pulled).permissions().testFlag(QFile::ReadOwner));
    CHECK_FALSE(QFileInfo(pulled).permissions().testFlag(QFile::ReadOther));
    CHECK_FALSE(QFileInfo::exists(pulled + QStringLiteral(".part")));
    CHECK(infoJson(pulled) == fromFile);
    requireSameExport({QStringLiteral("export"), QStringLiteral("participants")}, file, pulled, dir, QStringLiteral("csv"));
    const CliRun pulledCheck = cli({QStringLiteral("check"), pulled});
    CHECK(pulledCheck.out == checkFile.out);
    // Never over an existing file unless asked.
    const CliRun over = cli({QStringLiteral("pull"), uri, pulled});
    CHECK(over.exitCode == 2);
    CHECK(over.err.contains(QLatin1String("already exists")));

    // Commands that only a file has say so in one sentence.
    const CliRun repair = cli({QStringLiteral("repair"), uri, QStringLiteral("-o"), dir.path(QStringLiteral("r.podium"))});
    CHECK(repair.exitCode == 2);
    CHECK(repair.err.contains(QLatin1String("event files only")));
}
