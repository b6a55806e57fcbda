#pragma once

#include "arrange/ArrangePlan.h"
#include "arrange/ArrangeScope.h"
#include "arrange/ArrangeSolver.h"
#include "model/SchedulingRules.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

class EventStore;
struct ArrangeProblem;
struct ScheduleDocument;
struct ArrangeSolution;
struct ScheduleSnapshot;

// Arrange ▸ the one call the GUI and `podium-cli arrange` make: reads the
// event's timetable and rules, builds the problem for the scope, solves it
// (ArrangeSolver) and explains every session left unplaced
// (ArrangeExplainer), giving a plan to preview and apply.
class Arranger
{
    Q_DECLARE_TR_FUNCTIONS(Arranger)
public:
    struct Options
    {
        ArrangeScope scope;
        double seconds = 10; // time limit of the search
        double explainSeconds = 5; // then, at most this long to explain sessions left unplaced
        std::function<bool()> cancelled;
        std::function<void(const ArrangeSolver::Progress &)> progress;
    };

    // The event's timetable with its scheduling rules (availability, constraints).
    static Result<ArrangePlan> plan(const EventStore &file, const Options &options);
    // Where the event's sessions are in a published programme (a frab/pretalx
    // export, matched by GUID, rooms by name), for ArrangeScope::published.
    static Result<QHash<SessionId, std::pair<RoomId, QDateTime>>> publishedPlaces(const EventStore &file,
                                                                                   const ScheduleDocument &published);
    // A timetable under the given rules (the GUI's snapshot, tests).
    static Result<ArrangePlan> plan(const ScheduleSnapshot &snapshot, const SchedulingRules &rules,
                                    const Options &options);
    // The plan of a solved problem (tests and the benchmark build problems by hand).
    static ArrangePlan planOf(const ArrangeProblem &problem, const ArrangeSolution &solution,
                              const ScheduleSnapshot *snapshot, const Options &options);
    static ArrangePlan planOf(const ArrangeProblem &problem, const ArrangeSolution &solution,
                              const ScheduleSnapshot *snapshot = nullptr)
    {
        return planOf(problem, solution, snapshot, Options());
    }
};
