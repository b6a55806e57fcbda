// The programme booklet typeset as a printer would: a running head with the
// day on every page, no line of an abstract alone at a page's foot or head,
// room names broken between words, and an index that reads names as written
// and lists every page.
#include "support/PdfText.h"
#include "support/StoreUnderTest.h"

#include "model/Event.h"
#include "model/Person.h"
#include "print/ImageCanvas.h"
#include "print/IndexName.h"
#include "print/PageFlow.h"
#include "print/PrintData.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"

#include <QRegularExpression>

namespace {
// A flow on A4 whose area leaves room for `room` lines of 10 pt type; paints `lines` lines.
// Returns how many lines went on the first page.
int firstPageLines(int room, int lines)
{
    ImageCanvas canvas(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), 20, 5);
    TextBlock block;
    block.font = canvas.font(10);
    block.lineHeight = canvas.metrics(block.font).height();
    block.ascent = canvas.metrics(block.font).ascent();
    for (int i = 0; i < lines; ++i)
        block.lines << QStringLiteral("line %1").arg(i + 1);
    PageFlow flow(canvas, QRectF(0, 0, 400, 100 * block.lineHeight), {});
    flow.newPage();
    flow.advance((100 - room) * block.lineHeight);
    int onFirst = 0;
    flow.flow(block, 0, 400, [&] {
        if (onFirst == 0)
            onFirst = -1;
    });
    // Lines before the break: what the cursor had advanced on the first page.
    const int pages = canvas.pageCount();
    canvas.finish();
    return pages == 1 ? lines : lines - int(std::lround((flow.y()) / block.lineHeight));
}
} // namespace

TEST_CASE("An abstract leaves no line alone at the foot or the head of a page")
{
    CHECK(firstPageLines(10, 5) == 5); // fits
    CHECK(firstPageLines(4, 5) == 3);  // 4 would leave the last line alone: 3 and 2
    CHECK(firstPageLines(3, 5) == 3);  // 3 and 2 anyway
    CHECK(firstPageLines(1, 5) == 0);  // one line at the foot: the paragraph starts overleaf
    CHECK(firstPageLines(2, 3) == 0);  // 2 and 1 would widow the last; 1 and 2 would orphan the first
    CHECK(firstPageLines(1, 1) == 1);  // a one-line paragraph fits
}

TEST_CASE("Room names break between words, long words with a hyphen")
{
    ImageCanvas canvas(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()), 20, 1);
    const QFont font = canvas.font(8);
    const qreal width = canvas.metrics(font).horizontalAdvance(QStringLiteral("Foyer & Match"));
    const TextBlock foyer = TextBlock::wrapHyphenated(canvas, QStringLiteral("Foyer & Matchmaking Area"), font, width * 1.3);
    REQUIRE(foyer.lines.size() >= 2);
    CHECK(foyer.lines.join(QLatin1Char(' ')) == QStringLiteral("Foyer & Matchmaking Area")); // whole words, no hyphen
    const QString longWord = QStringLiteral("Konferenzraumbereichsverwaltung Nord");
    const TextBlock broken = TextBlock::wrapHyphenated(canvas, longWord, font, width);
    REQUIRE(broken.lines.size() >= 3);
    for (int i = 0; i < broken.lines.size(); ++i) {
        INFO(broken.lines.at(i).toStdString());
        CHECK(canvas.metrics(font).horizontalAdvance(broken.lines.at(i)) <= width + 0.01);
        if (i < broken.lines.size() - 2)
            CHECK(broken.lines.at(i).endsWith(QLatin1Char('-')));
    }
    QString joined;
    for (const QString &line : broken.lines)
        joined += line.endsWith(QLatin1Char('-')) ? line.chopped(1) : line + QLatin1Char(' ');
    CHECK(joined.trimmed() == longWord);
}

TEST_CASE("The speaker index reads pronouns and handles as written and sorts by the first letter")
{
    auto name = [](const QString &first, const QString &last) {
        Person p;
        p.firstName = first;
        p.lastName = last;
        return IndexName::of(p);
    };
    CHECK(name(QStringLiteral("Anna"), QStringLiteral("Chioti")).shown == QStringLiteral("Chioti, Anna"));
    CHECK(name(QStringLiteral("liv"), QStringLiteral("(she/her)")).shown == QStringLiteral("liv (she/her)"));
    CHECK(name(QStringLiteral("liv"), QStringLiteral("(she/her)")).sortKey.startsWith(QLatin1Char('l')));
    CHECK(name(QStringLiteral("Jo"), QStringLiteral("@jo_codes")).shown == QStringLiteral("Jo @jo_codes"));
    CHECK(name(QString(), QStringLiteral("@mastodon")).sortKey == QStringLiteral("mastodon"));
    CHECK(name(QStringLiteral("小明"), QStringLiteral("王")).shown == QStringLiteral("王小明"));
    CHECK(name(QString(), QStringLiteral("-")).isEmpty());
}

TEST_CASE("Every booklet page names its day, and the index lists every page of a busy speaker", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftotext"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("event.podium"));
    // Few speakers for many sessions over two days: each speaker is on many pages.
    REQUIRE(test::runCli({QStringLiteral("generate"), path, QStringLiteral("--sessions"), QStringLiteral("160"), QStringLiteral("--rooms"),
                          QStringLiteral("4"), QStringLiteral("--days"), QStringLiteral("2"), QStringLiteral("--speakers"), QStringLiteral("4"),
                          QStringLiteral("--participants"), QStringLiteral("10")})
                .exitCode == 0);
    const QString event = test::placeEvent(path, QStringLiteral("booklet"));
    {
        // A one-field name an import split badly: a speaker's family name holds her pronouns.
        auto store = test::openTestEvent(event);
        auto data = PrintData::load(*store);
        REQUIRE(data.ok());
        REQUIRE_FALSE(data.value().roles.isEmpty());
        Person pronouns = *data.value().person(data.value().roles.first().personId);
        pronouns.firstName = QStringLiteral("liv");
        pronouns.lastName = QStringLiteral("(she/her)");
        REQUIRE(store->people().update(pronouns).ok());
    }
    auto data = PrintData::load(*test::openTestEvent(event));
    REQUIRE(data.ok());
    const QString pdf = dir.path(QStringLiteral("programme.pdf"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("programme"), event, QStringLiteral("-o"), pdf}).exitCode == 0);
    const QStringList pages = test::pdfPages(pdf);
    REQUIRE(pages.size() > 10);
    QStringList days;
    for (QDate day : data.value().programmeDays())
        days << data.value().longDate(day);
    REQUIRE(days.size() == 2);
    for (int i = 1; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        const bool named = pages.at(i).contains(days.at(0)) || pages.at(i).contains(days.at(1))
            || pages.at(i).contains(QStringLiteral("Index of speakers"));
        CHECK(named);
    }
    // The index: "liv (she/her)" as written, under L; every page number of a busy speaker, none cut.
    const QString index = pages.mid(pages.lastIndexOf(QRegularExpression(QStringLiteral("(?s)^\\s*Index of speakers.*"))))
                              .join(QLatin1Char('\n'));
    CHECK(index.contains(QStringLiteral("liv (she/her)")));
    CHECK_FALSE(index.contains(QStringLiteral("(she/her), liv")));
    CHECK_FALSE(index.contains(QChar(0x2026)));
    const QRegularExpression pageList(QStringLiteral("(\\d+(?:, \\d+)+,?)"));
    int longest = 0;
    QString flat = index;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (auto it = pageList.globalMatch(flat); it.hasNext();)
        longest = qMax(longest, int(it.next().captured(1).count(QLatin1Char(','))) + 1);
    CHECK(longest >= 8); // a speaker of 40 sessions spread over the booklet
}
