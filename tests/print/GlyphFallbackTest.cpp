// Emoji and symbols in titles print as glyphs, from an outline font the PDF
// embeds (Symbola), not as empty boxes or invisible colour bitmaps.
#include "support/TestSupport.h"

#include <QImage>
#include <QRegularExpression>

TEST_CASE("An emoji in a session title prints on the room sign from an embedded outline font")
{
    REQUIRE(test::haveProgram(QStringLiteral("pdffonts")));
    REQUIRE(test::haveProgram(QStringLiteral("pdftoppm")));
    test::TempDir dir;
    const QString podium = dir.path(QStringLiteral("night.podium"));
    REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium,
                          test::fixture(QStringLiteral("schedule/congress-night.json"))})
                .exitCode == 0);
    const QString pdf = dir.path(QStringLiteral("signs.pdf"));
    const test::CliRun exported = test::runCli({QStringLiteral("export"), QStringLiteral("signs"), podium, QStringLiteral("-o"), pdf});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);

    // "Lockpicking after dark 🔓": the lock comes from Symbola, embedded.
    const test::CliRun fonts = test::runProgram(QStringLiteral("pdffonts"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                                              QStringLiteral("-l"), QStringLiteral("1"), pdf});
    INFO(fonts.out.toStdString());
    bool symbola = false;
    for (const QString &line : fonts.out.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Symbola ")))
            symbola = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(4) == QLatin1String("yes"); // "CID TrueType" is two words
    CHECK(symbola);
    CHECK_FALSE(fonts.out.contains(QStringLiteral("NotoColorEmoji")));

    // Drawn: ink right of "dark", where the lock is, and none right of "Ceremony" (a title without one).
    const QString png = dir.path(QStringLiteral("sign"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png})
                .exitCode == 0);
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    const test::CliRun boxes = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"),
                                                                               QStringLiteral("1"), QStringLiteral("-l"),
                                                                               QStringLiteral("1"), pdf, QStringLiteral("-")});
    // Dark pixels in the 30 points after a word (pdftoppm at 72 dpi: a point is a pixel).
    auto inkAfter = [&](const QString &text) {
        const QRegularExpression word(QStringLiteral("<word xMin=\"[0-9.]+\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                                     "yMax=\"([0-9.]+)\">%1</word>").arg(text));
        const QRegularExpressionMatch m = word.match(boxes.out);
        REQUIRE(m.hasMatch());
        const QRect area = QRectF(QPointF(m.captured(2).toDouble() + 2, m.captured(1).toDouble()),
                                  QPointF(m.captured(2).toDouble() + 32, m.captured(3).toDouble()))
                               .toAlignedRect()
                               .intersected(page.rect());
        int dark = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                dark += qGray(page.pixel(x, y)) < 160 ? 1 : 0;
        return dark;
    };
    CHECK(inkAfter(QStringLiteral("dark")) > 10);
    CHECK(inkAfter(QStringLiteral("Ceremony")) == 0);
}
