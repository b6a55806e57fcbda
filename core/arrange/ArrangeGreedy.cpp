#include "arrange/ArrangeGreedy.h"

#include <algorithm>
#include <numeric>
#include <tuple>

using Placement = ArrangeProblem::Placement;

std::vector<Placement> ArrangeGreedy::run(const ArrangeProblem &problem,
                                          const std::vector<std::vector<ArrangeCandidate>> &candidates,
                                          ArrangeOccupancy &occupancy)
{
    const int count = int(problem.sessions.size());
    // Sessions that stay where they are take their places first, whatever they clash with.
    for (int s = 0; s < count; ++s) {
        const ArrangeProblem::SessionInfo &session = problem.sessions[size_t(s)];
        if (!session.movable && session.current.isPlaced())
            occupancy.place(s, session.current);
    }
    // Then movable sessions that may stay where they are (fewest changes).
    std::vector<int> rest;
    for (int s = 0; s < count; ++s) {
        const ArrangeProblem::SessionInfo &session = problem.sessions[size_t(s)];
        if (!session.movable)
            continue;
        const auto &mine = candidates[size_t(s)];
        const bool allowedHere = std::any_of(mine.begin(), mine.end(),
                                             [&](const ArrangeCandidate &c) { return c.place == session.current; });
        if (session.current.isPlaced() && allowedHere && occupancy.fits(s, session.current))
            occupancy.place(s, session.current);
        else
            rest.push_back(s);
    }
    // Hardest first.
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) {
        const ArrangeProblem::SessionInfo &x = problem.sessions[size_t(a)];
        const ArrangeProblem::SessionInfo &y = problem.sessions[size_t(b)];
        return std::make_tuple(candidates[size_t(a)].size(), -int(x.people.size()), -x.units, x.id)
               < std::make_tuple(candidates[size_t(b)].size(), -int(y.people.size()), -y.units, y.id);
    });
    for (int s : rest) {
        for (const ArrangeCandidate &c : candidates[size_t(s)]) {
            if (occupancy.fits(s, c.place)) {
                occupancy.place(s, c.place);
                break;
            }
        }
    }
    std::vector<Placement> out(static_cast<size_t>(count));
    for (int s = 0; s < count; ++s)
        out[size_t(s)] = occupancy.at(s);
    return out;
}

namespace {
// Places of the session tried when repairing, cheapest first: enough to find room, quick to try.
constexpr size_t repairTries = 400;
} // namespace

int ArrangeGreedy::repair(const ArrangeProblem &problem, const std::vector<std::vector<ArrangeCandidate>> &candidates,
                          ArrangeOccupancy &occupancy)
{
    const int count = int(problem.sessions.size());
    int placed = 0;
    for (int u = 0; u < count; ++u) {
        if (!problem.sessions[size_t(u)].movable || occupancy.at(u).isPlaced())
            continue;
        const auto &mine = candidates[size_t(u)];
        bool done = false;
        for (size_t k = 0; k < mine.size() && k < repairTries && !done; ++k) {
            const Placement &c = mine[k].place;
            const int from = c.unit;
            const int to = c.unit + problem.sessions[size_t(u)].units;
            // Each movable session placed near that time the same day, taken out in turn.
            for (int b = 0; b < count && !done; ++b) {
                const Placement was = occupancy.at(b);
                if (b == u || !problem.sessions[size_t(b)].movable || !was.isPlaced() || was.day != c.day)
                    continue;
                const int margin = 12; // gaps and orders reach a little further than the overlap
                if (was.unit >= to + margin || was.unit + problem.sessions[size_t(b)].units + margin <= from)
                    continue;
                occupancy.remove(b);
                if (occupancy.fits(u, c)) {
                    occupancy.place(u, c);
                    for (const ArrangeCandidate &other : candidates[size_t(b)]) {
                        if (other.place != was && occupancy.fits(b, other.place)) {
                            occupancy.place(b, other.place);
                            done = true;
                            break;
                        }
                    }
                    if (!done)
                        occupancy.remove(u);
                }
                if (!done)
                    occupancy.place(b, was);
            }
        }
        placed += done ? 1 : 0;
    }
    return placed;
}

int ArrangeGreedy::improve(const ArrangeProblem &problem, const std::vector<std::vector<ArrangeCandidate>> &candidates,
                           ArrangeOccupancy &occupancy)
{
    int moved = 0;
    for (int s = 0; s < int(problem.sessions.size()); ++s) {
        const Placement was = occupancy.at(s);
        if (!problem.sessions[size_t(s)].movable || !was.isPlaced())
            continue;
        const auto &mine = candidates[size_t(s)];
        const auto here = std::find_if(mine.begin(), mine.end(), [&](const ArrangeCandidate &c) { return c.place == was; });
        if (here == mine.end() || here == mine.begin())
            continue; // not a candidate (kept), or already at its cheapest
        occupancy.remove(s);
        Placement best = was;
        for (auto it = mine.begin(); it != here && it->cost < here->cost - 1e-9; ++it) {
            if (occupancy.fits(s, it->place)) {
                best = it->place;
                break;
            }
        }
        occupancy.place(s, best);
        moved += best != was ? 1 : 0;
    }
    return moved;
}
