// Web site export benchmark: a generated 1,000-session event (12 rooms, 3
// days) exported as a site (target: under 1 s), then again into the same
// folder (what changed), the site's size, and how long headless Chromium
// takes to render the largest day page (beyond opening a blank page).
// Prints the figures; asserts nothing.

#include "io/ScheduleDocumentBuilder.h"
#include "site/SiteWriter.h"
#include "storage/EventFile.h"

#include "BenchTimer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <functional>

namespace {
// Wall time of a headless Chromium screenshot of url at 1,400 px.
double chromiumShot(const QString &chromium, const QString &url, const QString &profile, const QString &png)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                             QStringLiteral("--disable-sync"), QStringLiteral("--no-first-run"),
                             QStringLiteral("--user-data-dir=") + profile, QStringLiteral("--window-size=1400,1000"),
                             QStringLiteral("--screenshot=") + png, url});
    process.waitForFinished(120000);
    return timer.nsecsElapsed() / 1e6;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The event as an organiser would make it for trying Podium at congress scale.
    if (QProcess::execute(QStringLiteral(PODIUM_CLI),
                          {QStringLiteral("generate"), dir.filePath(QStringLiteral("event.podium")), QStringLiteral("--sessions"),
                           QStringLiteral("1000"), QStringLiteral("--rooms"), QStringLiteral("12"), QStringLiteral("--days"),
                           QStringLiteral("3"), QStringLiteral("--participants"), QStringLiteral("0")})
        != 0)
        return 1;
    auto event = EventFile::open(dir.filePath(QStringLiteral("event.podium")));
    if (!event.ok())
        return 1;
    auto schedule = ScheduleDocumentBuilder::build(*event.value());
    if (!schedule.ok())
        return 1;
    const QString site = dir.filePath(QStringLiteral("site"));
    SiteWriter::Options siteOptions;
    SiteWriter::Summary summary;
    timed("export site (1,000 sessions, 12 rooms, 3 days)", [&] {
        auto written = SiteWriter::write(schedule.value(), site, siteOptions);
        if (written.ok())
            summary = written.value();
        return written.ok();
    });
    ScheduleDocument moved = schedule.value();
    for (int i = 0; i < moved.sessions.size(); i += 10)
        moved.sessions[i].start = moved.sessions[i].start.addSecs(1800);
    timed("export again into the same folder (100 moved)", [&] {
        auto written = SiteWriter::write(moved, site, siteOptions);
        return written.ok() && written->changes == 100;
    });
    std::printf("sessions: %d, files: %d, size: %.1f KB\n", summary.sessions, summary.files, summary.bytes / 1024.0);
    QString largest;
    qint64 largestSize = 0;
    for (const QFileInfo &info : QDir(site).entryInfoList({QStringLiteral("*.html")}, QDir::Files)) {
        if ((info.fileName() == QLatin1String("index.html") || info.fileName().startsWith(QLatin1String("day-")))
            && info.size() > largestSize) {
            largest = info.absoluteFilePath();
            largestSize = info.size();
        }
    }
    std::printf("largest day page: %s, %.1f KB (layout.css %.1f KB, search-index.js %.1f KB)\n",
                qPrintable(QFileInfo(largest).fileName()), largestSize / 1024.0,
                QFileInfo(QDir(site).filePath(QStringLiteral("layout.css"))).size() / 1024.0,
                QFileInfo(QDir(site).filePath(QStringLiteral("search-index.js"))).size() / 1024.0);

    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        std::printf("chromium not installed: no render time\n");
        return 0;
    }
    const QString blank = dir.filePath(QStringLiteral("blank.html"));
    QFile(blank).open(QIODevice::WriteOnly);
    const QString profile = dir.filePath(QStringLiteral("profile"));
    chromiumShot(chromium, QUrl::fromLocalFile(blank).toString(), profile, dir.filePath(QStringLiteral("warm.png")));
    const double empty = chromiumShot(chromium, QUrl::fromLocalFile(blank).toString(), profile, dir.filePath(QStringLiteral("b.png")));
    const double page = chromiumShot(chromium, QUrl::fromLocalFile(largest).toString(), profile, dir.filePath(QStringLiteral("p.png")));
    std::printf("%-52s %9.1f ms\n", "chromium: screenshot of a blank page", empty);
    std::printf("%-52s %9.1f ms\n", "chromium: screenshot of the largest day page", page);
    std::printf("%-52s %9.1f ms\n", "  render time of the largest day page (difference)", page - empty);
    return 0;
}
