// Conflict check on a FOSDEM-plus sized event next to the equivalent SQL
// self-join run by the sqlite3 command-line tool, and the time to build the
// timetable scene for the busiest day of a 1,000-session event.
// Run by hand: build/tests/bench/ConflictBench
#include "document/EventDocument.h"
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "pages/ProgrammePage.h"
#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventFile.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "widgets/TimetableScene.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

// Every pair of scheduled sessions sharing a person, overlapping in time.
const char *const selfJoin =
    "SELECT count(*) FROM (SELECT DISTINCT a.person_id, a.session_id, b.session_id "
    "FROM session_person a JOIN session_person b ON b.person_id = a.person_id AND b.session_id > a.session_id "
    "JOIN session sa ON sa.id = a.session_id JOIN session sb ON sb.id = b.session_id "
    "WHERE sa.start_utc IS NOT NULL AND sb.start_utc IS NOT NULL AND sa.room_id IS NOT NULL AND sb.room_id IS NOT NULL "
    "AND sa.status <> 'cancelled' AND sb.status <> 'cancelled' "
    "AND unixepoch(sa.start_utc) < unixepoch(sb.start_utc) + sb.duration_min * 60 "
    "AND unixepoch(sb.start_utc) < unixepoch(sa.start_utc) + sa.duration_min * 60);";

// CPU time (user + system) in milliseconds of this process or of its finished children:
// the machine may be shared, so wall time alone says little.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool generate(const QString &path, const EventGenerator::Options &o)
{
    auto file = EventFile::create(path, Event());
    if (!file) {
        std::printf("cannot create %s: %s\n", qPrintable(path), qPrintable(file.error()));
        return false;
    }
    if (Status s = EventGenerator::fill(*file.value(), o); !s) {
        std::printf("cannot generate: %s\n", qPrintable(s.error()));
        return false;
    }
    return true;
}

struct Phases
{
    double open = 0, load = 0, check = 0;
    double cpu = 0;
    double total() const { return open + load + check; }
};

// Podium's whole check: open the file, load the snapshot, find the conflicts.
Phases podiumCheck(const QString &path, qsizetype *found)
{
    Phases phases;
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    auto file = EventFile::open(path, EventFile::OpenOptions{true, false, false});
    phases.open = t.nsecsElapsed() / 1e6;
    t.restart();
    auto snapshot = ScheduleSnapshotRepository(*file.value()).load();
    phases.load = t.nsecsElapsed() / 1e6;
    t.restart();
    *found = ConflictChecker::check(snapshot.value()).size();
    phases.check = t.nsecsElapsed() / 1e6;
    phases.cpu = cpuMs(RUSAGE_SELF) - cpuBefore;
    return phases;
}

struct SqlRun
{
    double wallMs = 0;  // the sqlite3 process, start to exit
    double cpuMs = 0;   // the sqlite3 process's CPU time
    double queryMs = 0; // the query alone, as sqlite3's .timer reports it
    QString result;
};

SqlRun sqlCheck(const QString &path)
{
    QProcess p;
    const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    p.write(".timer on\n");
    p.write(selfJoin);
    p.write("\n");
    p.closeWriteChannel();
    p.waitForFinished(60000);
    SqlRun run;
    run.wallMs = t.nsecsElapsed() / 1e6;
    run.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    run.result = out.section(QLatin1Char('\n'), 0, 0).trimmed();
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Run Time: real ([0-9.]+)")).match(out);
    run.queryMs = m.hasMatch() ? m.captured(1).toDouble() * 1000 : -1;
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const int runs = 7;

    // 5,000 sessions in 100 rooms over 3 days (17 per room and day: all scheduled).
    EventGenerator::Options big;
    big.sessions = 5000;
    big.rooms = 100;
    big.days = 3;
    big.speakers = 3000;
    big.participants = 200;
    big.conflicts = 5;
    const QString bigPath = dir.filePath(QStringLiteral("big.podium"));
    std::printf("Generating 5,000 sessions, 3,000 speakers, 100 rooms, 3 days, 5 planted conflicts...\n");
    if (!generate(bigPath, big))
        return 2;

    qsizetype found = 0;
    std::vector<double> podium, opening, loading, checking, podiumCpu, wall, query, sqlCpu;
    QString sqlResult;
    for (int i = 0; i < runs; ++i) {
        const Phases phases = podiumCheck(bigPath, &found);
        podium.push_back(phases.total());
        opening.push_back(phases.open);
        loading.push_back(phases.load);
        checking.push_back(phases.check);
        podiumCpu.push_back(phases.cpu);
        const SqlRun sql = sqlCheck(bigPath);
        wall.push_back(sql.wallMs);
        query.push_back(sql.queryMs);
        sqlCpu.push_back(sql.cpuMs);
        sqlResult = sql.result;
    }
    {
        auto file = EventFile::open(bigPath, EventFile::OpenOptions{true, false, false});
        auto snapshot = ScheduleSnapshotRepository(*file.value()).load();
        qsizetype scheduled = 0;
        for (const Session &s : snapshot->sessions)
            scheduled += s.isScheduled() ? 1 : 0;
        std::printf("Event: %lld sessions (%lld scheduled), %lld roles, %lld rooms\n",
                    qlonglong(snapshot->sessions.size()), qlonglong(scheduled), qlonglong(snapshot->roles.size()),
                    qlonglong(snapshot->rooms.size()));
    }
    const double p = median(podium), w = median(wall), q = median(query);
    std::printf("Median of %d runs:\n", runs);
    std::printf("  Podium check (open + load + all five rules): %8.2f ms, %lld conflicts\n", p, qlonglong(found));
    std::printf("    of which open %.2f ms, load %.2f ms, check %.2f ms\n", median(opening), median(loading),
                median(checking));
    std::printf("  sqlite3 CLI self-join (process wall time):   %8.2f ms, %s person double-bookings\n", w,
                qPrintable(sqlResult));
    std::printf("  sqlite3 self-join query alone (.timer):      %8.2f ms\n", q);
    std::printf("  CPU time: Podium %.2f ms, sqlite3 CLI %.2f ms\n", median(podiumCpu), median(sqlCpu));
    std::printf("  Ratio Podium / sqlite3 CLI:   %.2f wall, %.2f CPU (target <= 1)\n", p / w,
                median(podiumCpu) / median(sqlCpu));
    std::printf("  Ratio Podium / query alone:   %.2f\n", p / q);

    // The grid: the busiest day of a 1,000-session event in 60 rooms (all on one day).
    EventGenerator::Options fosdem;
    fosdem.sessions = 1000;
    fosdem.rooms = 60;
    fosdem.days = 1;
    fosdem.conflicts = 3;
    const QString fosdemPath = dir.filePath(QStringLiteral("fosdem.podium"));
    if (!generate(fosdemPath, fosdem))
        return 2;
    auto file = EventFile::open(fosdemPath);
    auto snapshot = ScheduleSnapshotRepository(*file.value()).load();
    const QList<Conflict> conflicts = ConflictChecker::check(snapshot.value());
    TimetableScene scene;
    std::vector<double> build, page;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        scene.show(snapshot.value(), snapshot->event.firstDay, conflicts, TimetableScene::Layout());
        build.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("Grid, busiest day of 1,000 sessions in 60 rooms (%lld blocks):\n", qlonglong(scene.blocks().size()));
    std::printf("  build the scene:                                %8.2f ms (target < 150)\n", median(build));
    EventDocument document(std::move(file).value());
    ProgrammePage programme;
    programme.resize(1400, 900);
    programme.show();
    programme.setDocument(&document);
    QApplication::processEvents();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        programme.refreshNow(); // what every edit costs: load, check, rebuild
        page.push_back(t.nsecsElapsed() / 1e6);
    }
    std::printf("  after an edit (load + check + build + lists):   %8.2f ms\n", median(page));
    QElapsedTimer paint;
    paint.start();
    programme.grab();
    std::printf("  first paint of the page (1400x900):             %8.2f ms\n", paint.nsecsElapsed() / 1e6);
    return 0;
}
