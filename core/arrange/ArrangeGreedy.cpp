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
