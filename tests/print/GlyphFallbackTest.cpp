// Emoji and symbols in titles print as glyphs, from an outline font the PDF
// embeds (Symbola), not as empty boxes or invisible colour bitmaps.
#include "support/TestSupport.h"

#include <QImage>

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
        if (line.startsWith(QLatin1String("Symbola")))
            symbola = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).value(3) == QLatin1String("yes");
    CHECK(symbola);
    CHECK_FALSE(fonts.out.contains(QStringLiteral("NotoColorEmoji")));
    const test::CliRun text = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"),
                                                                              QStringLiteral("-l"), QStringLiteral("1"), pdf,
                                                                              QStringLiteral("-")});
    CHECK(text.out.contains(QStringLiteral("Lockpicking after dark 🔓")));

    // Drawn: ink right of the title, where the lock is (the title line ends there).
    const QString png = dir.path(QStringLiteral("sign"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"),
                                                           QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                           QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, png})
                .exitCode == 0);
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    const test::CliRun box = test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"),
                                                                             QStringLiteral("1"), QStringLiteral("-l"),
                                                                             QStringLiteral("1"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" "
                                                        "yMax=\"([0-9.]+)\">🔓</word>"));
    const QRegularExpressionMatch m = word.match(box.out);
    REQUIRE(m.hasMatch());
    const QRect glyph = QRectF(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                               QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()))
                            .toAlignedRect()
                            .intersected(page.rect());
    int dark = 0;
    for (int y = glyph.top(); y <= glyph.bottom(); ++y)
        for (int x = glyph.left(); x <= glyph.right(); ++x)
            dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 5);
}
