// podium-cli export site and SiteWriter: the files of the site, escaping of
// every event text, the Content-Security-Policy, languages, what changed
// between two exports, and the frab/iCalendar files read back.

#include "support/TestSupport.h"

#include "io/ScheduleFiles.h"
#include "site/SitePage.h"
#include "site/SiteText.h"
#include "site/SiteWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString text(const QString &path)
{
    return QString::fromUtf8(test::readFile(path));
}

QStringList htmlFiles(const QString &site)
{
    return QDir(site).entryList({QStringLiteral("*.html")}, QDir::Files);
}

QString exportDemo(const test::TempDir &dir, const QStringList &extra = {})
{
    const QString podium = dir.path(QStringLiteral("demo.podium"));
    if (!QFile::exists(podium))
        REQUIRE(test::runCli({QStringLiteral("demo"), podium}).exitCode == 0);
    const QString site = dir.path(QStringLiteral("site"));
    const test::CliRun run =
        test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("site"), podium, QStringLiteral("-o"), site}
                     + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return site;
}

// A programme with hostile text in every field an attendee sees.
ScheduleDocument hostileSchedule()
{
    ScheduleDocument doc;
    doc.conference.title = QStringLiteral("Conf <b>&</b>");
    doc.conference.timeZoneId = "Europe/Luxembourg";
    doc.conference.firstDay = QDate(2026, 6, 1);
    doc.rooms = {{QStringLiteral("Room \"A\""), QString()}};
    doc.tracks = {{QStringLiteral("Track <i>"), QColor(Qt::red)}};
    ScheduleSession s;
    s.guid = QStringLiteral("6c1b4b0a-6f7e-4c1a-9a53-0e1d2f3a4b5c");
    s.title = QStringLiteral("<script>alert(1)</script>");
    s.abstract = QStringLiteral("Line <img src=x onerror=alert(2)>\n\nSecond 'para'");
    s.room = doc.rooms.first().name;
    s.track = doc.tracks.first().name;
    s.start = QDateTime(QDate(2026, 6, 1), QTime(7, 0), Qt::UTC); // 09:00 in Luxembourg (summer time)
    s.durationMinutes = 45;
    s.persons = {{QString(), std::nullopt, QStringLiteral("Eve \"<svg onload=alert(3)>\"")}};
    s.links = {{QStringLiteral("javascript:alert(4)"), QStringLiteral("bad")},
               {QStringLiteral("https://example.org/slides?a=1&b=2"), QStringLiteral("Slides")}};
    s.attachments = {{QStringLiteral("https://example.org/paper.pdf"), QStringLiteral("Paper <pdf>")}};
    s.url = QStringLiteral("https://example.org/talk/1");
    s.recordingOptOut = true;
    doc.sessions = {s};
    return doc;
}
} // namespace

TEST_CASE("The demo exports as a site with a page per day, session and speaker and the schedule files")
{
    test::TempDir dir;
    const QString site = exportDemo(dir);
    for (const char *name : {"index.html", "speakers.html", "search.html", "favourites.html", "changes.html", "print.html", "site.css",
                             "site.js", "sw.js", "layout.css", "search-index.js", "schedule.ics", "schedule.xml",
                             "schedule.json", "podium-site.json"})
        CHECK(QFile::exists(QDir(site).filePath(QString::fromLatin1(name))));
    const QJsonObject snapshot = QJsonDocument::fromJson(test::readFile(QDir(site).filePath("podium-site.json"))).object();
    const int sessions = snapshot.value(QStringLiteral("sessions")).toArray().size();
    CHECK(sessions == 18);
    CHECK(QDir(site).entryList({QStringLiteral("session-*.html")}).size() == sessions);
    CHECK(QDir(site).entryList({QStringLiteral("speaker-*.html")}).size() > 5);
    // The grid and the list of the day each hold every session.
    const QString index = text(QDir(site).filePath("index.html"));
    CHECK(index.count(QStringLiteral("class=\"slot ")) == sessions);
    CHECK(index.count(QStringLiteral("class=\"item ")) == sessions);
    CHECK(index.contains(QStringLiteral("All times in Europe/Luxembourg.")));
    CHECK(index.contains(QStringLiteral("<time>09:15</time>"))); // the welcome, in the event's zone
    CHECK(text(QDir(site).filePath("print.html")).count(QStringLiteral("class=\"item ")) == sessions);

    // What the site offers for download is the programme, read back whole.
    for (const char *name : {"schedule.xml", "schedule.json"}) {
        auto read = ScheduleFiles::read(QDir(site).filePath(QString::fromLatin1(name)));
        REQUIRE(read.ok());
        CHECK(read->sessions.size() == sessions);
    }
    CHECK(text(QDir(site).filePath("schedule.ics")).count(QStringLiteral("BEGIN:VEVENT")) == sessions);
    // The service worker caches every page.
    const QString sw = text(QDir(site).filePath("sw.js"));
    for (const QString &page : htmlFiles(site))
        CHECK(sw.contains(QLatin1Char('"') + page + QLatin1Char('"')));
}

TEST_CASE("Every page forbids inline and foreign scripts and loads nothing from another host")
{
    test::TempDir dir;
    const QString site = exportDemo(dir);
    const QString csp = QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                            .arg(SitePage::contentSecurityPolicy());
    CHECK(SitePage::contentSecurityPolicy().contains(QStringLiteral("script-src 'self';")));
    static const QRegularExpression script(QStringLiteral("<script([^>]*)>"));
    static const QRegularExpression foreign(QStringLiteral("(src|href)=\"(https?:)?//"));
    for (const QString &page : htmlFiles(site)) {
        INFO(page.toStdString());
        const QString html = text(QDir(site).filePath(page));
        CHECK(html.contains(csp));
        auto scripts = script.globalMatch(html);
        int count = 0;
        while (scripts.hasNext()) {
            const auto match = scripts.next();
            CHECK(match.captured(1).contains(QStringLiteral(" src=\"")));
            ++count;
        }
        CHECK(count >= 1);
        // Links in abstracts may point anywhere; nothing the page loads does.
        for (const QString &line : html.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("<link")) || line.startsWith(QLatin1String("<script")))
                CHECK_FALSE(foreign.match(line).hasMatch());
    }
    CHECK_FALSE(text(QDir(site).filePath("site.css")).contains(QStringLiteral("url(http")));
    CHECK_FALSE(text(QDir(site).filePath("site.js")).contains(QStringLiteral("innerHTML")));
}

TEST_CASE("Every text from the event shows as text on the site")
{
    test::TempDir dir;
    const QString site = dir.path(QStringLiteral("site"));
    auto written = SiteWriter::write(hostileSchedule(), site, SiteWriter::Options{});
    REQUIRE(written.ok());
    const QString page = text(QDir(site).filePath("session-6c1b4b0a-6f7e-4c1a-9a53-0e1d2f3a4b5c.html"));
    CHECK(page.contains(QStringLiteral("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>")));
    CHECK(page.contains(QStringLiteral("<p>Line &lt;img src=x onerror=alert(2)&gt;</p>")));
    CHECK(page.contains(QStringLiteral("<p>Second &#39;para&#39;</p>")));
    CHECK(page.contains(QStringLiteral("Eve &quot;&lt;svg onload=alert(3)&gt;&quot;")));
    CHECK(page.contains(QStringLiteral("href=\"https://example.org/slides?a=1&amp;b=2\"")));
    CHECK_FALSE(page.contains(QStringLiteral("javascript:")));
    CHECK(page.contains(QStringLiteral("<a href=\"https://example.org/paper.pdf\" rel=\"noopener\">Paper &lt;pdf&gt;</a>")));
    CHECK(page.contains(QStringLiteral("<a href=\"https://example.org/talk/1\" rel=\"noopener\">The session’s web page</a>")));
    CHECK(page.contains(QStringLiteral("<p class=\"recording\">This session is not recorded.</p>")));
    CHECK(page.contains(QStringLiteral("09:00–09:45"))); // Luxembourg summer time, not UTC
    for (const QString &name : htmlFiles(site)) {
        INFO(name.toStdString());
        const QString html = text(QDir(site).filePath(name));
        CHECK_FALSE(html.contains(QStringLiteral("<script>alert")));
        CHECK_FALSE(html.contains(QStringLiteral("<svg")));
        CHECK_FALSE(html.contains(QStringLiteral("<b>&</b>")));
        CHECK_FALSE(html.contains(QStringLiteral("<i>")));
    }
    const QString index = text(QDir(site).filePath("search-index.js"));
    CHECK_FALSE(index.contains(QLatin1Char('<')));
    CHECK(index.contains(QStringLiteral("\\u003cscript>alert(1)\\u003c/script>")));
}

TEST_CASE("Two sessions at once in one room both show in the grid, the later one offset")
{
    test::TempDir dir;
    ScheduleDocument doc = hostileSchedule();
    ScheduleSession second = doc.sessions.first();
    second.guid = QStringLiteral("22222222-2222-4333-8444-555555555555");
    second.title = QStringLiteral("Double-booked");
    second.start = second.start.addSecs(15 * 60);
    doc.sessions.append(second);
    const QString site = dir.path(QStringLiteral("site"));
    REQUIRE(SiteWriter::write(doc, site, SiteWriter::Options{}).ok());
    const QString index = text(QDir(site).filePath("index.html"));
    CHECK(index.contains(QStringLiteral("<div class=\"slot t1\" id=\"g-6c1b4b0a-6f7e-4c1a-9a53-0e1d2f3a4b5c\">")));
    CHECK(index.contains(QStringLiteral("<div class=\"slot t1 overlap\" id=\"g-22222222-2222-4333-8444-555555555555\">")));
    // Both placed in the room's column, the second from 09:15 (row 2 is 09:00, a row per 5 minutes).
    const QString layout = text(QDir(site).filePath("layout.css"));
    CHECK(layout.contains(QStringLiteral("#g-6c1b4b0a-6f7e-4c1a-9a53-0e1d2f3a4b5c{grid-row:2/11;grid-column:2}")));
    CHECK(layout.contains(QStringLiteral("#g-22222222-2222-4333-8444-555555555555{grid-row:5/14;grid-column:2}")));
}

TEST_CASE("The site's interface is in the language chosen at export")
{
    test::TempDir dir;
    SECTION("French")
    {
        const QString index = text(QDir(exportDemo(dir, {QStringLiteral("--lang"), QStringLiteral("fr")})).filePath("index.html"));
        CHECK(index.contains(QStringLiteral("<html lang=\"fr\">")));
        CHECK(index.contains(QStringLiteral(">Intervenants</a>")));
        CHECK(index.contains(QStringLiteral("vendredi 14 décembre 2018")));
    }
    SECTION("German")
    {
        const QString index = text(QDir(exportDemo(dir, {QStringLiteral("--lang"), QStringLiteral("de")})).filePath("index.html"));
        CHECK(index.contains(QStringLiteral("<html lang=\"de\">")));
        CHECK(index.contains(QStringLiteral(">Vortragende</a>")));
        CHECK(index.contains(QStringLiteral("Alle Zeiten in Europe/Luxembourg.")));
    }
    SECTION("Another language is refused before anything is written")
    {
        const QString podium = dir.path(QStringLiteral("demo.podium"));
        REQUIRE(test::runCli({QStringLiteral("demo"), podium}).exitCode == 0);
        const test::CliRun run = test::runCli({QStringLiteral("export"), QStringLiteral("site"), podium, QStringLiteral("-o"),
                                               dir.path(QStringLiteral("site")), QStringLiteral("--lang"), QStringLiteral("xx")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("en, fr, de")));
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("site"))));
    }
}

TEST_CASE("Every interface text of the site exists in English, French and German")
{
    for (const QString &language : SiteText::languages()) {
        const auto text = SiteText::forLanguage(language);
        REQUIRE(text);
        for (int key = 0; key < SiteText::KeyCount; ++key) {
            INFO(language.toStdString() << " " << key);
            CHECK_FALSE((*text)(SiteText::Key(key)).isEmpty());
        }
    }
    CHECK(SiteText::forLanguage(QStringLiteral("de_LU"))->language() == QStringLiteral("de"));
    CHECK_FALSE(SiteText::forLanguage(QStringLiteral("lb")));
}

TEST_CASE("A folder holding other files is not written into without --force")
{
    test::TempDir dir;
    const QString podium = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), podium}).exitCode == 0);
    QDir().mkpath(dir.path(QStringLiteral("mine")));
    test::writeFile(dir.path(QStringLiteral("mine/index.html")), "my own page");
    const QStringList args{QStringLiteral("export"), QStringLiteral("site"), podium, QStringLiteral("-o"),
                           dir.path(QStringLiteral("mine"))};
    const test::CliRun refused = test::runCli(args);
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QStringLiteral("holds other files")));
    CHECK(test::readFile(dir.path(QStringLiteral("mine/index.html"))) == "my own page");
    CHECK(test::runCli(args + QStringList{QStringLiteral("--force")}).exitCode == 0);
    CHECK(text(dir.path(QStringLiteral("mine/index.html"))).contains(QStringLiteral("<!DOCTYPE html>")));
}

TEST_CASE("A re-export lists what moved, was renamed, added or removed since the previous one")
{
    test::TempDir dir;
    const QString site = dir.path(QStringLiteral("site"));
    ScheduleDocument before = hostileSchedule();
    ScheduleSession kept = before.sessions.first();
    kept.guid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    kept.title = QStringLiteral("Keynote");
    kept.persons = {{QString(), std::nullopt, QStringLiteral("Ada")}};
    ScheduleSession dropped = kept;
    dropped.guid = QStringLiteral("99999999-2222-4333-8444-555555555555");
    dropped.title = QStringLiteral("Cancelled talk");
    before.sessions = {kept, dropped};
    SiteWriter::Options options;
    options.now = QDateTime(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    auto first = SiteWriter::write(before, site, options);
    REQUIRE(first.ok());
    CHECK(first->changes == -1);
    CHECK(text(QDir(site).filePath("changes.html")).contains(QStringLiteral("first published version")));
    const QString droppedPage = QDir(site).filePath("session-99999999-2222-4333-8444-555555555555.html");
    CHECK(QFile::exists(droppedPage));

    ScheduleDocument after = before;
    after.sessions = {kept, hostileSchedule().sessions.first()};
    after.sessions[0].start = kept.start.addSecs(3600);
    after.sessions[0].title = QStringLiteral("Opening keynote");
    options.now = options.now.addDays(1);
    auto second = SiteWriter::write(after, site, options);
    REQUIRE(second.ok());
    CHECK(second->changes == 3);
    const QString changes = text(QDir(site).filePath("changes.html"));
    CHECK(changes.contains(QStringLiteral("Changes since the version of 1 May 2026, 12:00")));
    CHECK(changes.contains(QStringLiteral("Moved, Renamed</strong> <a href=\"session-11111111-2222-4333-8444-555555555555.html\">Opening keynote</a>")));
    CHECK(changes.contains(QStringLiteral("<del>Mon 1 Jun, 09:00–09:45, Room &quot;A&quot;</del> → Mon 1 Jun, 10:00–10:45")));
    CHECK(changes.contains(QStringLiteral("New</strong> <a href=\"session-6c1b4b0a")));
    CHECK(changes.contains(QStringLiteral("Removed</strong> <del>Cancelled talk</del>")));
    CHECK_FALSE(QFile::exists(droppedPage)); // no stale page of a removed session

    auto third = SiteWriter::write(after, site, options);
    REQUIRE(third.ok());
    CHECK(third->changes == 0);
    CHECK(text(QDir(site).filePath("changes.html")).contains(QStringLiteral("Nothing changed")));
}
