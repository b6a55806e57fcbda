#include "arrange/Arranger.h"

#include "arrange/ArrangeExplainer.h"
#include "arrange/ArrangeProblem.h"
#include "arrange/ArrangeProblemBuilder.h"
#include "schedule/ScheduleSnapshot.h"
#include "io/ScheduleDocument.h"
#include "storage/EventStore.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/ScheduleSnapshotRepository.h"

#include <algorithm>
#include <tuple>

namespace {
// Sessions explained one by one with CBC; beyond this, only their own constraints are looked at.
constexpr int explainedInFull = 25;
} // namespace

Result<ArrangePlan> Arranger::plan(const EventStore &file, const Options &options)
{
    auto snapshot = ScheduleSnapshotRepository(file).load();
    if (!snapshot)
        return Result<ArrangePlan>::failure(snapshot.error(), snapshot.details());
    return plan(snapshot.value(), snapshot->rules, options);
}

Result<QHash<SessionId, std::pair<RoomId, QDateTime>>> Arranger::publishedPlaces(const EventStore &file,
                                                                                  const ScheduleDocument &published)
{
    using Places = QHash<SessionId, std::pair<RoomId, QDateTime>>;
    auto sessions = file.sessions().all();
    if (!sessions)
        return Result<Places>::failure(sessions.error());
    auto rooms = file.rooms().all();
    if (!rooms)
        return Result<Places>::failure(rooms.error());
    // Exports write a GUID that is not a UUID as one derived from it: both name the session.
    QHash<QString, SessionId> byGuid;
    for (const Session &s : sessions.value()) {
        byGuid.insert(s.guid, s.id);
        byGuid.insert(ScheduleDocument::exportGuid(s.guid), s.id);
    }
    QHash<QString, RoomId> roomByName;
    for (const Room &r : rooms.value())
        roomByName.insert(r.name.trimmed().toCaseFolded(), r.id);
    Places places;
    for (const ScheduleSession &s : published.sessions) {
        const SessionId id = byGuid.value(s.guid);
        const RoomId room = roomByName.value(s.room.trimmed().toCaseFolded());
        if (id != 0 && room != 0 && s.start.isValid())
            places.insert(id, {room, s.start});
    }
    return places;
}

Result<ArrangePlan> Arranger::plan(const ScheduleSnapshot &snapshot, const SchedulingRules &rules,
                                   const Options &options)
{
    auto problem = ArrangeProblemBuilder::build(snapshot, rules, options.scope);
    if (!problem)
        return Result<ArrangePlan>::failure(problem.error());
    ArrangeSolver::Options solverOptions;
    solverOptions.seconds = options.seconds;
    solverOptions.cancelled = options.cancelled;
    solverOptions.progress = options.progress;
    const ArrangeSolution solution = ArrangeSolver::solve(problem.value(), solverOptions);
    return planOf(problem.value(), solution, &snapshot, options);
}

ArrangePlan Arranger::planOf(const ArrangeProblem &problem, const ArrangeSolution &solution,
                             const ScheduleSnapshot *snapshot, const Options &options)
{
    ArrangePlan plan;
    plan.objective = solution.objective;
    plan.bound = solution.bound;
    plan.optimal = solution.optimal;
    plan.cancelled = solution.cancelled;
    plan.firstFeasibleSeconds = solution.firstFeasibleSeconds;
    plan.seconds = solution.seconds;
    ArrangeExplainer explainer(problem, solution.placements);
    explainer.setDeadline(QDeadlineTimer(qint64(options.explainSeconds * 1000)));
    const int leftOff = int(std::count_if(problem.sessions.begin(), problem.sessions.end(), [&](const auto &s) {
        return s.movable && !solution.placements[size_t(&s - problem.sessions.data())].isPlaced();
    }));
    if (leftOff > 0 && options.progress) {
        ArrangeSolver::Progress p;
        p.stage = tr("Finding out why sessions cannot be placed (%1)").arg(leftOff);
        p.seconds = solution.seconds;
        p.objective = solution.objective;
        p.toPlace = int(std::count_if(problem.sessions.begin(), problem.sessions.end(),
                                      [](const auto &s) { return s.movable; }));
        p.placed = p.toPlace - leftOff;
        options.progress(p);
    }
    int explained = 0;
    for (int s = 0; s < int(problem.sessions.size()); ++s) {
        const ArrangeProblem::SessionInfo &info = problem.sessions[size_t(s)];
        if (!info.movable)
            continue;
        ++plan.sessionsConsidered;
        const ArrangeProblem::Placement &after = solution.placements[size_t(s)];
        if (after.isPlaced() && after == info.current)
            continue; // stays where it is
        ArrangeChange change;
        change.sessionId = info.id;
        change.title = info.title;
        change.minutes = info.minutes;
        if (info.current.isPlaced()) {
            change.roomBefore = problem.rooms[size_t(info.current.room)].id;
            change.roomNameBefore = problem.rooms[size_t(info.current.room)].name;
            change.startBefore = problem.startUtc(info.current.day, info.current.unit);
        }
        if (snapshot) { // where it really is (the grid may round an odd time)
            if (const Session *real = snapshot->session(info.id); real && real->isScheduled())
                change.startBefore = real->start;
        }
        if (after.isPlaced()) {
            change.kind = info.current.isPlaced() ? ArrangeChange::Kind::Moved : ArrangeChange::Kind::Placed;
            change.roomAfter = problem.rooms[size_t(after.room)].id;
            change.roomNameAfter = problem.rooms[size_t(after.room)].name;
            change.startAfter = problem.startUtc(after.day, after.unit);
        } else {
            change.kind = ArrangeChange::Kind::Unplaced;
            const bool cancelled = options.cancelled && options.cancelled();
            const bool inFull = explained++ < explainedInFull && !solution.cancelled && !cancelled;
            change.reason = inFull ? explainer.why(s).text : explainer.whyAlone(s).text;
        }
        plan.changes << change;
    }
    std::stable_sort(plan.changes.begin(), plan.changes.end(), [](const ArrangeChange &a, const ArrangeChange &b) {
        const QDateTime ta = a.startAfter.isValid() ? a.startAfter : a.startBefore;
        const QDateTime tb = b.startAfter.isValid() ? b.startAfter : b.startBefore;
        return std::make_tuple(int(a.kind), ta, a.title) < std::make_tuple(int(b.kind), tb, b.title);
    });
    return plan;
}
