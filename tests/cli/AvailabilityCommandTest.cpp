// podium-cli availability import|export on the demo event, as a script would use them.
#include "support/TestSupport.h"

TEST_CASE("podium-cli availability imports, checks, and exports CSV and iCalendar")
{
    test::TempDir dir;
    const QString event = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), event}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("availability.csv"));
    test::writeFile(csv, "person,room,day,from,to,kind\n"
                         "helene.vandermeulen@example.org,,2018-12-14,09:00,10:00,available\n"
                         "Anna Chioti,,2018-12-14,13:00,17:00,preferred\n"
                         ",Seminar Room 1,2018-12-14,08:00,12:00,\n");

    const QByteArray before = test::sha256(event);
    auto run = test::runCli({QStringLiteral("availability"), QStringLiteral("import"), event, csv, QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Would import availability of 2 people, 1 room, 3 times")));
    CHECK(test::sha256(event) == before);

    run = test::runCli({QStringLiteral("availability"), QStringLiteral("import"), event, csv});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Imported availability of 2 people, 1 room, 3 times")));
    // The check now sees the room's limits: the afternoon's sessions in Seminar Room 1.
    run = test::runCli({QStringLiteral("check"), event});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("Seminar Room 1 is available 08:00–12:00 only on")));

    const QString ics = dir.path(QStringLiteral("availability.ics"));
    run = test::runCli({QStringLiteral("availability"), QStringLiteral("export"), event, QStringLiteral("-o"), ics});
    REQUIRE(run.exitCode == 0);
    CHECK(test::readFile(ics).contains("BEGIN:VFREEBUSY"));
    const QString again = dir.path(QStringLiteral("again.csv"));
    REQUIRE(test::runCli({QStringLiteral("availability"), QStringLiteral("export"), event, QStringLiteral("-o"), again})
                .exitCode == 0);
    // Into a fresh demo from the iCalendar file, then out as CSV: the same rows.
    const QString fresh = dir.path(QStringLiteral("fresh.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), fresh}).exitCode == 0);
    REQUIRE(test::runCli({QStringLiteral("availability"), QStringLiteral("import"), fresh, ics}).exitCode == 0);
    const QString fromIcs = dir.path(QStringLiteral("from-ics.csv"));
    REQUIRE(test::runCli({QStringLiteral("availability"), QStringLiteral("export"), fresh, QStringLiteral("-o"), fromIcs})
                .exitCode == 0);
    CHECK(test::readFile(fromIcs) == test::readFile(again));

    // Bad input: usage errors and a bad file, each saying why, nothing changed.
    const QByteArray imported = test::sha256(event);
    run = test::runCli({QStringLiteral("availability"), QStringLiteral("import"), event, dir.path(QStringLiteral("x.txt"))});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("must end in .csv or .ics")));
    const QString bad = dir.path(QStringLiteral("bad.csv"));
    test::writeFile(bad, "person,day,from,to\nNobody,2018-12-14,09:00,10:00\n");
    run = test::runCli({QStringLiteral("availability"), QStringLiteral("import"), event, bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("line 2, field “person”")));
    CHECK(test::sha256(event) == imported);
}
