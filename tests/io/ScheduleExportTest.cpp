#include "ScheduleTestSupport.h"

#include "io/CsvField.h"
#include "io/ICalendarLines.h"
#include "model/Event.h"
#include "storage/EventRepository.h"
#include "storage/SessionRepository.h"

#include <QFile>
#include <QRegularExpression>

using namespace scheduletest;

namespace {
test::CliRun exportSchedule(const QString &podium, const QString &output, const QStringList &extra = {})
{
    return test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("schedule"), podium, QStringLiteral("-o"), output}
                        + extra);
}

// The event podium-cli `command` (demo, generate) writes, placed where the tests run.
QString makeEvent(const test::TempDir &dir, const QStringList &command)
{
    const QString podium = dir.path(QStringLiteral("event.podium"));
    const test::CliRun run = test::runCli(command + QStringList{podium});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return test::placeEvent(podium, command.first());
}

// The values of one property across the unfolded lines ("UID" -> every UID).
QStringList values(const QStringList &lines, const QString &name)
{
    QStringList out;
    for (const QString &line : lines) {
        const int colon = int(line.indexOf(QLatin1Char(':')));
        const QString head = line.left(colon);
        if (head == name || head.startsWith(name + QLatin1Char(';')))
            out << line.mid(colon + 1);
    }
    return out;
}

QList<const ScheduleSession *> scheduled(const ScheduleDocument &doc)
{
    QList<const ScheduleSession *> out;
    for (const ScheduleSession &s : doc.sessions)
        if (s.isScheduled())
            out << &s;
    return out;
}
} // namespace

TEST_CASE("The XML export of the demo event and of a generated event validates against the C3VOC XSD", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("xmllint")));
    const QList<QStringList> events = {
        {QStringLiteral("demo")},
        {QStringLiteral("generate"), QStringLiteral("--sessions"), QStringLiteral("120"), QStringLiteral("--rooms"),
         QStringLiteral("5"), QStringLiteral("--days"), QStringLiteral("3"), QStringLiteral("--participants"), QStringLiteral("10")},
    };
    for (const QStringList &command : events) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        test::TempDir dir;
        const QString podium = makeEvent(dir, command);
        const QString xml = dir.path(QStringLiteral("schedule.xml"));
        REQUIRE(exportSchedule(podium, xml).exitCode == 0);
        CHECK(xsdProblems(xml) == QString());
        // Every exported session is in the XML with its GUID.
        const QString text = QString::fromUtf8(test::readFile(xml));
        const ScheduleDocument doc = documentOf(podium);
        for (const ScheduleSession *s : scheduled(doc))
            CHECK(text.contains(QStringLiteral("guid=\"%1\"").arg(s->guid)));
        // Exports hold people's names: readable by the owner only.
        CHECK((QFile::permissions(xml) & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) == 0);
    }
}

TEST_CASE("Exports of imported schedules validate, including a night programme and New York", "[stores]")
{
    for (const QString &fixture : {QStringLiteral("crossing-midnight.xml"), QStringLiteral("new-york.xml"),
                                  QStringLiteral("small-conference.json")}) {
        INFO(fixture.toStdString());
        test::TempDir dir;
        const QString podium = newEvent(dir, QStringLiteral("e.podium"));
        REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                              test::fixture(QStringLiteral("schedule/") + fixture)}).exitCode == 0);
        const QString xml = dir.path(QStringLiteral("out.xml"));
        REQUIRE(exportSchedule(podium, xml).exitCode == 0);
        CHECK(xsdProblems(xml) == QString());
    }
}

TEST_CASE("The iCalendar export parses back: one VEVENT per session with zone, UID and summary", "[stores]")
{
    test::TempDir dir;
    const QString podium = makeEvent(dir, {QStringLiteral("demo")});
    // A title that needs escaping and folding, with multi-byte characters at the fold.
    {
        auto file = test::openTestEvent(podium);
        Session s = file->sessions().all().value().first();
        s.title = QStringLiteral("Données, santé; et \\ «éthique»\nsur deux lignes — ") + QString(30, QChar(u'é'));
        REQUIRE(file->sessions().update(s).ok());
    }
    const QString ics = dir.path(QStringLiteral("programme.ics"));
    REQUIRE(exportSchedule(podium, ics).exitCode == 0);
    const QByteArray bytes = test::readFile(ics);
    CHECK(bytes.count("\r\n") == bytes.count("\n"));
    const QStringList lines = unfoldedLines(bytes);
    const ScheduleDocument doc = documentOf(podium);
    const auto sessions = scheduled(doc);
    CHECK(lines.first() == QStringLiteral("BEGIN:VCALENDAR"));
    CHECK(lines.last() == QStringLiteral("END:VCALENDAR"));
    CHECK(values(lines, QStringLiteral("BEGIN")).count(QStringLiteral("VEVENT")) == sessions.size());
    CHECK(values(lines, QStringLiteral("TZID")) == QStringList{QStringLiteral("Europe/Luxembourg")});

    QStringList uids = values(lines, QStringLiteral("UID"));
    QStringList summaries;
    for (const QString &s : values(lines, QStringLiteral("SUMMARY")))
        summaries << unescapeText(s);
    QStringList starts;
    for (const QString &line : lines)
        if (line.startsWith(QLatin1String("DTSTART;TZID=Europe/Luxembourg:")))
            starts << line.section(QLatin1Char(':'), 1);
    REQUIRE(uids.size() == sessions.size());
    REQUIRE(starts.size() == sessions.size());
    for (const ScheduleSession *s : sessions) {
        const int i = int(uids.indexOf(s->guid));
        REQUIRE(i >= 0);
        CHECK(summaries[i] == s->title);
        CHECK(starts[i] == s->start.toTimeZone(QTimeZone("Europe/Luxembourg")).toString(QStringLiteral("yyyyMMdd'T'HHmmss")));
    }
    CHECK(summaries.contains(QStringLiteral("Données, santé; et \\ «éthique»\nsur deux lignes — ") + QString(30, QChar(u'é'))));
}

TEST_CASE("The iCalendar VTIMEZONE follows the zone's real daylight saving changes", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("ny.podium"));
    REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                          test::fixture(QStringLiteral("schedule/new-york.xml"))}).exitCode == 0);
    const QString ics = dir.path(QStringLiteral("ny.ics"));
    REQUIRE(exportSchedule(podium, ics).exitCode == 0);
    const QStringList lines = unfoldedLines(test::readFile(ics));
    const QString text = lines.join(QLatin1Char('\n'));
    CHECK(text.contains(QLatin1String("BEGIN:DAYLIGHT\nDTSTART:20250309T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400")));
    CHECK(text.contains(QLatin1String("BEGIN:STANDARD\nDTSTART:20251102T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500")));
    CHECK(text.contains(QLatin1String("DTSTART;TZID=America/New_York:20250308T100000")));
    CHECK(text.contains(QLatin1String("DTSTART;TZID=America/New_York:20250309T100000")));
    CHECK(text.contains(QLatin1String("UID:22222222-3333-4444-8555-666666666602")));
}

TEST_CASE("One person's calendar holds only their sessions", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("e.podium"));
    REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                          test::fixture(QStringLiteral("schedule/small-conference.xml"))}).exitCode == 0);
    const QString ics = dir.path(QStringLiteral("jonas.ics"));
    REQUIRE(exportSchedule(podium, ics, {QStringLiteral("--person"), QStringLiteral("jonas weber")}).exitCode == 0);
    const QStringList lines = unfoldedLines(test::readFile(ics));
    QStringList uids = values(lines, QStringLiteral("UID"));
    uids.sort();
    CHECK(uids == QStringList{QStringLiteral("9a8b7c6d-1111-4222-8333-444455556666"),
                              QStringLiteral("d15ea5e0-bbbb-4ccc-8ddd-eeeeffff0000")});
    CHECK(values(lines, QStringLiteral("X-WR-CALNAME")).value(0).contains(QLatin1String("jonas weber")));

    const test::CliRun nobody = exportSchedule(podium, dir.path(QStringLiteral("x.ics")), {QStringLiteral("--person"), QStringLiteral("Nobody Here")});
    CHECK(nobody.exitCode == 2);
    CHECK(nobody.err.contains(QStringLiteral("Nobody called “Nobody Here”")));
}

TEST_CASE("The sessions CSV parses back: one row per session, formulas neutralised", "[stores]")
{
    test::TempDir dir;
    const QString podium = makeEvent(dir, {QStringLiteral("demo")});
    {
        auto file = test::openTestEvent(podium);
        Session s = file->sessions().all().value().first();
        s.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
        REQUIRE(file->sessions().update(s).ok());
    }
    const QString csv = dir.path(QStringLiteral("sessions.csv"));
    REQUIRE(exportSchedule(podium, csv).exitCode == 0);
    const QByteArray bytes = test::readFile(csv);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
    const ScheduleDocument doc = documentOf(podium);
    REQUIRE(rows.size() == doc.sessions.size() + 1);
    CHECK(rows[0] == QStringList{QStringLiteral("Day"), QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Room"),
                                 QStringLiteral("Track"), QStringLiteral("Type"), QStringLiteral("Title"), QStringLiteral("Speakers"),
                                 QStringLiteral("GUID")});
    QStringList titles;
    for (int i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == 9);
        titles << rows[i][6];
        CHECK(QRegularExpression(QStringLiteral("^2018-12-14$")).match(rows[i][0]).hasMatch());
    }
    CHECK(titles.contains(QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")")));
    const auto first = std::find_if(rows.begin() + 1, rows.end(), [](const QStringList &r) {
        return r[6] == QStringLiteral("Ten years of IMI: Europe's partnership for innovative medicines");
    });
    REQUIRE(first != rows.end());
    CHECK((*first)[1] == QStringLiteral("09:30"));
    CHECK((*first)[2] == QStringLiteral("10:00"));
    CHECK((*first)[3] == QStringLiteral("Auditorium"));
}

TEST_CASE("iCalendar lines fold at 75 octets on UTF-8 boundaries, and text is escaped")
{
    CHECK(ICalendarLines::escape(QStringLiteral("a,b;c\\d\r\ne\nf")) == QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    for (int prefix = 0; prefix < 4; ++prefix) {
        const QByteArray line = "SUMMARY:" + QByteArray(prefix, 'x') + QString(80, QChar(u'€')).toUtf8();
        const QByteArray folded = ICalendarLines::fold(line);
        QByteArray unfolded;
        for (const QByteArray &physical : folded.split('\n')) {
            if (physical.isEmpty())
                continue;
            REQUIRE(physical.endsWith('\r'));
            const QByteArray content = physical.chopped(1);
            CHECK(content.size() <= 75);
            CHECK_FALSE(QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
            unfolded += content.startsWith(' ') ? content.mid(1) : content;
        }
        CHECK(unfolded == line);
    }
}

TEST_CASE("CSV fields are quoted per RFC 4180 and spreadsheet formulas are neutralised")
{
    CHECK(CsvField::record({QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")})
          == QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
    for (const QString &start : {QStringLiteral("="), QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("@"),
                                QStringLiteral("\t"), QStringLiteral("\r")})
        CHECK(CsvField::neutralised(start + QStringLiteral("1+1")).startsWith(QLatin1Char('\'')));
    CHECK(CsvField::neutralised(QStringLiteral("09:30")) == QStringLiteral("09:30"));
}

TEST_CASE("Export refuses an unknown format and an existing file without --force", "[stores]")
{
    test::TempDir dir;
    const QString podium = makeEvent(dir, {QStringLiteral("demo")});
    const test::CliRun unknown = exportSchedule(podium, dir.path(QStringLiteral("x.pdf")));
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String(".xml, .json, .ics or .csv")));
    const QString json = dir.path(QStringLiteral("x.json"));
    test::writeFile(json, "keep me");
    CHECK(exportSchedule(podium, json).exitCode == 2);
    CHECK(test::readFile(json) == "keep me");
    CHECK(exportSchedule(podium, json, {QStringLiteral("--force")}).exitCode == 0);
    CHECK(test::readFile(json).contains("\"schedule\""));
}
