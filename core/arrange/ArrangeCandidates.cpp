#include "arrange/ArrangeCandidates.h"

#include <algorithm>
#include <cmath>
#include <tuple>

using Kind = ArrangeConstraint::Kind;
using Placement = ArrangeProblem::Placement;

ArrangeCandidates::ArrangeCandidates(const ArrangeProblem &problem, ArrangeRelaxation relaxation)
    : m_problem(problem), m_relaxation(std::move(relaxation))
{
}

bool ArrangeCandidates::keptWhereItIs(int session) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    return !s.movable && s.current.isPlaced() && on(Kind::SessionPinned, session);
}

bool ArrangeCandidates::roomSuits(int session, int room) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    const ArrangeProblem::RoomInfo &r = m_problem.rooms[size_t(room)];
    if (on(Kind::SessionRooms, session) && s.roomsRestricted
        && std::find(s.allowedRooms.begin(), s.allowedRooms.end(), room) == s.allowedRooms.end())
        return false;
    // Unknown capacities are no limit, as for the conflict check.
    const int seats = std::max(s.minSeats, s.audience);
    if (on(Kind::SessionSeats, session) && r.capacity > 0 && seats > r.capacity)
        return false;
    return true;
}

bool ArrangeCandidates::allows(int session, const Placement &place) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    if (keptWhereItIs(session))
        return place == s.current;
    if (!s.movable && on(Kind::SessionPinned, session))
        return false; // kept off the timetable
    if (s.pinnedPlace.isPlaced() && on(Kind::SessionPinned, session) && place != s.pinnedPlace)
        return false;
    const int day = place.day;
    const int start = place.unit;
    const int end = start + s.units;
    if (day < 0 || day >= int(m_problem.days.size()) || start < 0 || end > m_problem.days[size_t(day)].units)
        return false;
    if (on(Kind::SessionDay, session) && s.fixedDay >= 0 && s.fixedDay != day)
        return false;
    if (!roomSuits(session, place.room))
        return false;
    if (on(Kind::RoomAvailability, place.room)
        && !m_problem.rooms[size_t(place.room)].availability.allows(day, start, end))
        return false;
    for (int p : s.people)
        if (on(Kind::PersonAvailability, p) && !m_problem.people[size_t(p)].availability.allows(day, start, end))
            return false;
    for (size_t b = 0; b < m_problem.breaks.size() && !s.mayUseBreaks; ++b)
        if (on(Kind::BreakFree, int(b)) && m_problem.breaks[b].interval.overlaps(day, start, end))
            return false;
    return true;
}

double ArrangeCandidates::cost(int session, const Placement &place) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    const ArrangeProblem::Weights &w = m_problem.weights;
    const int start = place.unit;
    const int end = start + s.units;
    double cost = 0;
    for (int p : s.people) {
        const ArrangeProblem::Availability &a = m_problem.people[size_t(p)].availability;
        if (a.hasPreferences() && !a.prefers(place.day, start, end))
            cost += w.outsidePreferred;
    }
    const ArrangeProblem::Availability &roomTimes = m_problem.rooms[size_t(place.room)].availability;
    if (roomTimes.hasPreferences() && !roomTimes.prefers(place.day, start, end))
        cost += w.outsidePreferred;
    const int capacity = m_problem.rooms[size_t(place.room)].capacity;
    if (s.audience > 0 && capacity > s.audience) {
        // The share of seats left empty, in hundredths: a room twice too big costs half the weight.
        const double empty = std::round(100.0 * (capacity - s.audience) / capacity) / 100.0;
        cost += w.audienceFit * empty;
    }
    const Placement &before = m_problem.reference(session);
    if (before.isPlaced() && before != place) {
        cost += w.moved;
        if (before.day != place.day)
            cost += w.movedDay;
    }
    return cost;
}

std::vector<ArrangeCandidate> ArrangeCandidates::of(int session) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    std::vector<ArrangeCandidate> out;
    if (keptWhereItIs(session)) {
        out.push_back({s.current, cost(session, s.current)});
        return out;
    }
    if (!s.movable && on(Kind::SessionPinned, session))
        return out;
    const int step = std::max(1, m_problem.startEvery);
    for (int d = 0; d < int(m_problem.days.size()); ++d) {
        for (int r = 0; r < int(m_problem.rooms.size()); ++r) {
            if (!roomSuits(session, r))
                continue;
            for (int u = 0; u + s.units <= m_problem.days[size_t(d)].units; ++u) {
                // The snap step, and the place it has now (off the step or not).
                const Placement place{r, d, u};
                if (u % step != 0 && place != s.current && place != s.pinnedPlace)
                    continue;
                if (allows(session, place))
                    out.push_back({place, cost(session, place)});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const ArrangeCandidate &a, const ArrangeCandidate &b) {
        return std::make_tuple(a.cost, a.place.day, a.place.unit, a.place.room)
               < std::make_tuple(b.cost, b.place.day, b.place.unit, b.place.room);
    });
    return out;
}
