#pragma once

#include "arrange/ArrangeCandidates.h"
#include "arrange/ArrangeOccupancy.h"

#include <vector>

// The fast constructive start: sessions that stay take their places, movable
// sessions keep theirs when they still fit, and the rest are placed one by
// one, hardest first (fewest places, most people, longest), each at its
// cheapest place that still fits. Deterministic; linear in the candidates.
// Its timetable satisfies every hard constraint by construction and is
// handed to CBC as the initial solution.
class ArrangeGreedy
{
public:
    // `candidates[s]` as ArrangeCandidates::of(s). Fills `occupancy`; returns the placement of every session.
    static std::vector<ArrangeProblem::Placement> run(const ArrangeProblem &problem,
                                                      const std::vector<std::vector<ArrangeCandidate>> &candidates,
                                                      ArrangeOccupancy &occupancy);
    // For each movable session left off: a place where exactly one placed session is in the
    // way, and another place for that one (an ejection chain of one). Returns how many it placed.
    // Each placed movable session moved to a cheaper place that still fits, where there is one
    // (one pass, cheapest first). Returns how many moved.
    static int improve(const ArrangeProblem &problem, const std::vector<std::vector<ArrangeCandidate>> &candidates,
                       ArrangeOccupancy &occupancy);
    static int repair(const ArrangeProblem &problem, const std::vector<std::vector<ArrangeCandidate>> &candidates,
                      ArrangeOccupancy &occupancy);
};
