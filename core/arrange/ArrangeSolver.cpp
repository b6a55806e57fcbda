#include "arrange/ArrangeSolver.h"

#include "arrange/ArrangeCandidates.h"
#include "arrange/ArrangeGreedy.h"
#include "arrange/ArrangeMip.h"
#include "arrange/ArrangeOccupancy.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

using Placement = ArrangeProblem::Placement;

namespace {

class Run
{
public:
    Run(const ArrangeProblem &problem, const ArrangeSolver::Options &options)
        : m_problem(problem), m_options(options), m_candidates(problem)
    {
        m_timer.start();
    }

    ArrangeSolution solve()
    {
        const int count = int(m_problem.sessions.size());
        std::vector<std::vector<ArrangeCandidate>> &candidates = m_lists;
        candidates.assign(size_t(count), {});
        size_t columns = 0;
        for (int s = 0; s < count; ++s) {
            candidates[size_t(s)] = m_candidates.of(s);
            if (m_problem.sessions[size_t(s)].movable) {
                m_movable.push_back(s);
                columns += candidates[size_t(s)].size();
                m_solution.bound += candidates[size_t(s)].empty() ? m_problem.weights.unplaced
                                                                   : candidates[size_t(s)].front().cost;
            }
        }
        ArrangeOccupancy occupancy(m_problem);
        m_solution.placements = ArrangeGreedy::run(m_problem, candidates, occupancy);
        // One more session placed is worth more than any wish: repair first, then the wishes.
        if (ArrangeGreedy::repair(m_problem, candidates, occupancy) + ArrangeGreedy::improve(m_problem, candidates, occupancy) > 0)
            for (int s = 0; s < count; ++s)
                m_solution.placements[size_t(s)] = occupancy.at(s);
        m_solution.firstFeasibleSeconds = elapsed();
        m_solution.objective = objectiveOf(m_solution.placements);
        report(ArrangeSolver::tr("First timetable ready"));

        m_wholeModel = columns <= size_t(m_options.wholeModelColumns);
        if (m_wholeModel)
            solveWhole();
        else
            improveByWindows();
        m_solution.seconds = elapsed();
        m_solution.cancelled = cancelled();
        if (m_solution.bound > m_solution.objective)
            m_solution.bound = m_solution.objective;
        // Nothing costs less than the bound: optimal, however it was found.
        if (m_solution.objective <= m_solution.bound + 1e-6 && !m_solution.cancelled)
            m_solution.optimal = true;
        return m_solution;
    }

private:
    double elapsed() const { return m_timer.elapsed() / 1000.0; }
    double remaining() const { return m_options.seconds - elapsed(); }
    bool cancelled() const { return m_options.cancelled && m_options.cancelled(); }

    double objectiveOf(const std::vector<Placement> &placements) const
    {
        double total = 0;
        for (int s : m_movable)
            total += placements[size_t(s)].isPlaced() ? m_candidates.cost(s, placements[size_t(s)])
                                                      : m_problem.weights.unplaced;
        return total;
    }

    void report(const QString &stage, double objective = -1) const
    {
        if (!m_options.progress)
            return;
        ArrangeSolver::Progress p;
        p.stage = stage;
        p.seconds = elapsed();
        p.objective = objective < 0 ? m_solution.objective : objective;
        p.toPlace = int(m_movable.size());
        p.placed = int(std::count_if(m_movable.begin(), m_movable.end(), [&](int s) {
            return m_solution.placements[size_t(s)].isPlaced();
        }));
        m_options.progress(p);
    }

    ArrangeMip::Options mipOptions(double seconds, const QString &stage) const
    {
        ArrangeMip::Options o;
        o.seconds = seconds;
        o.cancelled = m_options.cancelled;
        // CBC's objective of a window is not the timetable's: the whole model's only is reported.
        o.improved = [this, stage, whole = m_wholeModel](double objective) {
            report(stage, whole && objective < 1e40 ? objective : -1);
        };
        return o;
    }

    // Solves the sessions of `scope` with everything else where the current timetable has it;
    // keeps CBC's timetable when it costs less. True when it improved.
    bool resolve(const std::vector<int> &scope, ArrangeMip::Options options, bool whole)
    {
        ArrangeOccupancy fixed(m_problem);
        std::vector<char> inScope(m_problem.sessions.size(), 0);
        for (int s : scope)
            inScope[size_t(s)] = 1;
        for (int s = 0; s < int(m_problem.sessions.size()); ++s)
            if (!inScope[size_t(s)] && m_solution.placements[size_t(s)].isPlaced())
                fixed.place(s, m_solution.placements[size_t(s)]);
        ArrangeMip mip(m_problem, m_candidates, fixed, scope, options);
        std::vector<Placement> start;
        for (int s : scope)
            start.push_back(m_solution.placements[size_t(s)]);
        mip.setStart(start);
        const double before = mip.objectiveOf(start);
        const ArrangeMip::Outcome outcome = mip.solve();
        ++m_solution.mipsSolved;
        if (whole && outcome.feasible)
            m_solution.bound = std::max(m_solution.bound, outcome.bound + fixedCost(inScope));
        if (whole && outcome.optimal)
            m_solution.optimal = true;
        if (!outcome.feasible || outcome.objective >= before - 1e-6)
            return false;
        for (size_t i = 0; i < scope.size(); ++i)
            m_solution.placements[size_t(scope[i])] = outcome.placements[i];
        m_solution.objective = objectiveOf(m_solution.placements);
        return true;
    }

    double fixedCost(const std::vector<char> &inScope) const
    {
        double total = 0;
        for (int s : m_movable)
            if (!inScope[size_t(s)])
                total += m_solution.placements[size_t(s)].isPlaced()
                             ? m_candidates.cost(s, m_solution.placements[size_t(s)])
                             : m_problem.weights.unplaced;
        return total;
    }

    void solveWhole()
    {
        if (m_movable.empty() || cancelled())
            return;
        const QString stage = ArrangeSolver::tr("Looking for the best timetable");
        report(stage);
        // The whole model: stays optimal even when the greedy start is already best.
        resolve(m_movable, mipOptions(std::max(0.1, remaining()), stage), true);
        if (m_solution.objective <= m_solution.bound + 1e-6)
            m_solution.optimal = true;
        report(stage);
    }

    // Rooms in groups of similar size: a window swaps sessions between rooms that could hold them.
    std::vector<std::vector<int>> roomGroups(int size) const
    {
        std::vector<int> order(m_problem.rooms.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return m_problem.rooms[size_t(a)].capacity < m_problem.rooms[size_t(b)].capacity;
        });
        std::vector<std::vector<int>> groups;
        for (size_t i = 0; i < order.size(); i += size_t(size))
            groups.emplace_back(order.begin() + long(i), order.begin() + long(std::min(order.size(), i + size_t(size))));
        return groups;
    }

    void improveByWindows()
    {
        const int windowUnits = std::max(1, 120 / std::max(1, m_problem.unitMinutes));
        const std::vector<std::vector<int>> groups = roomGroups(8);
        // Until two passes in a row (both shifts of the windows) improve nothing.
        int idle = 0;
        for (int pass = 0; idle < 2 && remaining() > 0.2 && !cancelled(); ++pass) {
            bool improved = false;
            for (int d = 0; d < int(m_problem.days.size()); ++d) {
                const int dayUnits = m_problem.days[size_t(d)].units;
                // Odd passes shift the windows by half, so sessions on a window's edge move too.
                for (int from = (pass % 2) * windowUnits / 2 - windowUnits / 2; from < dayUnits; from += windowUnits) {
                    const int lo = std::max(0, from);
                    const int hi = std::min(dayUnits, from + windowUnits);
                    for (const std::vector<int> &group : groups) {
                        if (remaining() <= 0.2 || cancelled())
                            return;
                        improved |= improveWindow(d, lo, hi, group);
                    }
                }
            }
            for (int s : m_movable)
                if (!m_solution.placements[size_t(s)].isPlaced() && !m_lists[size_t(s)].empty() && remaining() > 0.2
                    && !cancelled())
                    improved |= improveAround(s);
            idle = improved ? 0 : idle + 1;
        }
    }

    // A session left off, with the sessions in the way of its cheapest places, each free to
    // move within two hours of where it is on its day.
    bool improveAround(int left)
    {
        const ArrangeProblem::SessionInfo &info = m_problem.sessions[size_t(left)];
        std::vector<int> scope{left};
        std::vector<char> inScope(m_problem.sessions.size(), 0);
        inScope[size_t(left)] = 1;
        const auto &places = m_lists[size_t(left)];
        for (size_t k = 0; k < places.size() && k < 40 && scope.size() < 20; ++k) {
            const Placement &p = places[k].place;
            for (int s : m_movable) {
                const Placement &at = m_solution.placements[size_t(s)];
                if (inScope[size_t(s)] || !at.isPlaced() || at.day != p.day || scope.size() >= 20)
                    continue;
                const bool overlaps = at.unit < p.unit + info.units && p.unit < at.unit + m_problem.sessions[size_t(s)].units;
                const auto &people = m_problem.sessions[size_t(s)].people;
                const bool shares = std::any_of(people.begin(), people.end(), [&](int x) {
                    return std::find(info.people.begin(), info.people.end(), x) != info.people.end();
                });
                if (overlaps && (at.room == p.room || shares)) {
                    scope.push_back(s);
                    inScope[size_t(s)] = 1;
                }
            }
        }
        if (scope.size() < 2)
            return false;
        const int reach = std::max(1, 120 / std::max(1, m_problem.unitMinutes));
        const QString stage = ArrangeSolver::tr("Making room for “%1”").arg(info.title);
        ArrangeMip::Options o = mipOptions(std::min(2.0, std::max(0.1, remaining())), stage);
        o.window = [&](int s, const Placement &p) {
            if (s == left)
                return true;
            const Placement &at = m_solution.placements[size_t(s)];
            return p.day == at.day && std::abs(p.unit - at.unit) <= reach;
        };
        const bool better = resolve(scope, o, false);
        report(stage);
        return better;
    }

    bool improveWindow(int day, int from, int to, const std::vector<int> &rooms)
    {
        std::vector<char> inGroup(m_problem.rooms.size(), 0);
        for (int r : rooms)
            inGroup[size_t(r)] = 1;
        std::vector<int> scope;
        int leftOff = 0;
        for (int s : m_movable) {
            const Placement &p = m_solution.placements[size_t(s)];
            const int units = m_problem.sessions[size_t(s)].units;
            if (p.isPlaced() && p.day == day && inGroup[size_t(p.room)] && p.unit >= from && p.unit + units <= to)
                scope.push_back(s);
            else if (!p.isPlaced() && leftOff < 10 && !m_lists[size_t(s)].empty()) {
                scope.push_back(s);
                ++leftOff;
            }
        }
        if (scope.empty())
            return false;
        const QString stage = ArrangeSolver::tr("Improving %1, %2–%3")
                                  .arg(m_problem.dayText(day),
                                       m_problem.timeText(day, from), m_problem.timeText(day, to));
        ArrangeMip::Options o = mipOptions(std::min(2.0, std::max(0.1, remaining())), stage);
        o.window = [&](int, const Placement &p) {
            return p.day == day && inGroup[size_t(p.room)] && p.unit >= from
                   && p.unit < to; // the session's end is checked by the day's length and the fixed sessions
        };
        const bool better = resolve(scope, o, false);
        report(stage);
        return better;
    }

    const ArrangeProblem &m_problem;
    ArrangeSolver::Options m_options;
    ArrangeCandidates m_candidates;
    QElapsedTimer m_timer;
    std::vector<int> m_movable;
    bool m_wholeModel = false;
    std::vector<std::vector<ArrangeCandidate>> m_lists; // each session's candidates
    ArrangeSolution m_solution;
};

} // namespace

ArrangeSolution ArrangeSolver::solve(const ArrangeProblem &problem, const Options &options)
{
    return Run(problem, options).solve();
}
