// Real and realistic schedules in and out without losing anything: time
// zones never guessed, programme days with their own bounds, every field a
// schedule carries, GUIDs byte for byte, and exports that the C3VOC XSD and
// JSON schema accept (validated with xmllint and python3-jsonschema).
#include "ScheduleTestSupport.h"

#include "io/ScheduleFiles.h"
#include "model/Event.h"
#include "print/PrintData.h"
#include "schedule/ProgrammeDays.h"
#include "storage/EventRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace scheduletest;

namespace {
test::CliRun importSchedule(const QString &podium, const QString &input, const QStringList &extra = {})
{
    return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("schedule"), podium, input} + extra);
}

void mustImport(const QString &podium, const QString &input, const QStringList &extra = {})
{
    const test::CliRun run = importSchedule(podium, input, extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

void mustExport(const QString &podium, const QString &output)
{
    const test::CliRun run =
        test::runCli({QStringLiteral("export"), QStringLiteral("schedule"), podium, QStringLiteral("-o"), output});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

QString fixture(const QString &name)
{
    return test::fixture(QStringLiteral("schedule/") + name);
}

std::unique_ptr<EventStore> openEvent(const QString &location)
{
    return test::openTestEvent(location);
}

Session sessionByGuid(const EventStore &file, const QString &guid)
{
    auto session = file.sessions().byGuid(guid);
    INFO(guid.toStdString());
    REQUIRE(session.ok());
    return session.value();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

QStringList dayDates(const QString &xmlPath)
{
    QStringList dates;
    const QString text = QString::fromUtf8(test::readFile(xmlPath));
    static const QRegularExpression day(QStringLiteral("<day index=\"\\d+\" date=\"([0-9-]+)\""));
    for (auto it = day.globalMatch(text); it.hasNext();)
        dates << it.next().captured(1);
    return dates;
}
} // namespace

TEST_CASE("A pentabarf file without zone or dates is read in the event's zone, never in UTC", "[stores]")
{
    // FOSDEM 2018's export (abridged): clock times only, no <date>, no <time_zone_name>.
    test::TempDir dir;
    const QString createdFile = dir.path(QStringLiteral("created.podium"));
    REQUIRE(test::runCli({QStringLiteral("new"), QStringLiteral("--name"), QStringLiteral("FOSDEM"), QStringLiteral("--start"),
                          QStringLiteral("2018-02-03"), QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels"),
                          createdFile})
                .exitCode == 0);
    const QString created = test::placeEvent(createdFile, QStringLiteral("created"));
    mustImport(created, fixture(QStringLiteral("fosdem-2018-excerpt.xml")));
    auto file = openEvent(created);
    CHECK(file->event().load()->timeZoneId == QByteArray("Europe/Brussels"));
    auto sessions = file->sessions().all().value();
    REQUIRE(sessions.size() == 5);
    const auto keynote = std::find_if(sessions.cbegin(), sessions.cend(),
                                      [](const Session &s) { return s.externalId == 6245; });
    REQUIRE(keynote != sessions.cend());
    CHECK(keynote->start == utc("2018-02-03T09:00:00Z")); // 10:00 in Brussels (UTC+1 in February)
    file.reset();

    // The calendar shows 10:00 in Brussels too.
    const QString ics = dir.path(QStringLiteral("fosdem.ics"));
    mustExport(created, ics);
    CHECK(unfoldedLines(test::readFile(ics)).contains(QStringLiteral("DTSTART;TZID=Europe/Brussels:20180203T100000")));

    // A new event file has no zone to read them in: the CLI asks for one, and writes nothing.
    // (On a server the import goes into an event that exists, and so has its zone.)
    const QString fresh = newEvent(dir, QStringLiteral("fresh.podium"));
    if (!test::onServer()) {
        const test::CliRun refused = importSchedule(fresh, fixture(QStringLiteral("fosdem-2018-excerpt.xml")));
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("--timezone")));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
    mustImport(fresh, fixture(QStringLiteral("fosdem-2018-excerpt.xml")),
               {QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels")});
    // The same moments either way (people get new GUIDs: the file gives none).
    auto moments = [](const QString &path) {
        QStringList out;
        for (const ScheduleSession &s : documentOf(path).sessions)
            out << s.guid + QLatin1Char(' ') + s.start.toString(Qt::ISODate);
        return out;
    };
    CHECK(moments(fresh) == moments(created));
    CHECK(documentOf(fresh).conference.venue == QStringLiteral("ULB (Université Libre de Bruxelles)"));
    CHECK(documentOf(fresh).conference.city == QStringLiteral("Brussels"));
}

TEST_CASE("A file with offsets only keeps its moments, never becomes a fixed-offset zone, and disagreeing offsets are reported", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("summer.podium"));
    const test::CliRun run = importSchedule(podium, fixture(QStringLiteral("offsets-only.xml")),
                                            {QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Brussels is at +02:00 in July: the talk written with +01:00 is named, with its place in the file.
    CHECK(run.err.contains(QStringLiteral("“Lunch talk with a winter offset”")));
    CHECK(run.err.contains(QStringLiteral("line ")));
    CHECK_FALSE(run.err.contains(QStringLiteral("“Welcome”")));
    auto file = openEvent(podium);
    CHECK(file->event().load()->timeZoneId == QByteArray("Europe/Brussels"));
    CHECK(sessionByGuid(*file, QStringLiteral("0b5c4e1a-7f7e-4a52-9d0e-3f3c1c9b2a11")).start == utc("2025-07-01T07:00:00Z"));
    CHECK(sessionByGuid(*file, QStringLiteral("0b5c4e1a-7f7e-4a52-9d0e-3f3c1c9b2a12")).start == utc("2025-07-01T13:00:00Z"));
    file.reset();
    const QString json = dir.path(QStringLiteral("summer.json"));
    mustExport(podium, json);
    const QJsonObject conference =
        QJsonDocument::fromJson(test::readFile(json)).object()[QStringLiteral("schedule")].toObject()[QStringLiteral("conference")].toObject();
    CHECK(conference[QStringLiteral("time_zone_name")].toString() == QStringLiteral("Europe/Brussels"));

    // Read alone, the document names no zone rather than inventing "UTC+02:00".
    auto doc = ScheduleFiles::read(fixture(QStringLiteral("offsets-only.xml")));
    REQUIRE(doc.ok());
    CHECK_FALSE(doc->conference.hasTimeZone());
}

TEST_CASE("A real pretalx file whose offsets disagree with its zone keeps the moments and says so", "[stores]")
{
    // voc/schedule's pretalx DemoCon example names UTC but writes +01:00.
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("democon.podium"));
    const test::CliRun run = importSchedule(podium, fixture(QStringLiteral("c3voc/pretalx-democon.json")));
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("warning: 36 session")));
    CHECK(run.err.contains(QStringLiteral("give a UTC offset that is not the offset of UTC")));
    CHECK(run.err.contains(QStringLiteral("and 26 more")));
    auto file = openEvent(podium);
    CHECK(file->event().load()->timeZoneId == QByteArray("UTC"));
    // "2020-12-14T09:00:00+01:00" is 08:00 UTC, whatever the zone's name says.
    CHECK(sessionByGuid(*file, QStringLiteral("8079583e-8321-506c-95af-fd2903a5f075")).start == utc("2020-12-14T08:00:00Z"));
}

TEST_CASE("Night sessions belong to the day they are listed under everywhere, and no empty day is exported", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("night.podium"));
    mustImport(podium, fixture(QStringLiteral("congress-night.json")));
    auto file = openEvent(podium);
    const Event event = file->event().load().value();
    CHECK(event.firstDay == QDate(2024, 12, 27));
    CHECK(event.lastDay == QDate(2024, 12, 28)); // the file's <end> is the morning after
    CHECK(event.dayChange == QTime(6, 0));
    const Session night = sessionByGuid(*file, QStringLiteral("d0e1f2a3-b4c5-4d6e-8f70-8192a3b4c5d6"));
    CHECK(night.start == utc("2024-12-27T23:55:00Z")); // 00:55 on the 28th in Hamburg

    auto days = ProgrammeDays::load(*file);
    REQUIRE(days.ok());
    CHECK(days->dayOf(night.start) == QDate(2024, 12, 27));
    CHECK(days->start(QDate(2024, 12, 27)) == utc("2024-12-27T09:00:00Z"));
    CHECK(days->end(QDate(2024, 12, 27)) == utc("2024-12-28T05:00:00Z"));
    // The printed programme, posters and room signs group by the same rule.
    auto print = PrintData::load(*file);
    REQUIRE(print.ok());
    CHECK(print->localDay(night) == QDate(2024, 12, 27));
    CHECK(print->programmeDays() == QList<QDate>{QDate(2024, 12, 27), QDate(2024, 12, 28)});
    file.reset();

    const QString xml = dir.path(QStringLiteral("night.xml"));
    mustExport(podium, xml);
    CHECK(dayDates(xml) == QStringList{QStringLiteral("2024-12-27"), QStringLiteral("2024-12-28")});
    const QString text = QString::fromUtf8(test::readFile(xml));
    CHECK(text.contains(QStringLiteral("date=\"2024-12-27\" start=\"2024-12-27T10:00:00+01:00\" end=\"2024-12-28T06:00:00+01:00\"")));
    const qsizetype day2 = text.indexOf(QStringLiteral("<day index=\"2\""));
    CHECK(text.indexOf(QStringLiteral("Chiptune night")) < day2);

    const QString csv = dir.path(QStringLiteral("night.csv"));
    mustExport(podium, csv);
    bool found = false;
    for (const QStringList &row : parseCsv(QString::fromUtf8(test::readFile(csv)))) {
        if (row.value(6) == QStringLiteral("Chiptune night")) {
            found = true;
            CHECK(row.value(0) == QStringLiteral("2024-12-27"));
            CHECK(row.value(1) == QStringLiteral("00:55"));
        }
    }
    CHECK(found);

    // A real frab export whose <end> is the day after its last day: five days, not six.
    const QString camp = newEvent(dir, QStringLiteral("camp.podium"));
    mustImport(camp, fixture(QStringLiteral("c3voc/frab-camp2019.json")));
    const QString campXml = dir.path(QStringLiteral("camp.xml"));
    mustExport(camp, campXml);
    CHECK(dayDates(campXml).size() == 5);
    CHECK(dayDates(campXml).last() == QStringLiteral("2019-08-25"));
}

TEST_CASE("Everything a schedule carries survives import, the file and export, GUIDs byte for byte", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("night.podium"));
    mustImport(podium, fixture(QStringLiteral("congress-night.json")));
    {
        auto file = openEvent(podium);
        const Event event = file->event().load().value();
        CHECK(event.venueName == QStringLiteral("Congress Centre Hall 1"));
        CHECK(event.city == QStringLiteral("Hamburg"));
        CHECK(event.url == QStringLiteral("https://events.example.org/nightcon24/"));
        const Session opening = sessionByGuid(*file, QStringLiteral("HOqeNIb6G7M4hYFKFRkCmQ"));
        CHECK(opening.typeName == QStringLiteral("Ceremony"));
        CHECK(opening.language == QStringLiteral("de"));
        CHECK(opening.subtitle == QStringLiteral("Welcome to the night"));
        CHECK(opening.url == QStringLiteral("https://events.example.org/nightcon24/talk/HOqeNIb6G7M4hYFKFRkCmQ/"));
        CHECK(opening.slug == QStringLiteral("nightcon24-101-opening-ceremony"));
        CHECK(opening.links == QList<SessionLink>{{QStringLiteral("https://example.org/welcome"), QStringLiteral("Welcome page"), {}}});
        CHECK_FALSE(opening.recordingOptOut);
        const Session locks = sessionByGuid(*file, QStringLiteral("c9f4a5e2-3b1d-4e6f-8a7b-9c0d1e2f3a4b"));
        CHECK(locks.recordingOptOut);
        CHECK(locks.typeName == QStringLiteral("lecture"));
        CHECK(locks.type == SessionType::Talk);
        CHECK(locks.attachments.size() == 2);
        CHECK(locks.attachments.value(0).type == QStringLiteral("slides"));
        CHECK(locks.attachments.value(1).title == QStringLiteral("The paper"));
        CHECK(sessionByGuid(*file, QStringLiteral("e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7")).typeName == QStringLiteral("maintrack"));
        bool red = false;
        for (const Track &t : file->tracks().all().value())
            red = red || (t.name == QStringLiteral("Security") && t.color == QColor(QStringLiteral("#d1495b")));
        CHECK(red);
    }
    const ScheduleDocument original = documentOf(podium);
    for (const QString format : {QStringLiteral("xml"), QStringLiteral("json")}) {
        INFO(format.toStdString());
        const QString exported = dir.path(QStringLiteral("out.") + format);
        mustExport(podium, exported);
        const QString text = QString::fromUtf8(test::readFile(exported));
        // The schemas need a UUID: a derived one is written, the original kept beside it.
        const QString derived = ScheduleDocument::exportGuid(QStringLiteral("HOqeNIb6G7M4hYFKFRkCmQ"));
        CHECK(ScheduleDocument::isUuid(derived));
        CHECK(text.contains(derived));
        CHECK(text.contains(QStringLiteral("HOqeNIb6G7M4hYFKFRkCmQ")));
        CHECK_FALSE(text.contains(QStringLiteral("hoqenib6g7m4hyfkfrkcmq")));
        const QString again = newEvent(dir, QStringLiteral("again-") + format + QStringLiteral(".podium"));
        mustImport(again, exported);
        const ScheduleDocument back = documentOf(again);
        CHECK(sessionLines(back) == sessionLines(original));
        CHECK(back.conference.venue == original.conference.venue);
        CHECK(back.conference.city == original.conference.city);
        CHECK(back.conference.url == original.conference.url);
        CHECK(back.conference.givenDays == original.conference.givenDays);
    }
    // iCalendar: the original GUID as UID, the talk's own page, attachments, the opt-out.
    const QString ics = dir.path(QStringLiteral("out.ics"));
    mustExport(podium, ics);
    const QStringList lines = unfoldedLines(test::readFile(ics));
    CHECK(lines.contains(QStringLiteral("UID:HOqeNIb6G7M4hYFKFRkCmQ")));
    CHECK(lines.contains(QStringLiteral("URL:https://events.example.org/nightcon24/talk/HOqeNIb6G7M4hYFKFRkCmQ/")));
    CHECK(lines.contains(QStringLiteral("ATTACH:https://events.example.org/nightcon24/102/slides.pdf")));
    CHECK(lines.count(QStringLiteral("X-PODIUM-DO-NOT-RECORD:TRUE")) == 1);
}

TEST_CASE("Link titles given as a <title> child, attachments and the recording opt-out are read from XML")
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<schedule><version>1</version>
  <conference><acronym>tiny</acronym><title>Tiny</title><time_zone_name>Europe/Brussels</time_zone_name></conference>
  <day index="1" date="2024-02-03" start="2024-02-03T09:00:00+01:00" end="2024-02-03T19:00:00+01:00">
    <room name="Janson">
      <event guid="AbCdEf" id="9"><date>2024-02-03T10:00:00+01:00</date><start>10:00</start><duration>00:50</duration>
        <room>Janson</room><title>Keynote</title><type>keynote</type><track/><abstract/><url>https://fosdem.org/k</url>
        <recording><license>CC BY 4.0</license><optout>true</optout></recording>
        <links><link href="https://video.fosdem.org/k.webm" type="video/webm"><title>Video (WebM)</title></link></links>
        <attachments><attachment type="slides" href="https://fosdem.org/k.pdf">Slides</attachment></attachments>
      </event>
    </room>
  </day>
</schedule>)";
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("tiny.xml"));
    test::writeFile(path, xml);
    auto doc = ScheduleFiles::read(path);
    REQUIRE(doc.ok());
    CHECK(doc->warnings.isEmpty());
    REQUIRE(doc->sessions.size() == 1);
    const ScheduleSession &s = doc->sessions.first();
    CHECK(s.guid == QStringLiteral("AbCdEf"));
    CHECK(s.url == QStringLiteral("https://fosdem.org/k"));
    CHECK(s.recordingOptOut);
    CHECK(s.links.value(0).title == QStringLiteral("Video (WebM)"));
    CHECK(s.attachments.value(0) == SessionLink{QStringLiteral("https://fosdem.org/k.pdf"), QStringLiteral("Slides"), QStringLiteral("slides")});
}

TEST_CASE("Exports of every fixture, the demo and a generated 1,000-session event validate against the C3VOC XSD and JSON schema", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("xmllint")));
    REQUIRE(test::haveProgram(QStringLiteral("python3")));
    struct Source
    {
        QString name;
        QStringList command; // podium-cli arguments before the event file
    };
    QList<Source> sources;
    for (const QString &name : {QStringLiteral("small-conference.xml"), QStringLiteral("small-conference.json"),
                                QStringLiteral("crossing-midnight.xml"), QStringLiteral("new-york.xml"),
                                QStringLiteral("unknown-elements.xml"), QStringLiteral("congress-night.json"),
                                QStringLiteral("c3voc/frab-camp2019.json"), QStringLiteral("c3voc/pretalx-democon.json")})
        sources << Source{name, {}};
    sources << Source{QStringLiteral("fosdem-2018-excerpt.xml"), {QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels")}};
    sources << Source{QStringLiteral("offsets-only.xml"), {QStringLiteral("--timezone"), QStringLiteral("Europe/Brussels")}};
    sources << Source{QStringLiteral("demo"), {QStringLiteral("demo")}};
    sources << Source{QStringLiteral("generated"),
                      {QStringLiteral("generate"), QStringLiteral("--sessions"), QStringLiteral("1000"), QStringLiteral("--rooms"),
                       QStringLiteral("20"), QStringLiteral("--days"), QStringLiteral("4"), QStringLiteral("--participants"),
                       QStringLiteral("10")}};
    test::TempDir dir;
    QStringList jsonFiles;
    int index = 0;
    for (const Source &source : std::as_const(sources)) {
        INFO(source.name.toStdString());
        const QString name = QStringLiteral("e%1.podium").arg(++index);
        QString podium;
        if (source.name == QStringLiteral("demo") || source.name == QStringLiteral("generated")) {
            const test::CliRun run = test::runCli(source.command + QStringList{dir.path(name)});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            podium = test::placeEvent(dir.path(name), source.name);
        } else {
            podium = newEvent(dir, name);
            mustImport(podium, fixture(source.name), source.command);
        }
        const QString xml = dir.path(QStringLiteral("e%1.xml").arg(index));
        const QString json = dir.path(QStringLiteral("e%1.json").arg(index));
        mustExport(podium, xml);
        mustExport(podium, json);
        CHECK(xsdProblems(xml) == QString());
        CHECK(jsonSchemaProblems(json) == QString());
        jsonFiles << json;
    }
    // The validators are real: a file the schema refuses is refused.
    QJsonObject root = QJsonDocument::fromJson(test::readFile(jsonFiles.first())).object();
    QJsonObject schedule = root[QStringLiteral("schedule")].toObject();
    QJsonObject conference = schedule[QStringLiteral("conference")].toObject();
    conference[QStringLiteral("time_zone_name")] = QStringLiteral("UTC+01");
    schedule[QStringLiteral("conference")] = conference;
    root[QStringLiteral("schedule")] = schedule;
    const QString broken = dir.path(QStringLiteral("broken.json"));
    test::writeFile(broken, QJsonDocument(root).toJson());
    CHECK(jsonSchemaProblems(broken).contains(QStringLiteral("time_zone_name")));
}
