#pragma once

#include "arrange/ArrangeProblem.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

// What the arranger found: a place for every session it could place.
struct ArrangeSolution
{
    std::vector<ArrangeProblem::Placement> placements; // per session of the problem
    double objective = 0;      // soft costs plus the unplaced weight per session left off
    double bound = 0;          // no timetable costs less than this
    bool optimal = false;      // proven by CBC
    bool cancelled = false;
    double firstFeasibleSeconds = 0; // when the first timetable satisfying every hard constraint was ready
    double seconds = 0;
    int mipsSolved = 0;
    double gap() const { return objective > 0 ? (objective - bound) / objective : 0; }
};

// Arranges an ArrangeProblem in three steps, so that a congress of a
// thousand sessions gets a timetable within seconds:
//  1. a greedy start (ArrangeGreedy): every hard constraint holds, in milliseconds;
//  2. when the whole model is small enough (ArrangeMip's columns under
//     Options::wholeModelColumns), CBC solves it at once, starting from
//     the greedy timetable, to a proven optimum or the time limit;
//  3. otherwise large-neighbourhood search: CBC re-solves windows of the
//     timetable (a day, two hours, a group of rooms of similar size, and the
//     sessions left off that could go there) with everything else fixed, each
//     from the current timetable, so every step keeps all hard constraints
//     and never costs more; passes repeat until nothing improves or time is up.
// The bound is CBC's for the whole model, else the sum of each session's
// cheapest place (every session placed at its best, ignoring the others).
class ArrangeSolver
{
    Q_DECLARE_TR_FUNCTIONS(ArrangeSolver)
public:
    struct Progress
    {
        QString stage;       // "Improving Monday 09:00–11:00"
        double seconds = 0;
        double objective = 0;
        int placed = 0;      // movable sessions with a place
        int toPlace = 0;     // movable sessions
    };
    struct Options
    {
        double seconds = 10;
        int wholeModelColumns = 40000;
        std::function<bool()> cancelled;
        std::function<void(const Progress &)> progress;
    };

    static ArrangeSolution solve(const ArrangeProblem &problem, const Options &options);
};
