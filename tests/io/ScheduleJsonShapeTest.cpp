#include "ScheduleTestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace {
using Edit = std::function<void(QJsonObject &conference)>;

QJsonObject day0Rooms(const QJsonObject &conference)
{
    return conference[QLatin1String("days")].toArray()[0].toObject()[QLatin1String("rooms")].toObject();
}

// Replaces the first day's rooms (read, edit, write back: QJsonObject holds values, not references).
void setDay0Rooms(QJsonObject &conference, const QJsonValue &rooms)
{
    QJsonArray days = conference[QLatin1String("days")].toArray();
    QJsonObject day = days[0].toObject();
    day[QLatin1String("rooms")] = rooms;
    days[0] = day;
    conference[QLatin1String("days")] = days;
}

// The first event of the Auditorium on the first day, edited.
void editFirstEvent(QJsonObject &conference, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject rooms = day0Rooms(conference);
    QJsonArray events = rooms[QLatin1String("Auditorium")].toArray();
    QJsonObject event = events[0].toObject();
    edit(event);
    events[0] = event;
    rooms[QLatin1String("Auditorium")] = events;
    setDay0Rooms(conference, rooms);
}

QByteArray editedSchedule(const Edit &edit)
{
    QJsonObject root = QJsonDocument::fromJson(test::readFile(test::fixture(QStringLiteral("schedule/small-conference.json")))).object();
    QJsonObject schedule = root[QLatin1String("schedule")].toObject();
    QJsonObject conference = schedule[QLatin1String("conference")].toObject();
    edit(conference);
    schedule[QLatin1String("conference")] = conference;
    root[QLatin1String("schedule")] = schedule;
    return QJsonDocument(root).toJson();
}

struct ShapeCase
{
    const char *name;
    Edit edit;
    const char *message;
};
} // namespace

TEST_CASE("A schedule.json with a value of the wrong type is refused with its path, and changes nothing")
{
    const QList<ShapeCase> cases = {
        {"days a string", [](QJsonObject &c) { c[QLatin1String("days")] = QStringLiteral("three"); },
         "schedule.conference.days: expected an array, found a string"},
        {"a day's rooms an array", [](QJsonObject &c) { setDay0Rooms(c, QJsonArray{QStringLiteral("Auditorium")}); },
         "schedule.conference.days[0].rooms: expected an object, found an array"},
        {"a room's events an object",
         [](QJsonObject &c) {
             QJsonObject rooms = day0Rooms(c);
             rooms[QLatin1String("Auditorium")] = QJsonObject();
             setDay0Rooms(c, rooms);
         },
         "schedule.conference.days[0].rooms[\"Auditorium\"]: expected an array, found an object"},
        {"a number for a title",
         [](QJsonObject &c) { editFirstEvent(c, [](QJsonObject &e) { e[QLatin1String("title")] = 42; }); },
         "schedule.conference.days[0].rooms[\"Auditorium\"][0].title: expected a string, found a number"},
        {"persons an object",
         [](QJsonObject &c) { editFirstEvent(c, [](QJsonObject &e) { e[QLatin1String("persons")] = QJsonObject(); }); },
         "schedule.conference.days[0].rooms[\"Auditorium\"][0].persons: expected an array, found an object"},
        {"a person's name a number",
         [](QJsonObject &c) {
             editFirstEvent(c, [](QJsonObject &e) {
                 e[QLatin1String("persons")] = QJsonArray{QJsonObject{{QStringLiteral("name"), 7}}};
             });
         },
         "schedule.conference.days[0].rooms[\"Auditorium\"][0].persons[0].name: expected a string, found a number"},
        {"the conference rooms an object", [](QJsonObject &c) { c[QLatin1String("rooms")] = QJsonObject(); },
         "schedule.conference.rooms: expected an array, found an object"},
        {"the conference title an array", [](QJsonObject &c) { c[QLatin1String("title")] = QJsonArray(); },
         "schedule.conference.title: expected a string, found an array"},
        {"a track a string", [](QJsonObject &c) { c[QLatin1String("tracks")] = QJsonArray{QStringLiteral("Policy")}; },
         "schedule.conference.tracks[0]: expected an object, found a string"},
    };
    test::TempDir dir;
    const QString podium = dir.path(QStringLiteral("event.podium"));
    REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                          test::fixture(QStringLiteral("schedule/small-conference.json"))})
                .exitCode == 0);
    const QByteArray before = test::sha256(podium);
    for (const ShapeCase &c : cases) {
        INFO(c.name);
        const QString input = dir.path(QStringLiteral("bad.json"));
        test::writeFile(input, editedSchedule(c.edit));
        const test::CliRun merged = test::runCli(
            {QStringLiteral("import"), QStringLiteral("schedule"), podium, input, QStringLiteral("--merge")});
        CHECK(merged.exitCode == 2);
        CHECK(merged.err.contains(QLatin1String("bad.json")));
        CHECK(merged.err.contains(QString::fromUtf8(c.message)));
        CHECK(test::sha256(podium) == before);
        const QString fresh = dir.path(QStringLiteral("fresh.podium"));
        CHECK(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), fresh, input}).exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
}

TEST_CASE("Links given as plain URL strings, as the C3VOC schema allows, are read")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("links.json"));
    test::writeFile(input, editedSchedule([](QJsonObject &c) {
                        editFirstEvent(c, [](QJsonObject &e) {
                            e[QLatin1String("links")] = QJsonArray{QStringLiteral("https://example.org/a")};
                        });
                    }));
    const QString podium = dir.path(QStringLiteral("e.podium"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, input});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    bool found = false;
    for (const ScheduleSession &s : scheduletest::documentOf(podium).sessions)
        found = found || (s.links.size() == 1 && s.links[0].url == QLatin1String("https://example.org/a"));
    CHECK(found);
}

TEST_CASE("A schedule 2 file (events beside the days) is refused instead of importing nothing")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("hub.json"));
    // The layout of the C3VOC hub's schedule 2 export (validator/json/examples/hub-schedule2.json of voc/schedule).
    test::writeFile(input, R"({"schedule": {"version": "2", "conference": {"acronym": "camp", "title": "Camp",
        "start": "2023-08-15", "end": "2023-08-19", "time_zone_name": "Europe/Berlin",
        "days": [{"index": 0, "date": "2023-08-15", "start": "2023-08-15T06:00:00+02:00", "end": "2023-08-16T04:00:00+02:00"}]},
        "events": [{"guid": "6c8b1a9e-8b2c-4f62-9d0e-2f6f3d6f9d11", "start": "2023-08-15T12:00:00+02:00",
                    "end": "2023-08-15T13:00:00+02:00", "room": {"name": "Stage"}, "title": "Opening"}]}})");
    const QString podium = dir.path(QStringLiteral("e.podium"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, input});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("schedule.events")));
    CHECK(run.err.contains(QStringLiteral("“schedule 2”")));
    CHECK_FALSE(QFileInfo::exists(podium));
}
