#pragma once

#include "arrange/ArrangeConstraint.h"
#include "arrange/ArrangeProblem.h"

#include <vector>

// A place one session could take, with what it costs.
struct ArrangeCandidate
{
    ArrangeProblem::Placement place;
    double cost = 0;
};

// The places each session may take considering its own constraints only
// (its day, rooms, seats, pin, its people's and rooms' availability, breaks,
// the length of the day), with the cost of the soft constraints there:
// times outside someone's preferred ones, a room far too big, a change from
// the reference timetable. What depends on other sessions (people and rooms
// booked once, orders, apart, track limits) is ArrangeOccupancy's and the
// MIP's business.
class ArrangeCandidates
{
public:
    explicit ArrangeCandidates(const ArrangeProblem &problem, ArrangeRelaxation relaxation = {});

    // Cheapest first, then earliest, then in room order (deterministic).
    std::vector<ArrangeCandidate> of(int session) const;
    bool allows(int session, const ArrangeProblem::Placement &place) const;
    double cost(int session, const ArrangeProblem::Placement &place) const;
    // Whether the room alone suits the session (rooms allowed, seats).
    bool roomSuits(int session, int room) const;
    const ArrangeRelaxation &relaxation() const { return m_relaxation; }

private:
    bool on(ArrangeConstraint::Kind kind, int index) const { return !m_relaxation.isOff(kind, index); }
    bool keptWhereItIs(int session) const;
    const ArrangeProblem &m_problem;
    ArrangeRelaxation m_relaxation;
};
