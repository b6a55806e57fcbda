// The timetable poster at every scale, read back from the PDF: the demo's
// titles whole on A3, and a 72-room congress split over pages with nothing
// below 7 points and every page's rooms named.
#include "support/EventFiles.h"
#include "support/PdfText.h"

#include "print/PrintData.h"
#include "storage/EventStore.h"

namespace {
// The height of every word's box: DejaVu Sans boxes are 1.164 times the type size.
QList<qreal> wordHeights(const QString &pdf)
{
    QList<qreal> heights;
    for (const QList<test::PdfWord> &page : test::pdfWords(pdf))
        for (const test::PdfWord &word : page)
            heights << word.box.height();
    return heights;
}

QString exportTimetable(const test::TempDir &dir, const QString &event, const QStringList &extra)
{
    const QString out = dir.path(QStringLiteral("timetable.pdf"));
    const auto run = test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("timetable"), event, QStringLiteral("-o"), out,
                                              QStringLiteral("--force")}
                                  + extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return out;
}
} // namespace

TEST_CASE("The demo's timetable on A3 shows every title whole", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    auto data = PrintData::load(*test::openTestEvent(event));
    REQUIRE(data.ok());
    const QString pdf = exportTimetable(dir, event, {QStringLiteral("--paper"), QStringLiteral("a3")});
    CHECK(test::pdfPageCount(pdf) == 1);
    const QString text = test::pdfText(pdf).simplified();
    CHECK_FALSE(text.contains(QChar(0x2026))); // nothing shortened
    for (const Session &s : data.value().programme()) {
        INFO(s.title.toStdString());
        CHECK(text.contains(s.title.simplified()));
    }
    for (qreal h : wordHeights(pdf))
        CHECK(h >= 7 * 1.16);
}

TEST_CASE("A 72-room congress poster splits its rooms over pages, nothing below 7 pt", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("congress.podium"));
    REQUIRE(test::runCli({QStringLiteral("generate"), file, QStringLiteral("--sessions"), QStringLiteral("600"), QStringLiteral("--rooms"),
                          QStringLiteral("72"), QStringLiteral("--participants"), QStringLiteral("50")})
                .exitCode == 0);
    const QString event = test::placeEvent(file, QStringLiteral("congress"));

    // Automatic: A4 holds 10 columns at 8 pt, so 72 rooms take 8 pages of 9.
    QString pdf = exportTimetable(dir, event, {});
    CHECK(test::pdfPageCount(pdf) == 8);
    QString text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Rooms 1–9 of 72")));
    CHECK(text.contains(QStringLiteral("Rooms 64–72 of 72")));
    const QList<qreal> heights = wordHeights(pdf);
    REQUIRE(heights.size() > 1000);
    qreal smallest = 1e9;
    for (qreal h : heights)
        smallest = qMin(smallest, h);
    CHECK(smallest >= 7 * 1.16);
    // Every page has its time axis.
    CHECK(text.count(QStringLiteral("09:00")) >= 8);

    // Asked for: 24 rooms a page, still nothing below 7 pt.
    pdf = exportTimetable(dir, event, {QStringLiteral("--rooms-per-page"), QStringLiteral("24")});
    CHECK(test::pdfPageCount(pdf) >= 3);
    text = test::pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Rooms 25–48 of 72")));
    for (qreal h : wordHeights(pdf))
        smallest = qMin(smallest, h);
    CHECK(smallest >= 7 * 1.16);

    // A3 holds more rooms a page than A4.
    pdf = exportTimetable(dir, event, {QStringLiteral("--paper"), QStringLiteral("a3")});
    CHECK(test::pdfPageCount(pdf) < 8);
}

TEST_CASE("A room with more sessions than a sign holds continues on the next sign, none left out", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("busy.podium"));
    REQUIRE(test::runCli({QStringLiteral("generate"), file, QStringLiteral("--sessions"), QStringLiteral("120"), QStringLiteral("--rooms"),
                          QStringLiteral("2"), QStringLiteral("--participants"), QStringLiteral("10")})
                .exitCode == 0);
    const QString event = test::placeEvent(file, QStringLiteral("busy"));
    auto data = PrintData::load(*test::openTestEvent(event));
    REQUIRE(data.ok());
    const QString pdf = dir.path(QStringLiteral("signs.pdf"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("signs"), event, QStringLiteral("-o"), pdf}).exitCode == 0);
    CHECK(test::pdfPageCount(pdf) > 2 * data.value().programmeDays().size());
    const QString text = test::pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("(continued)")));
    // Every session's time and title on its room's signs (titles repeat: count them).
    for (const Session &s : data.value().programme()) {
        INFO(s.title.toStdString());
        CHECK(text.contains(data.value().timeRange(s) + QLatin1Char(' ') + s.title.simplified()));
    }
    for (qreal h : wordHeights(pdf))
        CHECK(h >= 7 * 1.16);
}
