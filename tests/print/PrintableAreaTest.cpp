// Office printers leave 4-5 mm at the paper's edge unprinted: every document
// keeps its ink 5 mm inside the sheet, read back from the rendered pages.
// Only --bleed (for a print shop) runs colour off the page, on a larger sheet
// with crop marks.
#include "support/EventFiles.h"

#include "print/PageCanvas.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

namespace {
constexpr int dpi = 50;

// The first pages of the PDF as images.
QList<QImage> pages(const test::TempDir &dir, const QString &pdf, int count)
{
    const QString prefix = dir.path(QFileInfo(pdf).baseName() + QStringLiteral("-page"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                                          QStringLiteral("-l"), QString::number(count), pdf, prefix})
                .exitCode == 0);
    QList<QImage> images;
    const QDir folder(QFileInfo(prefix).path());
    for (const QString &name : folder.entryList({QFileInfo(prefix).fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name))
        images << QImage(folder.filePath(name)).convertToFormat(QImage::Format_RGB32);
    return images;
}

bool inked(QRgb pixel)
{
    return qRed(pixel) < 245 || qGreen(pixel) < 245 || qBlue(pixel) < 245;
}

// Pixels with ink within `mm` of the image's edges.
int inkNearEdge(const QImage &image, qreal mm)
{
    const int band = int(mm / 25.4 * dpi) - 1; // a pixel's leeway for anti-aliasing
    int found = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((x < band || y < band || x >= image.width() - band || y >= image.height() - band) && inked(image.pixel(x, y)))
                ++found;
    return found;
}
} // namespace

TEST_CASE("Every document keeps its ink 5 mm inside the paper", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdftoppm"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QList<QStringList> documents = {
        {QStringLiteral("programme")}, {QStringLiteral("timetable")}, {QStringLiteral("signs")}, {QStringLiteral("attendees")},
        {QStringLiteral("signin")}, {QStringLiteral("speakers")}, {QStringLiteral("certificates"), QStringLiteral("--all")},
        {QStringLiteral("badges"), QStringLiteral("--layout"), QStringLiteral("a6-4up")},
        {QStringLiteral("badges"), QStringLiteral("--layout"), QStringLiteral("card-10up")},
        {QStringLiteral("badges"), QStringLiteral("--layout"), QStringLiteral("avery-l7165")},
        {QStringLiteral("badges"), QStringLiteral("--layout"), QStringLiteral("avery-5395")},
    };
    int n = 0;
    for (const QStringList &document : documents) {
        INFO(document.join(QLatin1Char(' ')).toStdString());
        const QString pdf = dir.path(QStringLiteral("doc%1.pdf").arg(++n));
        const auto run = test::runCli(QStringList{QStringLiteral("export"), document.first(), event, QStringLiteral("-o"), pdf}
                                      + document.mid(1));
        REQUIRE(run.exitCode == 0);
        const QList<QImage> images = pages(dir, pdf, 2);
        REQUIRE_FALSE(images.isEmpty());
        for (const QImage &image : images)
            CHECK(inkNearEdge(image, 5) == 0);
    }
}

TEST_CASE("With bleed asked for, the colour band runs off the page, on a larger sheet with crop marks", "[stores]")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdfinfo"))); // poppler-utils (build.sh installs it)
    test::TempDir dir;
    const QString event = test::placeDemoEvent(dir);
    const QString pdf = dir.path(QStringLiteral("signs.pdf"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("signs"), event, QStringLiteral("-o"), pdf, QStringLiteral("--bleed")})
                .exitCode == 0);
    // A4 and 12 mm around it.
    const auto info = test::runProgram(QStringLiteral("pdfinfo"), {pdf});
    const auto size = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info.out);
    REQUIRE(size.hasMatch());
    const qreal slug = PageCanvas::slugMm * PageCanvas::pointsPerMm;
    CHECK(size.captured(1).toDouble() == Approx(595.28 + 2 * slug).margin(1));
    CHECK(size.captured(2).toDouble() == Approx(841.89 + 2 * slug).margin(1));

    const QImage page = pages(dir, pdf, 1).first();
    const auto px = [](qreal mm) { return int(mm / 25.4 * dpi); };
    // The band's colour reaches 2 mm beyond the trimmed top edge...
    CHECK(inked(page.pixel(page.width() / 2, px(PageCanvas::slugMm - 2))));
    // ...but not the sheet's edge, where only the crop marks are.
    CHECK_FALSE(inked(page.pixel(page.width() / 2, px(2))));
    // A crop mark on the extension of the left trim edge, above the page.
    bool mark = false;
    for (int y = 0; y < px(PageCanvas::slugMm - PageCanvas::bleedMm - 1); ++y)
        for (int dx = -1; dx <= 1; ++dx)
            mark |= inked(page.pixel(px(PageCanvas::slugMm) + dx, y));
    CHECK(mark);
}
