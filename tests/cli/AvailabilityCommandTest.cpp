// podium-cli availability import|export on the demo event, as a script would use them.
#include "support/TestSupport.h"

#include <QFile>

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

TEST_CASE("podium-cli constraints sets, checks and round-trips sessions' constraints and the event's rules")
{
    test::TempDir dir;
    const QString event = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), event}).exitCode == 0);
    const QString untouched = dir.path(QStringLiteral("untouched.podium"));
    REQUIRE(QFile::copy(event, untouched));
    const QString rules = dir.path(QStringLiteral("rules.json"));
    // By title: the demo's welcome address must be in Seminar Room 1 and wants 500 seats; lunch is kept free.
    test::writeFile(rules, R"({
  "sessions": [
    { "session": "Welcome address", "fixedRoom": "Seminar Room 1", "seats": "fixed", "minSeats": 500 }
  ],
  "breaks": [ { "start": "2018-12-14T12:30:00", "end": "2018-12-14T13:30:00", "label": "Lunch" } ],
  "personGapMinutes": 10
})");
    auto run = test::runCli({QStringLiteral("constraints"), QStringLiteral("import"), event, rules});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Set the constraints of 1 session and the event's rules.")));
    run = test::runCli({QStringLiteral("check"), event});
    CHECK(run.out.contains(QStringLiteral("must be in Seminar Room 1")));
    CHECK(run.out.contains(QStringLiteral("needs at least 500 seats")));

    const QString exported = dir.path(QStringLiteral("exported.json"));
    REQUIRE(test::runCli({QStringLiteral("constraints"), QStringLiteral("export"), event, QStringLiteral("-o"), exported})
                .exitCode == 0);
    const QByteArray json = test::readFile(exported);
    CHECK(json.contains("\"fixedRoom\": \"Seminar Room 1\""));
    CHECK(json.contains("\"start\": \"2018-12-14T12:30:00+01:00\""));
    // Into the same event without them, then out again: the same file.
    REQUIRE(test::runCli({QStringLiteral("constraints"), QStringLiteral("import"), untouched, exported}).exitCode == 0);
    const QString again = dir.path(QStringLiteral("again.json"));
    REQUIRE(test::runCli({QStringLiteral("constraints"), QStringLiteral("export"), untouched, QStringLiteral("-o"), again})
                .exitCode == 0);
    CHECK(test::readFile(again) == json);

    // Mistakes are named by where they are, and change nothing.
    const QByteArray before = test::sha256(event);
    test::writeFile(rules, R"({ "sessions": [ { "session": "No such talk" },
      { "session": "Welcome address", "allowedRooms": ["Cellar"], "seats": "many" } ],
      "tracks": [ { "track": "Nope", "atOnce": 2 } ] })");
    run = test::runCli({QStringLiteral("constraints"), QStringLiteral("import"), event, rules});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("sessions[0].session: no session has the GUID or title “No such talk”")));
    CHECK(run.err.contains(QStringLiteral("sessions[1].allowedRooms: the event has no room called “Cellar”")));
    CHECK(run.err.contains(QStringLiteral("sessions[1].seats: “many” is not one of")));
    CHECK(run.err.contains(QStringLiteral("tracks[0].track: the event has no track called “Nope”")));
    CHECK(test::sha256(event) == before);
}
