// Foundation benchmark (issue 3): generate 100,000 participants and 2,000
// sessions, then open the file and read the counts. Prints times; asserts nothing.
// Targets: generation under 3 s; opening plus counts under 100 ms.
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/StatisticsRepository.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.podium"));

    EventGenerator::Options o;
    o.participants = 100000;
    o.sessions = 2000;
    o.rooms = 20;
    o.days = 3;
    o.seed = 1;

    QElapsedTimer timer;
    timer.start();
    {
        auto file = EventFile::create(path, Event());
        if (!file || !EventGenerator::fill(*file.value(), o)) {
            fprintf(stderr, "generation failed\n");
            return 1;
        }
    }
    const double generateMs = double(timer.nsecsElapsed()) / 1e6;

    // The same through the command line, as a user runs it (process start included).
    const QString cliPath = dir.filePath(QStringLiteral("cli.podium"));
    timer.restart();
    const int rc = QProcess::execute(QStringLiteral(PODIUM_CLI),
                                     {QStringLiteral("generate"), cliPath, QStringLiteral("--participants"),
                                      QStringLiteral("100000"), QStringLiteral("--sessions"), QStringLiteral("2000"),
                                      QStringLiteral("--rooms"), QStringLiteral("20"), QStringLiteral("--days"),
                                      QStringLiteral("3")});
    const double cliMs = double(timer.nsecsElapsed()) / 1e6;

    std::vector<double> openTimes;
    EventCounts counts;
    for (int i = 0; i < 7; ++i) {
        timer.restart();
        auto file = EventFile::open(path);
        auto c = file ? file.value()->statistics().counts() : Result<EventCounts>::failure(file.error());
        openTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!c) {
            fprintf(stderr, "%s\n", qPrintable(c.error()));
            return 1;
        }
        counts = c.value();
    }
    std::sort(openTimes.begin(), openTimes.end());

    printf("Foundation benchmark: %lld participants, %lld sessions, %lld rooms (file %.1f MB)\n",
           counts.participants, counts.sessions, counts.rooms, double(QFileInfo(path).size()) / 1e6);
    printf("  generate (in process)        %8.0f ms   target < 3000 ms\n", generateMs);
    printf("  podium-cli generate (wall)   %8.0f ms   (exit %d)\n", cliMs, rc);
    printf("  open + counts, best of 7     %8.1f ms   target < 100 ms\n", openTimes.front());
    printf("  open + counts, median of 7   %8.1f ms\n", openTimes[openTimes.size() / 2]);
    return 0;
}
