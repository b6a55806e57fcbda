// Arranging at congress scale and against CBC's own command-line solver.
//  1. A generated 1,000-session, 40-room, 3-day event, all taken off the
//     timetable, with availability for 30 % of the speakers and 200
//     constraints: time to the first timetable satisfying every hard
//     constraint, then the cost, the bound and the gap when the time limit
//     ends, and the conflict check of the result.
//  2. 60-session instances: our cost beside the optimum `cbc model.lp solve`
//     finds on the same model written as an LP file.
// Run by hand: build/tests/bench/ArrangeBench [SECONDS]   (default 30)
#include "arrange/ArrangeCandidates.h"
#include "arrange/ArrangeMip.h"
#include "arrange/ArrangeOccupancy.h"
#include "arrange/ArrangeProblemBuilder.h"
#include "arrange/ArrangeSolver.h"
#include "arrange/Arranger.h"
#include "generate/EventGenerator.h"
#include "generate/SchedulingRulesGenerator.h"
#include "model/Event.h"
#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventFile.h"
#include "storage/ScheduleSnapshotRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

namespace {

ScheduleSnapshot unscheduledEvent(const QTemporaryDir &dir, int sessions, int rooms, int days, quint32 seed)
{
    const QString path = dir.filePath(QStringLiteral("event-%1-%2.podium").arg(sessions).arg(seed));
    auto file = EventFile::create(path, Event());
    EventGenerator::Options o;
    o.sessions = sessions;
    o.rooms = rooms;
    o.days = days;
    o.participants = 20;
    o.seed = seed;
    if (!file || !EventGenerator::fill(*file.value(), o)) {
        std::fprintf(stderr, "could not generate the event\n");
        std::exit(1);
    }
    ScheduleSnapshot snapshot = ScheduleSnapshotRepository(*file.value()).load().value();
    for (Session &s : snapshot.sessions) {
        s.start = QDateTime();
        s.roomId.reset();
    }
    return snapshot;
}

int errorsAfter(const ScheduleSnapshot &before, const ArrangeProblem &problem, const ArrangeSolution &solution)
{
    ScheduleSnapshot after = before;
    for (size_t i = 0; i < problem.sessions.size(); ++i) {
        const ArrangeProblem::Placement &p = solution.placements[i];
        for (Session &s : after.sessions) {
            if (s.id != problem.sessions[i].id || !p.isPlaced())
                continue;
            s.roomId = problem.rooms[size_t(p.room)].id;
            s.start = problem.startUtc(p.day, p.unit);
        }
    }
    int errors = 0;
    for (const Conflict &c : ConflictChecker::check(after))
        errors += c.severity == ConflictSeverity::Error ? 1 : 0;
    return errors;
}

int unplacedCount(const ArrangeProblem &problem, const ArrangeSolution &solution)
{
    int n = 0;
    for (size_t i = 0; i < problem.sessions.size(); ++i)
        n += problem.sessions[i].movable && !solution.placements[i].isPlaced() ? 1 : 0;
    return n;
}

void congress(const QTemporaryDir &dir, double seconds)
{
    std::printf("== 1,000 sessions, 40 rooms, 3 days; availability for 30%% of the speakers, 200 constraints\n");
    const ScheduleSnapshot snapshot = unscheduledEvent(dir, 1000, 40, 3, 7);
    SchedulingRulesGenerator::Options ro;
    ro.seed = 7;
    ro.constraints = 200;
    ro.availabilityShare = 0.3;
    const SchedulingRules rules = SchedulingRulesGenerator::generate(snapshot, ro);
    QElapsedTimer timer;
    timer.start();
    // A congress day: 08:00 to 19:00 with lunch kept free (the generator fills 09:00-18:00 to 93 %).
    ArrangeScope scope;
    scope.dayStart = QTime(8, 0);
    scope.dayEnd = QTime(19, 0);
    auto problem = ArrangeProblemBuilder::build(snapshot, rules, scope);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    std::printf("problem: %zu sessions, %zu rooms, %zu people (%lld restricted), %zu days of %d units of %d min; built in %.1f ms\n",
                problem->sessions.size(), problem->rooms.size(), problem->people.size(),
                qlonglong(std::count_if(problem->people.begin(), problem->people.end(),
                                        [](const auto &p) { return p.availability.restricted; })),
                problem->days.size(), problem->days.front().units, problem->unitMinutes, buildMs);
    std::printf("constraints: %zu orders, %zu apart pairs, %zu track limits, %zu breaks, %d session rules\n",
                problem->orders.size(), problem->aparts.size(), problem->trackLimits.size(), problem->breaks.size(),
                int(rules.sessions.size()));
    ArrangeSolver::Options options;
    options.seconds = seconds;
    double lastReport = -1;
    options.progress = [&](const ArrangeSolver::Progress &p) {
        if (p.seconds - lastReport < 2 && lastReport >= 0)
            return;
        lastReport = p.seconds;
        std::printf("  %6.2f s  cost %10.2f  placed %d/%d  %s\n", p.seconds, p.objective, p.placed, p.toPlace,
                    qPrintable(p.stage));
    };
    const ArrangeSolution solution = ArrangeSolver::solve(problem.value(), options);
    std::printf("first feasible timetable: %.3f s\n", solution.firstFeasibleSeconds);
    std::printf("after %.1f s (limit %.0f s): cost %.2f, bound %.2f, gap %.1f%%%s; %d MIPs solved\n", solution.seconds,
                seconds, solution.objective, solution.bound, 100 * solution.gap(),
                solution.optimal ? " (optimal)" : "", solution.mipsSolved);
    const int unplaced = unplacedCount(problem.value(), solution);
    std::printf("placed %d of %d; conflict check of the result: %d errors\n",
                int(problem->sessions.size()) - unplaced, int(problem->sessions.size()),
                errorsAfter(snapshot, problem.value(), solution));
    timer.restart();
    const ArrangePlan plan = Arranger::planOf(problem.value(), solution, &snapshot);
    std::printf("plan with reasons for %d unplaced sessions: %.1f ms\n", plan.count(ArrangeChange::Kind::Unplaced),
                timer.nsecsElapsed() / 1e6);
    int shown = 0;
    for (const ArrangeChange &c : plan.changes)
        if (c.kind == ArrangeChange::Kind::Unplaced && shown++ < 20)
            std::printf("  unplaced “%s”: %s\n", qPrintable(c.title), qPrintable(c.reason));
}

// CBC's own solver on the same model, as an LP file; its objective, or NaN.
double cbcOptimum(const QString &lp, const QString &out, double seconds, double *wallSeconds)
{
    QElapsedTimer timer;
    timer.start();
    QProcess cbc;
    cbc.start(QStringLiteral("cbc"), {lp, QStringLiteral("sec"), QString::number(seconds), QStringLiteral("solve"),
                                      QStringLiteral("solution"), out});
    cbc.waitForFinished(int(seconds * 1000) + 60000);
    *wallSeconds = timer.elapsed() / 1000.0;
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly))
        return qQNaN();
    // "Optimal - objective value 12.34000000"
    const QString first = QString::fromUtf8(file.readLine());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("objective value\\s+(-?[0-9.eE+-]+)")).match(first);
    std::printf("    cbc: %s", qPrintable(first));
    return m.hasMatch() ? m.captured(1).toDouble() : qQNaN();
}

void sixty(const QTemporaryDir &dir, double seconds)
{
    std::printf("== 60-session instances (4 rooms, 2 days): ours beside `cbc model.lp solve` on the same model\n");
    for (quint32 seed : {1u, 2u, 3u}) {
        const ScheduleSnapshot snapshot = unscheduledEvent(dir, 60, 4, 2, seed);
        SchedulingRulesGenerator::Options ro;
        ro.seed = seed;
        ro.constraints = 20;
        const SchedulingRules rules = SchedulingRulesGenerator::generate(snapshot, ro);
        auto problem = ArrangeProblemBuilder::build(snapshot, rules, ArrangeScope{});
        ArrangeSolver::Options options;
        options.seconds = seconds;
        const ArrangeSolution ours = ArrangeSolver::solve(problem.value(), options);
        // The whole model, as ArrangeSolver gives it to CBC.
        const ArrangeCandidates candidates(problem.value());
        const ArrangeOccupancy fixed(problem.value());
        std::vector<int> all;
        for (int s = 0; s < int(problem->sessions.size()); ++s)
            if (problem->sessions[size_t(s)].movable)
                all.push_back(s);
        const ArrangeMip mip(problem.value(), candidates, fixed, all, ArrangeMip::Options{});
        const QString lp = dir.filePath(QStringLiteral("model-%1.lp").arg(seed));
        mip.writeLp(lp);
        std::printf("  seed %u: %d columns, %d rows; ours %.2f after %.1f s (first feasible %.3f s, %s, bound %.2f)\n",
                    seed, mip.columnCount(), mip.rowCount(), ours.objective, ours.seconds, ours.firstFeasibleSeconds,
                    ours.optimal ? "proven optimal" : "not proven", ours.bound);
        double wall = 0;
        const double optimum = cbcOptimum(lp, dir.filePath(QStringLiteral("out-%1.txt").arg(seed)), 120, &wall);
        std::printf("    cbc command line: %.2f in %.1f s; ours - cbc = %.2f\n", optimum, wall, ours.objective - optimum);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 30;
    QTemporaryDir dir;
    congress(dir, seconds);
    sixty(dir, std::min(seconds, 30.0));
    return 0;
}
