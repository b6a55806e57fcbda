// Hostile text (SQL quotes, NUL, right-to-left overrides, 1 MiB fields,
// emoji, combining accents, markup, formulas) through import, every export
// and every PDF; and file paths with spaces and non-ASCII characters.
#include "HostileInput.h"

#include "io/ScheduleDocumentBuilder.h"
#include "print/DocumentKind.h"
#include "storage/SessionRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace hardening;

namespace {

// The folder every file of these tests lives in.
QString awkwardFolder(const test::TempDir &dir)
{
    const QString folder = dir.path(QString::fromUtf8("Événements 2027 ☕ 'quoted' (copy)"));
    REQUIRE(QDir().mkpath(folder));
    return folder;
}

QSet<QString> sessionTitles(const QString &event)
{
    EventFile::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto file = EventFile::open(event, readOnly);
    REQUIRE(file.ok());
    auto sessions = file.value()->sessions().all();
    REQUIRE(sessions.ok());
    QSet<QString> titles;
    for (const Session &s : sessions.value())
        titles << s.title;
    return titles;
}

bool containsAll(const QSet<QString> &set, const QStringList &wanted)
{
    for (const QString &w : wanted)
        if (!set.contains(w)) {
            UNSCOPED_INFO("missing: " << w.toStdString());
            return false;
        }
    return true;
}

QStringList xmlSafeTexts()
{
    QStringList safe;
    for (const QString &t : hostile::texts())
        safe << hostile::xmlSafe(t);
    return safe;
}

struct HostileEvent
{
    test::TempDir dir;
    QString folder = awkwardFolder(dir);
    QString event = folder + QString::fromUtf8("/Pharma meets Academia ü.podium");
    HostileEvent() { hostile::buildEvent(dir, event); }
    QString path(const QString &name) const { return folder + QLatin1Char('/') + name; }
};

} // namespace

TEST_CASE("Hostile text is stored exactly as imported")
{
    HostileEvent h;
    CHECK(containsAll(sessionTitles(h.event), hostile::texts()));
    EventFile::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto file = EventFile::open(h.event, readOnly);
    REQUIRE(file.ok());
    bool megabyteKept = false;
    for (const Session &s : file.value()->sessions().all().value())
        megabyteKept = megabyteKept || s.abstract == hostile::megabyteField();
    CHECK(megabyteKept);
    CHECK(integrity(h.event) == QLatin1String("ok"));
}

TEST_CASE("Schedule exports of hostile text stay valid and read back")
{
    HostileEvent h;
    SECTION("frab XML: well-formed, valid against the XSD, and imports back")
    {
        const QString xml = h.path(QString::fromUtf8("export ü.xml"));
        cli({QStringLiteral("export"), QStringLiteral("schedule"), h.event, QStringLiteral("-o"), xml});
        if (test::haveProgram(QStringLiteral("xmllint"))) {
            const test::CliRun lint = test::runProgram(
                QStringLiteral("xmllint"),
                {QStringLiteral("--noout"), QStringLiteral("--huge"), QStringLiteral("--schema"),
                 test::fixture(QStringLiteral("schedule/schedule.xml.xsd")), xml});
            INFO(lint.err.left(2000).toStdString());
            CHECK(lint.exitCode == 0);
        }
        const QString again = h.path(QStringLiteral("again.podium"));
        cli({QStringLiteral("import"), QStringLiteral("schedule"), again, xml});
        CHECK(containsAll(sessionTitles(again), xmlSafeTexts()));
    }
    SECTION("frab JSON: parses, every title exact, and imports back")
    {
        const QString json = h.path(QString::fromUtf8("export ü.json"));
        cli({QStringLiteral("export"), QStringLiteral("schedule"), h.event, QStringLiteral("-o"), json});
        QJsonParseError error;
        QJsonDocument::fromJson(test::readFile(json), &error);
        CHECK(error.error == QJsonParseError::NoError);
        const QString again = h.path(QStringLiteral("again.podium"));
        cli({QStringLiteral("import"), QStringLiteral("schedule"), again, json});
        CHECK(containsAll(sessionTitles(again), hostile::texts()));
    }
    SECTION("iCalendar: lines of at most 75 octets, no raw control characters, every title there")
    {
        const QString ics = h.path(QString::fromUtf8("export ü.ics"));
        cli({QStringLiteral("export"), QStringLiteral("schedule"), h.event, QStringLiteral("-o"), ics});
        const QByteArray bytes = test::readFile(ics);
        CHECK(!bytes.contains('\0'));
        CHECK(QString::fromUtf8(bytes).toUtf8() == bytes); // valid UTF-8
        int longLines = 0, controls = 0;
        for (const QByteArray &line : bytes.split('\n')) {
            longLines += line.size() > 76; // 75 octets and the CR
            for (const char c : line)
                controls += uchar(c) < 0x20 && c != '\t' && c != '\r';
        }
        CHECK(longLines == 0);
        CHECK(controls == 0);
        const QString unfolded = QString::fromUtf8(bytes).replace(QStringLiteral("\r\n "), QString());
        CHECK(unfolded.contains(QStringLiteral("SUMMARY:Robert')\\; DROP TABLE session\\;-- \"quoted\" `back` \\\\ %s %n")));
        CHECK(unfolded.contains(QString::fromUtf8("SUMMARY:Emoji 🎤🧬 👩🏽‍🔬 flags 🇱🇺🇪🇺")));
    }
    SECTION("sessions CSV: parses back with Python's csv module, formulas neutralised")
    {
        if (!test::haveProgram(QStringLiteral("python3"))) {
            WARN("python3 is not installed");
            return;
        }
        const QString csv = h.path(QString::fromUtf8("export ü.csv"));
        cli({QStringLiteral("export"), QStringLiteral("schedule"), h.event, QStringLiteral("-o"), csv});
        const test::CliRun parsed = test::runProgram(
            QStringLiteral("python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import csv,json,sys\n"
                            "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline='')))\n"
                            "print(json.dumps([len(r) for r in rows]+[c for r in rows for c in r]))"),
             csv});
        REQUIRE(parsed.exitCode == 0);
        const QJsonArray cells = QJsonDocument::fromJson(parsed.out.toUtf8()).array();
        QSet<QString> all;
        for (const QJsonValue &c : cells)
            all << c.toString();
        CHECK(all.contains(QStringLiteral("'=HYPERLINK(\"http://evil\",\"click\")")));
        CHECK(!all.contains(QStringLiteral("=HYPERLINK(\"http://evil\",\"click\")")));
        CHECK(all.contains(hostile::texts()[0]));
        CHECK(all.contains(hostile::texts()[2]));
        CHECK(all.contains(hostile::texts()[7])); // tabs and line breaks inside a quoted cell
    }
}

TEST_CASE("Every PDF prints hostile text literally, never as markup")
{
    if (!test::haveProgram(QStringLiteral("pdftotext"))) {
        WARN("pdftotext (poppler-utils) is not installed");
        return;
    }
    HostileEvent h;
    for (const DocumentKind kind : DocumentKinds::all()) {
        const QString key = DocumentKinds::key(kind);
        INFO(key.toStdString());
        const QString pdf = h.path(key + QString::fromUtf8(" ü.pdf"));
        QStringList args{QStringLiteral("export"), key, h.event, QStringLiteral("-o"), pdf};
        if (kind == DocumentKind::Certificates)
            args << QStringLiteral("--all");
        const test::CliRun run = test::runCli(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const test::CliRun text = test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.exitCode == 0);
        if (kind == DocumentKind::Programme || kind == DocumentKind::Badges || kind == DocumentKind::AttendeeList) {
            // Markup arrives as the characters typed, tags and all.
            CHECK(text.out.simplified().contains(QStringLiteral("<b>bold</b>")));
            CHECK(text.out.contains(QStringLiteral("DROP TABLE")));
        }
    }
}

TEST_CASE("Every podium-cli command accepts paths with spaces and non-ASCII characters")
{
    test::TempDir dir;
    const QString folder = awkwardFolder(dir);
    auto at = [&](const char *name) { return folder + QLatin1Char('/') + QString::fromUtf8(name); };
    const QString event = at("Événement 2027 (copie) 日本.podium");
    cli({QStringLiteral("new"), event, QStringLiteral("--name"), hostile::texts()[4], QStringLiteral("--start"),
         QStringLiteral("2027-03-15")});
    const QString demo = at("démo ☕.podium");
    cli({QStringLiteral("demo"), demo});
    cli({QStringLiteral("info"), demo});
    const QString generated = at("généré 🎤.podium");
    cli({QStringLiteral("generate"), generated, QStringLiteral("--sessions"), QStringLiteral("10"),
         QStringLiteral("--participants"), QStringLiteral("20")});
    for (const char *name : {"programme ü.xml", "programme ü.json", "programme ü.ics", "programme ü.csv"}) {
        cli({QStringLiteral("export"), QStringLiteral("schedule"), demo, QStringLiteral("-o"), at(name)});
        CHECK(QFileInfo(at(name)).size() > 100);
    }
    cli({QStringLiteral("import"), QStringLiteral("schedule"), event, at("programme ü.xml")});
    cli({QStringLiteral("import"), QStringLiteral("schedule"), generated, at("programme ü.json"), QStringLiteral("--merge")});
    for (const DocumentKind kind : DocumentKinds::all()) {
        const QString pdf = folder + QLatin1Char('/') + DocumentKinds::key(kind) + QString::fromUtf8(" — été.pdf");
        QStringList args{QStringLiteral("export"), DocumentKinds::key(kind), demo, QStringLiteral("-o"), pdf};
        if (kind == DocumentKind::Certificates)
            args << QStringLiteral("--all");
        cli(args);
        CHECK(QFileInfo(pdf).size() > 1000);
    }
    const QString email = Sql(demo).value(QStringLiteral(
        "SELECT email FROM person WHERE email <> '' GROUP BY lower(email) HAVING count(*) = 1 LIMIT 1"));
    cli({QStringLiteral("person"), QStringLiteral("export"), demo, email, QStringLiteral("-o"), at("données ü.json")});
    CHECK(QFileInfo(at("données ü.json")).size() > 50);
    cli({QStringLiteral("person"), QStringLiteral("erase"), demo, email, QStringLiteral("--yes")});
    cli({QStringLiteral("anonymise"), generated, QStringLiteral("--force"), QStringLiteral("--yes")});
    CHECK(integrity(demo) == QLatin1String("ok"));
    CHECK(integrity(generated) == QLatin1String("ok"));
}

TEST_CASE("A schedule XML holding a NUL byte is refused with its line, and changes nothing")
{
    test::TempDir dir;
    const QString folder = awkwardFolder(dir);
    const QString event = folder + QStringLiteral("/event.podium");
    cli({QStringLiteral("generate"), event, QStringLiteral("--sessions"), QStringLiteral("5"),
         QStringLiteral("--participants"), QStringLiteral("5")});
    const QString before = rowCounts(event);
    QByteArray xml = test::readFile(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    const int title = xml.indexOf("<title>", xml.indexOf("<event"));
    REQUIRE(title > 0);
    xml.insert(title + 7, QByteArray("Nul\0here", 8));
    const QString input = folder + QStringLiteral("/nul ü.xml");
    test::writeFile(input, xml);
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), event, input,
                                           QStringLiteral("--merge")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("nul ü.xml")));
    CHECK(run.err.contains(QStringLiteral("line ")));
    CHECK(rowCounts(event) == before);
}
