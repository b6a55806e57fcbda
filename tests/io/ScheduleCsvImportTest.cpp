#include "ScheduleTestSupport.h"

#include "io/ScheduleCsvColumns.h"
#include "model/Event.h"

#include <QFileInfo>
#include <QStringConverter>

using namespace scheduletest;

namespace {
// An empty event in UTC: CSV schedules carry no zone, their times are the event's.
QString emptyEvent(const test::TempDir &dir, const QString &name)
{
    Event event;
    event.name = QStringLiteral("CSV test");
    event.timeZoneId = "UTC";
    QString location;
    test::createTestEvent(dir, event, &location, QFileInfo(name).completeBaseName());
    return location;
}

test::CliRun import(const QString &podium, const QString &input, const QStringList &extra = {})
{
    return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("schedule"), podium, input} + extra);
}

const ScheduleSession *byTitle(const ScheduleDocument &doc, const QString &title)
{
    for (const ScheduleSession &s : doc.sessions)
        if (s.title == title)
            return &s;
    return nullptr;
}

// What the sessions CSV carries of a session, times in UTC, sorted.
QStringList csvLines(const ScheduleDocument &doc)
{
    QStringList lines;
    for (const ScheduleSession &s : doc.sessions) {
        QStringList speakers;
        for (const SchedulePerson &p : s.persons)
            speakers << p.name;
        lines << QStringList{s.start.toUTC().toString(Qt::ISODate), QString::number(s.durationMinutes), s.room,
                             s.track, toKey(s.type), s.title, speakers.join(QLatin1Char(','))}
                     .join(QLatin1Char('|'));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}
} // namespace

TEST_CASE("A pentabarf-era CSV schedule imports with speaker ids, links and multi-line descriptions", "[stores]")
{
    test::TempDir dir;
    const QString podium = emptyEvent(dir, QStringLiteral("e.podium"));
    const test::CliRun run = import(podium, test::fixture(QStringLiteral("schedule/pentabarf-2011.csv")));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Read as UTF-8, separated by “,”.")));
    CHECK(run.out.contains(QStringLiteral("Columns: Room → room, Date → date, Day → day, Start → start, Duration → "
                                          "duration, Title → title, ID → id, Abstract → abstract, Description → "
                                          "description, Language → language, Speakers → speakers, File URL → file_url.")));
    CHECK(run.out.contains(QLatin1String("sessions added: 5")));
    CHECK(run.out.contains(QLatin1String("new rooms: 2")));
    CHECK(run.out.contains(QLatin1String("new people: 6")));

    const ScheduleDocument doc = documentOf(podium);
    CHECK(doc.conference.title == QStringLiteral("CSV test")); // the file has no title: the event keeps its name
    REQUIRE(doc.sessions.size() == 5);
    const ScheduleSession *keynote = byTitle(doc, QStringLiteral("Keynote: \"Open source, open data\""));
    REQUIRE(keynote);
    CHECK(keynote->start == QDateTime(QDate(2011, 2, 5), QTime(10, 30), Qt::UTC));
    CHECK(keynote->durationMinutes == 50);
    CHECK(keynote->externalId == 1002);
    CHECK(keynote->description == QStringLiteral("First paragraph.\nSecond paragraph, with a comma, and \"quotes\".\n\n"
                                                 "Third paragraph after an empty line."));
    REQUIRE(keynote->links.size() == 1);
    CHECK(keynote->links[0].url == QStringLiteral("https://example.org/slides/1002.pdf"));
    const ScheduleSession *workshop = byTitle(doc, QStringLiteral("Développement d'applications, partie 1"));
    REQUIRE(workshop);
    CHECK(workshop->room == QStringLiteral("H.1301"));
    CHECK(workshop->language == QStringLiteral("fr"));
    QStringList speakers;
    for (const SchedulePerson &p : workshop->persons)
        speakers << QStringLiteral("%1:%2").arg(p.externalId.value_or(-1)).arg(p.name);
    CHECK(speakers == QStringList{QStringLiteral("12:Élise Dupont"), QStringLiteral("13:Marc Lévy"),
                                  QStringLiteral("7:Ana Ferreira")});
    // Ana Ferreira (id 7) speaks twice and is one person.
    CHECK(personLines(doc).filter(QStringLiteral("Ana Ferreira")).size() == 1);
    const ScheduleSession *closing = byTitle(doc, QStringLiteral("Closing panel"));
    REQUIRE(closing);
    CHECK(closing->start == QDateTime(QDate(2011, 2, 6), QTime(9, 30), Qt::UTC));

    // The same file again, merged: the ids keep the sessions the same, and nothing changed.
    const test::CliRun again = import(podium, test::fixture(QStringLiteral("schedule/pentabarf-2011.csv")),
                                      {QStringLiteral("--merge")});
    CHECK(again.out.contains(QLatin1String("sessions added: 0, changed: 0, unchanged: 5")));
}

TEST_CASE("Podium's sessions CSV export imports into a new event with the same programme", "[stores]")
{
    test::TempDir dir;
    // The small conference, its times given in UTC (a CSV carries no zone).
    QByteArray xml = test::readFile(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    xml.replace("<time_zone_name>Europe/Luxembourg</time_zone_name>", "<time_zone_name>UTC</time_zone_name>");
    const QString source = dir.path(QStringLiteral("source.xml"));
    test::writeFile(source, xml);
    const QString first = emptyEvent(dir, QStringLiteral("first.podium"));
    REQUIRE(import(first, source).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("sessions.csv"));
    const test::CliRun exported =
        test::runCli({QStringLiteral("export"), QStringLiteral("schedule"), first, QStringLiteral("-o"), csv});
    REQUIRE(exported.exitCode == 0);

    const QString second = emptyEvent(dir, QStringLiteral("second.podium"));
    const test::CliRun run = import(second, csv);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Columns: Day → day, Start → start, End → end, Room → room, Track → track, "
                                          "Type → type, Title → title, Speakers → speakers, GUID → guid.")));
    const ScheduleDocument a = documentOf(first);
    const ScheduleDocument b = documentOf(second);
    CHECK(csvLines(a) == csvLines(b));
    CHECK(roomNames(a) == roomNames(b));
    CHECK(b.sessions.size() == 4);

    // The sheet merged back into the event it came from: its GUIDs find the same sessions.
    const test::CliRun back = import(first, csv, {QStringLiteral("--merge")});
    INFO(back.err.toStdString());
    CHECK(back.out.contains(QLatin1String("sessions added: 0, changed: 0, unchanged: 4, not in the file (kept): 0")));

    // Edited in a spreadsheet: a title changes; what the sheet has no column for (abstracts) stays.
    QByteArray sheet = test::readFile(csv);
    sheet.replace("Closing remarks", "Closing words");
    test::writeFile(csv, sheet);
    const test::CliRun edited = import(first, csv, {QStringLiteral("--merge")});
    CHECK(edited.out.contains(QLatin1String("changed: 1, unchanged: 3")));
    CHECK(edited.out.contains(QStringLiteral("title: “Closing remarks” → “Closing words”")));
    const ScheduleDocument after = documentOf(first);
    for (const ScheduleSession &s : a.sessions) {
        const auto same = std::find_if(after.sessions.cbegin(), after.sessions.cend(),
                                       [&](const ScheduleSession &o) { return o.guid == s.guid; });
        REQUIRE(same != after.sessions.cend());
        CHECK(same->abstract == s.abstract);
        CHECK(same->links == s.links);
    }
}

TEST_CASE("Speakers given as names with commas, semicolon-separated Windows-1252 files and End columns are read", "[stores]")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("programme.csv"));
    const QString text = QStringLiteral("Titre;Salle;Date;Début;Fin;Intervenants;Type\r\n"
                                        "Ouverture;Amphithéâtre;30.05.2024;09:00;09:30;Anna Chioti, Jérôme Kieffer;Keynote\r\n"
                                        "Soirée;Amphithéâtre;30.05.2024;23:30;00:30;;Networking\r\n"
                                        // Parallel sessions of the same title are two sessions.
                                        "Pause café;Amphithéâtre;30.05.2024;10:30;11:00;;Pause\r\n"
                                        "Pause café;Salle 2;30.05.2024;10:30;11:00;;Pause\r\n");
    auto encode = QStringEncoder("windows-1252");
    test::writeFile(input, encode(text));
    const QString podium = emptyEvent(dir, QStringLiteral("e.podium"));
    const test::CliRun run = import(podium, input);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("separated by “;”")));
    const ScheduleDocument doc = documentOf(podium);
    const ScheduleSession *opening = byTitle(doc, QStringLiteral("Ouverture"));
    REQUIRE(opening);
    CHECK(opening->room == QStringLiteral("Amphithéâtre"));
    CHECK(opening->durationMinutes == 30);
    CHECK(opening->type == SessionType::Keynote);
    REQUIRE(opening->persons.size() == 2);
    CHECK(opening->persons[1].name == QStringLiteral("Jérôme Kieffer"));
    const ScheduleSession *evening = byTitle(doc, QStringLiteral("Soirée"));
    REQUIRE(evening);
    CHECK(evening->durationMinutes == 60); // ends after midnight
    CHECK(evening->type == SessionType::Networking);
    CHECK(doc.sessions.size() == 4);
    CHECK(roomNames(doc).contains(QStringLiteral("Salle 2")));
}

TEST_CASE("A CSV schedule with bad rows names every bad line and imports nothing", "[stores]")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("bad.csv"));
    test::writeFile(input, "Room,Date,Start,Duration,Title,Speakers\n"
                           "Hall,2024-05-30,09:00,00:30,Fine,Anna\n"
                           "Hall,2024-05-30,9h30,00:30,Bad time,\n"
                           "Hall,\"2024-05-30\",10:00,00:30,\"A title over\n"
                           "two lines\",\n"
                           "Hall,30/05/2024,10:30,00:30,Bad date,\n"
                           "Hall,2024-05-30,11:00,half an hour,Bad duration,\n"
                           ",2024-05-30,11:30,00:30,No room,\n");
    const QString podium = emptyEvent(dir, QStringLiteral("e.podium"));
    const QByteArray before = test::eventState(podium);
    const test::CliRun run = import(podium, input);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QLatin1String("nothing was imported")));
    CHECK(run.err.contains(QStringLiteral("line 3, column “Start”: “9h30” is not a time like 09:30.")));
    CHECK(run.err.contains(QStringLiteral("line 6, column “Date”: “30/05/2024” is not a date like 2024-05-30.")));
    CHECK(run.err.contains(QStringLiteral("line 7: column “duration” “half an hour” is not a duration like 00:30.")));
    CHECK(run.err.contains(QStringLiteral("line 8: the event “No room” has no column “room”.")));
    CHECK_FALSE(run.err.contains(QLatin1String("line 2")));
    CHECK_FALSE(run.err.contains(QLatin1String("line 4")));
    CHECK(test::eventState(podium) == before);

    const QString fresh = newEvent(dir, QStringLiteral("fresh.podium"));
    const QByteArray freshBefore = newEventState(fresh);
    CHECK(import(fresh, input).exitCode == 2);
    CHECK(newEventState(fresh) == freshBefore);
}

TEST_CASE("A CSV schedule without the columns a programme needs names what is missing", "[stores]")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("partial.csv"));
    test::writeFile(input, "Title,Speakers,Notes\nOpening,Anna,\n");
    const QString podium = newEvent(dir, QStringLiteral("e.podium"));
    const QByteArray before = newEventState(podium);
    const test::CliRun run = import(podium, input);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("no column holds a room (“Room”), a start time (“Start”)")));
    CHECK(run.err.contains(QLatin1String("(the columns are: Title, Speakers, Notes)")));
    CHECK(newEventState(podium) == before);

    auto twice = ScheduleCsvColumns::map({QStringLiteral("Title"), QStringLiteral("Titel"), QStringLiteral("Room")});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().contains(QStringLiteral("columns “Title” and “Titel” both hold the title")));
}

TEST_CASE("Schedule files are told apart by what they start with, whatever their name", "[stores]")
{
    test::TempDir dir;
    const QString misnamed = dir.path(QStringLiteral("schedule.txt"));
    test::writeFile(misnamed, test::readFile(test::fixture(QStringLiteral("schedule/small-conference.json"))));
    const test::CliRun run = import(newEvent(dir, QStringLiteral("e.podium")), misnamed);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("sessions added: 4")));
}

TEST_CASE("podium-cli import schedule --map says what a CSV column holds when its header does not", "[stores]")
{
    test::TempDir dir;
    const QString input = dir.path(QStringLiteral("programm.csv"));
    test::writeFile(input, QStringLiteral("Saal,Datum,Uhrzeit,Länge,Vortrag,Notiz\n"
                                          "Hörsaal 1,2024-05-30,09:00,45,Eröffnung,intern\n")
                               .toUtf8());
    const QString podium = emptyEvent(dir, QStringLiteral("e.podium"));
    const test::CliRun unmapped = import(podium, input);
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.contains(QStringLiteral("no column holds a title (“Title”)")));

    const test::CliRun wrong = import(podium, input, {QStringLiteral("--map"), QStringLiteral("Vortrag=headline")});
    CHECK(wrong.exitCode == 2);
    CHECK(wrong.err.contains(QStringLiteral("“headline” is not a session field")));

    const test::CliRun mapped = import(podium, input, {QStringLiteral("--map"), QStringLiteral("Vortrag=title")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out.contains(QStringLiteral("Saal → room, Datum → date, Uhrzeit → start, Länge → duration, "
                                             "Vortrag → title, Notiz → (not imported)")));
    const ScheduleDocument doc = documentOf(podium);
    REQUIRE(doc.sessions.size() == 1);
    CHECK(doc.sessions[0].title == QStringLiteral("Eröffnung"));
    CHECK(doc.sessions[0].room == QStringLiteral("Hörsaal 1"));
    CHECK(doc.sessions[0].durationMinutes == 45);
}
