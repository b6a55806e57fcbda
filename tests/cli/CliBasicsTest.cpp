// podium-cli's contract: exit codes 0 / 1 / 2, messages on stderr, never a
// crash, never an overwrite without --force.
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("podium-cli without a command shows usage and exits 2")
{
    const auto run = test::runCli({});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Usage: podium-cli")));
}

TEST_CASE("podium-cli --help lists the commands and exits 0")
{
    const auto run = test::runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    for (const char *command : {"demo", "new", "generate", "info"})
        CHECK(run.out.contains(QLatin1String(command)));
}

TEST_CASE("Every command has --help")
{
    for (const char *command : {"demo", "new", "generate", "info"}) {
        const auto run = test::runCli({QLatin1String(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("Usage: podium-cli %1").arg(QLatin1String(command))));
    }
}

TEST_CASE("An unknown command or option is bad usage")
{
    CHECK(test::runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    const auto run = test::runCli({QStringLiteral("info"), QStringLiteral("--colour"), QStringLiteral("x.podium")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("colour")));
}

TEST_CASE("demo then info shows the IMI event, as text and as JSON", "[stores]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), file}).exitCode == 0);
    const QString path = test::placeEvent(file, QStringLiteral("demo-info"));
    const auto text = test::runCli({QStringLiteral("info"), path});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Pharma meets Academia")));
    CHECK(text.out.contains(QStringLiteral("Europe/Luxembourg")));

    const auto json = test::runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    for (const char *key : {"name", "venue", "start", "end", "timezone", "rooms", "tracks", "sessions", "speakers",
                            "participants"})
        CHECK(o.contains(QLatin1String(key)));
    CHECK(o.value(QStringLiteral("start")).toString() == QStringLiteral("2018-12-14"));
    CHECK(o.value(QStringLiteral("rooms")).toInt() == 3);
    CHECK(o.value(QStringLiteral("participants")).toInt() >= 150);
}

// File-only: demo writes a file, and what is checked is the file left on disk (kept, no .part).
TEST_CASE("Writing over an existing file needs --force")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.podium"));
    test::writeFile(path, "keep me");
    const auto refused = test::runCli({QStringLiteral("demo"), path});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists")));
    CHECK(test::readFile(path) == "keep me");
    CHECK(test::runCli({QStringLiteral("demo"), path, QStringLiteral("--force")}).exitCode == 0);
    CHECK(test::runCli({QStringLiteral("info"), path}).exitCode == 0);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_CASE("new creates an empty event with the given facts", "[stores]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("new.podium"));
    const auto run = test::runCli({QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Café Santé"),
                                   QStringLiteral("--start"), QStringLiteral("2027-05-03"), QStringLiteral("--days"),
                                   QStringLiteral("2"), QStringLiteral("--timezone"), QStringLiteral("America/New_York")});
    REQUIRE(run.exitCode == 0);
    const QString path = test::placeEvent(file, QStringLiteral("new"));
    const auto json = test::runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("name")).toString() == QStringLiteral("Café Santé"));
    CHECK(o.value(QStringLiteral("end")).toString() == QStringLiteral("2027-05-04"));
    CHECK(o.value(QStringLiteral("timezone")).toString() == QStringLiteral("America/New_York"));
    CHECK(o.value(QStringLiteral("sessions")).toInt() == 0);
}

TEST_CASE("Bad values are bad input with a message naming them")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("bad.podium"));
    auto run = test::runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("X"),
                             QStringLiteral("--start"), QStringLiteral("14/12/2018")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("14/12/2018")));
    run = test::runCli({QStringLiteral("new"), path, QStringLiteral("--name"), QStringLiteral("X"),
                        QStringLiteral("--start"), QStringLiteral("2027-01-01"), QStringLiteral("--timezone"),
                        QStringLiteral("Mars/Olympus")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("Mars/Olympus")));
    run = test::runCli({QStringLiteral("generate"), path, QStringLiteral("--participants"), QStringLiteral("many")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("--participants")));
    CHECK_FALSE(QFile::exists(path));
}

// File-only: about a file on disk that is not an event file, or none at all.
TEST_CASE("info on a file that is not an event says so and exits 2")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("text.podium"));
    test::writeFile(path, "hello");
    const auto run = test::runCli({QStringLiteral("info"), path});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("not a Podium event file")));
    CHECK(test::runCli({QStringLiteral("info"), dir.path(QStringLiteral("missing.podium"))}).exitCode == 2);
}

// File-only: "deterministically" compares the bytes of the two generated files.
TEST_CASE("generate writes the asked counts, deterministically")
{
    test::TempDir dir;
    const QStringList options = {QStringLiteral("--participants"), QStringLiteral("500"), QStringLiteral("--sessions"),
                                 QStringLiteral("50"), QStringLiteral("--rooms"), QStringLiteral("5"),
                                 QStringLiteral("--seed"), QStringLiteral("7")};
    REQUIRE(test::runCli(QStringList{QStringLiteral("generate"), dir.path(QStringLiteral("a.podium"))} + options).exitCode == 0);
    REQUIRE(test::runCli(QStringList{QStringLiteral("generate"), dir.path(QStringLiteral("b.podium"))} + options).exitCode == 0);
    const auto json = test::runCli({QStringLiteral("info"), dir.path(QStringLiteral("a.podium")), QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("participants")).toInt() == 500);
    CHECK(o.value(QStringLiteral("sessions")).toInt() == 50);
    CHECK(o.value(QStringLiteral("rooms")).toInt() == 5);
    CHECK(test::sha256(dir.path(QStringLiteral("a.podium"))) == test::sha256(dir.path(QStringLiteral("b.podium"))));
}

TEST_CASE("-o - is refused by every export, not written as a file named “-”", "[stores]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), file}).exitCode == 0);
    const QString event = test::placeEvent(file, QStringLiteral("dash-output"));
    const QString before = QDir::currentPath();
    REQUIRE(QDir::setCurrent(dir.path(QString()))); // where a file named "-" would appear
    const QList<QStringList> exports = {
        {QStringLiteral("export"), QStringLiteral("participants"), event},
        {QStringLiteral("export"), QStringLiteral("badges"), event},
        {QStringLiteral("export"), QStringLiteral("schedule"), event},
        {QStringLiteral("person"), QStringLiteral("export"), event, QStringLiteral("anna.chioti@example.org")},
    };
    for (QStringList args : exports) {
        args << QStringLiteral("-o") << QStringLiteral("-");
        const auto run = test::runCli(args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("standard output")));
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("-"))));
    }
    QDir::setCurrent(before);
}
