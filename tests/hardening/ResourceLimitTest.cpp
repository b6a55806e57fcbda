// Files far larger than any real schedule are refused before they are read,
// with a clear message, and podium-cli's memory stays under 300 MB.
// The 1 GB run done by hand is in docs/TESTING.md.
#include "HardeningSupport.h"

#include <QFile>

#include <sys/resource.h>

using namespace hardening;

namespace {

constexpr qint64 megabyte = 1024 * 1024;

#if defined(__SANITIZE_ADDRESS__)
#define PODIUM_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PODIUM_ASAN 1
#endif
#endif

// The largest resident size any finished child of this test process had, in MB.
double peakChildMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0; // ru_maxrss is in KiB on Linux
}

// Reports the children's peak memory and checks the 300 MB bound. Under
// AddressSanitizer the shadow memory and the quarantine of freed blocks count
// towards the resident size, so there the figure is only reported.
void checkPeakMemory(const char *doing)
{
    const double peak = peakChildMegabytes();
    WARN("peak memory of podium-cli " << doing << ": " << peak << " MB");
#ifdef PODIUM_ASAN
    WARN("AddressSanitizer build: the 300 MB bound is not checked");
#else
    CHECK(peak < 300);
#endif
}

// A small event (5 sessions, 5 participants) for a refused import to leave alone.
QString smallEvent(const test::TempDir &dir)
{
    const QString event = dir.path(QStringLiteral("event.podium"));
    cli({QStringLiteral("generate"), event, QStringLiteral("--sessions"), QStringLiteral("5"),
         QStringLiteral("--participants"), QStringLiteral("5")});
    return event;
}

// podium-cli refused the file: exit code 2 and the sentence giving the limit.
void checkRefused(const test::CliRun &run, const QString &limitSentence)
{
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(limitSentence));
}

// A frab XML of about `size` bytes, written in chunks (never held in memory):
// sessions with 4 KiB abstracts, each with its own GUID.
void writeBigXml(const QString &path, qint64 size)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<schedule><version>1</version><conference>"
              "<acronym>big</acronym><title>Big</title><start>2027-03-15</start><end>2027-03-15</end>"
              "<days>1</days><time_zone_name>Europe/Luxembourg</time_zone_name></conference>\n"
              "<day index=\"1\" date=\"2027-03-15\" start=\"2027-03-15T08:00:00+01:00\" "
              "end=\"2027-03-15T20:00:00+01:00\"><room name=\"Hall\">\n");
    const QByteArray abstract = QByteArray("Lorem ipsum dolor sit amet, données à Zürich. ").repeated(90);
    for (qint64 i = 0; out.size() < size; ++i) {
        const QByteArray event = QByteArray("<event guid=\"00000000-0000-4000-8000-") + QByteArray::number(i).rightJustified(12, '0')
            + "\" id=\"" + QByteArray::number(i + 1) + "\"><date>2027-03-15T09:00:00+01:00</date><start>09:00</start>"
            + "<duration>00:30</duration><room>Hall</room><title>Talk " + QByteArray::number(i)
            + "</title><type>Talk</type><abstract>" + abstract + "</abstract><persons/><links/></event>\n";
        if (out.write(event) != event.size())
            break;
    }
    out.write("</room></day></schedule>\n");
    REQUIRE(out.error() == QFile::NoError);
}

// A JSON file of about `size` bytes (one huge string), the simplest thing a
// whole-file reader would choke on.
void writeBigJson(const QString &path, qint64 size)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("{\"schedule\": {\"conference\": {\"title\": \"");
    const QByteArray chunk = QByteArray("x").repeated(megabyte);
    while (out.size() < size && out.write(chunk) == chunk.size()) {
    }
    out.write("\"}}}\n");
    REQUIRE(out.error() == QFile::NoError);
}

} // namespace

TEST_CASE("A 200 MB schedule XML is refused up front, with little memory")
{
    test::TempDir dir;
    const QString event = smallEvent(dir);
    const QString before = rowCounts(event);
    const QString xml = dir.path(QStringLiteral("huge schedule.xml"));
    writeBigXml(xml, 200 * megabyte);
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), event, xml,
                                           QStringLiteral("--merge")});
    checkRefused(run, QStringLiteral("Podium reads schedule XML files up to"));
    CHECK(run.err.contains(QStringLiteral("huge schedule.xml")));
    CHECK(rowCounts(event) == before);
    checkPeakMemory("refusing it");
}

TEST_CASE("A 200 MB schedule JSON is refused up front, with little memory")
{
    test::TempDir dir;
    const QString json = dir.path(QStringLiteral("huge schedule.json"));
    writeBigJson(json, 200 * megabyte);
    const test::CliRun run = test::runCli(
        {QStringLiteral("import"), QStringLiteral("schedule"), dir.path(QStringLiteral("new.podium")), json});
    checkRefused(run, QStringLiteral("Podium reads schedule JSON files up to"));
    CHECK(!QFileInfo::exists(dir.path(QStringLiteral("new.podium"))));
    checkPeakMemory("refusing it");
}

TEST_CASE("A 200 MB participants CSV is refused up front, with little memory")
{
    test::TempDir dir;
    const QString event = smallEvent(dir);
    const QString before = rowCounts(event);
    const QString csv = dir.path(QStringLiteral("huge participants.csv"));
    {
        QFile out(csv);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("First name,Last name,Email,Organisation,Category\n");
        const QByteArray rows = QByteArray("Zoë,Müller,zoe@example.org,\"Université, Luxembourg\",attendee\n").repeated(20000);
        while (out.size() < 200 * megabyte && out.write(rows) == rows.size()) {
        }
        REQUIRE(out.error() == QFile::NoError);
    }
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv});
    checkRefused(run, QStringLiteral("Podium reads participant CSV files up to"));
    CHECK(rowCounts(event) == before);
    checkPeakMemory("refusing it");
}

TEST_CASE("A schedule XML just under the limit imports with memory under 300 MB")
{
    test::TempDir dir;
    const QString xml = dir.path(QStringLiteral("large schedule.xml"));
    writeBigXml(xml, 40 * megabyte);
    const QString event = dir.path(QStringLiteral("large.podium"));
    const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), event, xml});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(Sql(event).value(QStringLiteral("SELECT count(*) FROM session")).toInt() > 8000);
    checkPeakMemory("importing a 40 MB XML");
}
