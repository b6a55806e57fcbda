#pragma once

#include "arrange/ArrangeCandidates.h"
#include "arrange/ArrangeOccupancy.h"
#include "util/Result.h"

#include <functional>
#include <memory>
#include <vector>

class OsiClpSolverInterface;

// The integer programme for some sessions of an ArrangeProblem (the
// "scope"), everything else staying where `fixed` has it. One binary
// variable per session and candidate place that still fits beside the fixed
// sessions, one "left off" variable per session (costing the unplaced
// weight), and rows: each session placed once or left off; each room, each
// person (with their gap), each "apart" set at most once per time unit;
// each limited track at most K at once; orders as one linear row per pair
// (end of the first <= start of the second unless one is left off).
// Solved by CBC's standard solver (CbcMain, the `cbc` command's own
// defaults), with a starting solution, a time limit and cancel.
class ArrangeMip
{
public:
    struct Options
    {
        double seconds = 10;
        bool mustPlace = false; // no "left off" variables: every scope session placed, or infeasible
        std::function<bool()> cancelled;
        std::function<void(double objective)> improved; // a better timetable was found
        // When set, only places it accepts are candidates (a window of the day).
        std::function<bool(int session, const ArrangeProblem::Placement &)> window;
    };
    struct Outcome
    {
        bool feasible = false;
        bool optimal = false;   // proven
        bool stopped = false;   // by the time limit or cancel
        double objective = 0;
        double bound = 0;       // best possible objective CBC proved
        std::vector<ArrangeProblem::Placement> placements; // per scope session (unplaced when left off)
    };

    ArrangeMip(const ArrangeProblem &problem, const ArrangeCandidates &candidates, const ArrangeOccupancy &fixed,
               std::vector<int> scope, const Options &options);
    ~ArrangeMip();

    // The starting timetable, per scope session (unplaced: left off). Places that are not candidates are ignored.
    void setStart(const std::vector<ArrangeProblem::Placement> &start);
    Outcome solve();
    // The same model as an LP file, for CBC's command-line solver (`cbc FILE.lp solve`).
    Status writeLp(const QString &path) const;
    int columnCount() const;
    int rowCount() const;
    // Objective value of a timetable of the scope sessions in this model.
    double objectiveOf(const std::vector<ArrangeProblem::Placement> &placements) const;

private:
    struct Column
    {
        int scopeIndex;
        ArrangeProblem::Placement place;
    };
    void build();
    bool satisfiesRows(const double *solution) const;
    const ArrangeProblem &m_problem;
    const ArrangeCandidates &m_candidates;
    const ArrangeOccupancy &m_fixed;
    std::vector<int> m_scope;
    Options m_options;
    std::vector<Column> m_columns;     // the place variables, then one "left off" per session
    std::vector<std::vector<int>> m_columnsOf; // per scope session
    int m_leftOffStart = 0;
    std::vector<double> m_start;
    std::unique_ptr<OsiClpSolverInterface> m_solver;
};
