// The exported site in a real browser: tests/site/site_browser.py drives
// headless Chromium through chromedriver (WebDriver) over the demo and a
// generated 1,000-session event: every session in the grid, search finds a
// speaker, a favourite survives a re-export with changed times, the site
// works with its server gone after the first load, phone and desktop widths.
// Set PODIUM_SITE_SCREENSHOTS=DIR to keep the screenshots.

#include "support/TestSupport.h"

TEST_CASE("The exported site works in headless Chromium")
{
    if (!test::haveProgram(QStringLiteral("chromium")) || !test::haveProgram(QStringLiteral("chromedriver"))) {
        WARN("Skipped: chromium and chromium-driver are not installed (./build.sh test installs them).");
        return;
    }
    test::TempDir dir;
    QStringList args{QStringLiteral(PODIUM_SOURCE_DIR "/tests/site/site_browser.py"), QStringLiteral(PODIUM_CLI),
                     dir.path(QStringLiteral("work"))};
    const QString shots = qEnvironmentVariable("PODIUM_SITE_SCREENSHOTS");
    if (!shots.isEmpty())
        args << shots;
    const test::CliRun run = test::runProgram(QStringLiteral("python3"), args, 300000);
    INFO(run.out.toStdString());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("all browser checks passed")));
}
