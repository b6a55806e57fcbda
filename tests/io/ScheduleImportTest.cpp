#include "ScheduleTestSupport.h"

#include "io/FrabXmlReader.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "model/Event.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"

#include <QBuffer>

using namespace scheduletest;

namespace {
QString importInto(const QString &podium, const QString &input, const QStringList &extra = {})
{
    const test::CliRun run = test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("schedule"), podium, input} + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

void exportTo(const QString &podium, const QString &output)
{
    const test::CliRun run =
        test::runCli({QStringLiteral("export"), QStringLiteral("schedule"), podium, QStringLiteral("-o"), output});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Import, export in `format`, import the export: the same programme both times.
void checkRoundTrip(const QString &fixture, const QString &format)
{
    test::TempDir dir;
    const QString first = newEvent(dir, QStringLiteral("first.podium"));
    const QString exported = dir.path(QStringLiteral("export.") + format);
    const QString second = newEvent(dir, QStringLiteral("second.podium"));
    importInto(first, test::fixture(fixture));
    exportTo(first, exported);
    importInto(second, exported);
    const ScheduleDocument a = documentOf(first);
    const ScheduleDocument b = documentOf(second);
    CHECK(sessionLines(a) == sessionLines(b));
    CHECK(roomNames(a) == roomNames(b));
    CHECK(personLines(a) == personLines(b));
    CHECK(a.conference.title == b.conference.title);
    CHECK(a.conference.timeZoneId == b.conference.timeZoneId);
    CHECK(a.conference.firstDay == b.conference.firstDay);
    CHECK(a.conference.lastDay == b.conference.lastDay);
    CHECK(a.conference.dayChange == b.conference.dayChange);
}

Result<ScheduleDocument> readXml(const QByteArray &xml, const ProgressCallback &progress = {})
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return FrabXmlReader::read(buffer, QStringLiteral("test.xml"), progress);
}
} // namespace

TEST_CASE("Importing a frab XML schedule creates the event with its sessions, rooms, people and times", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("ossday.podium"));
    const QString out = importInto(podium, test::fixture(QStringLiteral("schedule/small-conference.xml")));
    CHECK(out.contains(QLatin1String("sessions added: 4")));
    auto file = test::openTestEvent(podium);
    const Event event = file->event().load().value();
    CHECK(event.name == QStringLiteral("Open Science Day 2025"));
    CHECK(event.acronym == QStringLiteral("ossday-2025"));
    CHECK(event.timeZoneId == "Europe/Luxembourg");
    CHECK(event.firstDay == QDate(2025, 5, 20));
    CHECK(event.lastDay == QDate(2025, 5, 21));

    const Session keynote = file->sessions().byGuid(QStringLiteral("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d")).value();
    CHECK(keynote.externalId == 101);
    CHECK(keynote.title == QStringLiteral("Opening keynote: why open data, why now"));
    CHECK(keynote.subtitle == QStringLiteral("Ten years of FAIR, in practice"));
    CHECK(keynote.type == SessionType::Keynote);
    CHECK(keynote.start == QDateTime(QDate(2025, 5, 20), QTime(7, 0), Qt::UTC));
    CHECK(keynote.durationMinutes == 45);
    CHECK(keynote.description.contains(QStringLiteral("\"quotes\" & <tags>")));
    REQUIRE(keynote.links.size() == 1);
    CHECK(keynote.links[0].url == QStringLiteral("https://example.org/slides/101.pdf"));
    CHECK(keynote.links[0].title == QStringLiteral("Slides"));

    const auto roles = file->sessions().roles(keynote.id).value();
    REQUIRE(roles.size() == 1);
    const Person kessler = file->people().byId(roles[0].personId).value();
    CHECK(kessler.title == QStringLiteral("Prof. Dr."));
    CHECK(kessler.firstName == QStringLiteral("Marie"));
    CHECK(kessler.lastName == QStringLiteral("Kessler"));
    CHECK(kessler.guid == QStringLiteral("7c9e6679-7425-40de-944b-e07fc1f90ae7"));
    CHECK(kessler.externalId == 11);
    // The same person in two sessions is one person; four people in all.
    CHECK(file->people().count().value() == 4);
    CHECK(file->sessions().count().value() == 4);
}

TEST_CASE("The XML and JSON versions of a schedule import to the same programme")
{
    auto xml = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    auto json = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/small-conference.json")));
    REQUIRE(xml.ok());
    REQUIRE(json.ok());
    CHECK(sessionLines(xml.value()) == sessionLines(json.value()));
    CHECK(personLines(xml.value()) == personLines(json.value()));
    CHECK(roomNames(xml.value()) == roomNames(json.value()));
    CHECK(xml->conference.timeZoneId == json->conference.timeZoneId);
    CHECK(xml->tracks.size() == json->tracks.size());
}

TEST_CASE("Round trip import, export, import keeps sessions, rooms, people, GUIDs and times", "[stores]")
{
    for (const QString &fixture : {QStringLiteral("schedule/small-conference.xml"), QStringLiteral("schedule/crossing-midnight.xml"),
                                  QStringLiteral("schedule/new-york.xml")}) {
        for (const QString &format : {QStringLiteral("xml"), QStringLiteral("json")}) {
            INFO((fixture + QLatin1Char(' ') + format).toStdString());
            checkRoundTrip(fixture, format);
        }
    }
}

TEST_CASE("A night programme keeps sessions after midnight on the day they are listed under")
{
    auto doc = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/crossing-midnight.xml")));
    REQUIRE(doc.ok());
    CHECK(doc->conference.dayChange == QTime(4, 0));
    QHash<QString, QDateTime> starts;
    for (const ScheduleSession &s : doc->sessions)
        starts.insert(s.title, s.start);
    // 23:30 and 01:00 Berlin summer time (UTC+2).
    CHECK(starts.value(QStringLiteral("Across midnight")) == QDateTime(QDate(2025, 8, 14), QTime(21, 30), Qt::UTC));
    CHECK(starts.value(QStringLiteral("After midnight")) == QDateTime(QDate(2025, 8, 14), QTime(23, 0), Qt::UTC));
    const QList<ScheduleDay> days = doc->timetable();
    REQUIRE(days.size() == 1);
    CHECK(days[0].date == QDate(2025, 8, 14));
    CHECK(days[0].rooms[0].sessions.size() == 3);
}

TEST_CASE("Times in New York are read with their offsets across the daylight saving change")
{
    auto doc = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/new-york.xml")));
    REQUIRE(doc.ok());
    CHECK(doc->conference.timeZoneId == "America/New_York");
    QHash<QString, QDateTime> starts;
    for (const ScheduleSession &s : doc->sessions)
        starts.insert(s.guid, s.start);
    CHECK(starts.value(QStringLiteral("22222222-3333-4444-8555-666666666601")) == QDateTime(QDate(2025, 3, 8), QTime(15, 0), Qt::UTC));
    CHECK(starts.value(QStringLiteral("22222222-3333-4444-8555-666666666602")) == QDateTime(QDate(2025, 3, 9), QTime(14, 0), Qt::UTC));
}

TEST_CASE("Bad schedules are refused with the place of the problem and change nothing", "[stores]")
{
    struct Case
    {
        const char *file;
        const char *expected;
    };
    const Case cases[] = {
        {"malformed.xml", "line 13, column 14"},
        {"doctype-entities.xml", "DOCTYPE"},
        {"missing-title.xml", "line 17: the event has no <title>"},
        {"bad-time.xml", "line 11: <date> “2025-05-20T25:00:00+02:00”"},
        {"bad-time.json", "\"duration\" “half an hour” is not a duration"},
        {"malformed.json", "line 2, column"},
    };
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("event.podium"));
    importInto(podium, test::fixture(QStringLiteral("schedule/small-conference.xml")));
    const QByteArray before = test::eventState(podium);
    for (const Case &c : cases) {
        INFO(c.file);
        const QString input = test::fixture(QStringLiteral("schedule/") + QLatin1String(c.file));
        const test::CliRun merged = test::runCli(
            {QStringLiteral("import"), QStringLiteral("schedule"), podium, input, QStringLiteral("--merge")});
        CHECK(merged.exitCode == 2);
        CHECK(merged.err.contains(QLatin1String(c.file)));
        CHECK(merged.err.contains(QString::fromUtf8(c.expected)));
        CHECK(test::eventState(podium) == before);
        // Into a new event: no file is left behind (on the server: the new event stays empty).
        const QString fresh = newEvent(dir, QStringLiteral("fresh.podium"));
        const QByteArray freshBefore = newEventState(fresh);
        CHECK(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), fresh, input}).exitCode == 2);
        CHECK(newEventState(fresh) == freshBefore);
    }
}

TEST_CASE("A DOCTYPE is refused before any entity is expanded")
{
    // A billion laughs would be gigabytes if expanded; the refusal is immediate.
    auto doc = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/doctype-entities.xml")));
    REQUIRE_FALSE(doc.ok());
    CHECK(doc.error().contains(QLatin1String("DOCTYPE")));
}

TEST_CASE("Unknown elements are skipped with a warning naming them", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("x.podium"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                                           test::fixture(QStringLiteral("schedule/unknown-elements.xml"))});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QLatin1String("line 8: unknown element <sponsor> in <conference> ignored")));
    CHECK(run.err.contains(QLatin1String("<hashtag>")));
    CHECK(run.err.contains(QLatin1String("and 1 more like it")));
    CHECK(documentOf(podium).sessions.size() == 2);
}

TEST_CASE("Importing into an event with a programme needs --merge, which matches sessions by GUID", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("event.podium"));
    importInto(podium, test::fixture(QStringLiteral("schedule/small-conference.xml")));
    const QByteArray before = test::eventState(podium);
    const test::CliRun refused = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                                               test::fixture(QStringLiteral("schedule/small-conference.xml"))});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("--merge")));
    CHECK(test::eventState(podium) == before);

    // A new version of the schedule: one session renamed and moved, one new session.
    QByteArray xml = test::readFile(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    xml.replace("<title>Closing remarks</title>", "<title>Closing remarks and awards</title>");
    xml.replace("<date>2025-05-21T16:30:00+02:00</date>", "<date>2025-05-21T17:00:00+02:00</date>");
    xml.replace("</room>\n  </day>\n</schedule>",
                "<event guid=\"e0e0e0e0-1111-4222-8333-444444444444\" id=\"105\"><date>2025-05-21T17:30:00+02:00</date>"
                "<duration>00:15</duration><room>Auditorium</room><title>Farewell drinks</title><type>networking</type>"
                "</event></room>\n  </day>\n</schedule>");
    const QString updated = dir.path(QStringLiteral("updated.xml"));
    test::writeFile(updated, xml);
    const QString out = importInto(podium, updated, {QStringLiteral("--merge")});
    CHECK(out.contains(QLatin1String("sessions added: 1, changed: 1, unchanged: 3")));
    CHECK(out.contains(QStringLiteral("changed: “Closing remarks and awards” (d15ea5e0-bbbb-4ccc-8ddd-eeeeffff0000): title, start time")));
    CHECK(out.contains(QLatin1String("new rooms: 0")));
    CHECK(out.contains(QLatin1String("new people: 0")));
    auto file = test::openTestEvent(podium);
    CHECK(file->sessions().count().value() == 5);
    const Session closing = file->sessions().byGuid(QStringLiteral("d15ea5e0-bbbb-4ccc-8ddd-eeeeffff0000")).value();
    CHECK(closing.title == QStringLiteral("Closing remarks and awards"));
    CHECK(closing.start == QDateTime(QDate(2025, 5, 21), QTime(15, 0), Qt::UTC));
    CHECK(file->sessions().byGuid(QStringLiteral("e0e0e0e0-1111-4222-8333-444444444444")).value().type
          == SessionType::Networking);
}

TEST_CASE("A large schedule is streamed with progress, and cancelling imports nothing", "[stores]")
{
    QByteArray xml = "<?xml version=\"1.0\"?><schedule><version>1</version><conference><title>Big</title>"
                     "<time_zone_name>UTC</time_zone_name></conference>"
                     "<day index=\"1\" date=\"2030-01-01\" start=\"2030-01-01T00:00:00Z\" end=\"2030-01-02T00:00:00Z\">"
                     "<room name=\"Hall\">";
    for (int i = 1; i <= 20000; ++i)
        xml += QStringLiteral("<event guid=\"%1\" id=\"%2\"><date>2030-01-01T09:00:00Z</date><duration>00:10</duration>"
                              "<room>Hall</room><title>Talk %2</title><abstract>%3</abstract></event>")
                   .arg(ScheduleDocument::stableGuid(QString::number(i)))
                   .arg(i)
                   .arg(QString(200, QLatin1Char('x')))
                   .toUtf8();
    xml += "</room></day></schedule>";
    QList<qint64> reported;
    auto doc = readXml(xml, [&](qint64 done, qint64 total) {
        CHECK(total == xml.size());
        reported << done;
        return true;
    });
    REQUIRE(doc.ok());
    CHECK(doc->sessions.size() == 20000);
    REQUIRE(reported.size() > 10);
    CHECK(std::is_sorted(reported.begin(), reported.end()));
    CHECK(reported.last() > xml.size() / 2);

    int calls = 0;
    auto cancelled = readXml(xml, [&](qint64, qint64) { return ++calls < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().contains(QLatin1String("cancelled")));

    test::TempDir dir;
    auto file = test::createTestEvent(dir, Event(), nullptr, QStringLiteral("big"));
    ScheduleImporter::Options options;
    int steps = 0;
    options.progress = [&](qint64, qint64) { return ++steps < 5; };
    auto imported = ScheduleImporter::run(*file, doc.value(), options);
    REQUIRE_FALSE(imported.ok());
    CHECK(file->sessions().count().value() == 0);
    CHECK(file->rooms().count().value() == 0);
}

TEST_CASE("Undoing an import gives back the event as it was", "[stores]")
{
    test::TempDir dir;
    Event original;
    original.name = QStringLiteral("My event");
    original.timeZoneId = "Europe/Luxembourg";
    original.firstDay = QDate(2025, 1, 1);
    original.lastDay = original.firstDay;
    auto file = test::createTestEvent(dir, original);
    auto doc = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/crossing-midnight.xml")));
    REQUIRE(doc.ok());
    auto done = ScheduleImporter::run(*file, doc.value(), {});
    REQUIRE(done.ok());
    CHECK(file->event().load().value().name == QStringLiteral("Night Camp 2025"));
    REQUIRE(ScheduleImporter::undo(*file, done.value()).ok());
    CHECK(file->event().load().value() == original);
    CHECK(ScheduleImporter::isEmpty(*file).value());
}
