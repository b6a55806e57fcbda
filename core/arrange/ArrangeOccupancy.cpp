#include "arrange/ArrangeOccupancy.h"

#include <algorithm>

using Kind = ArrangeConstraint::Kind;
using Placement = ArrangeProblem::Placement;

ArrangeOccupancy::ArrangeOccupancy(const ArrangeProblem &problem, ArrangeRelaxation relaxation)
    : m_problem(problem), m_relaxation(std::move(relaxation))
{
    m_units = qint64(problem.days.size()) * problem.dayStride();
    const size_t sessions = problem.sessions.size();
    m_at.assign(sessions, Placement{});
    m_roomCount.assign(problem.rooms.size() * size_t(m_units), 0);
    m_personCount.assign(problem.people.size() * size_t(m_units), 0);
    m_apartCount.assign(problem.aparts.size() * size_t(m_units), 0);
    m_trackCount.assign(problem.trackLimits.size() * size_t(m_units), 0);
    m_apartsOf.resize(sessions);
    m_ordersOf.resize(sessions);
    m_limitsOf.resize(sessions);
    for (size_t a = 0; a < problem.aparts.size(); ++a)
        for (int s : problem.aparts[a].sessions)
            m_apartsOf[size_t(s)].push_back(int(a));
    for (size_t o = 0; o < problem.orders.size(); ++o) {
        m_ordersOf[size_t(problem.orders[o].first)].push_back(int(o));
        m_ordersOf[size_t(problem.orders[o].second)].push_back(int(o));
    }
    for (size_t l = 0; l < problem.trackLimits.size(); ++l)
        for (size_t s = 0; s < sessions; ++s)
            if (problem.sessions[s].track == problem.trackLimits[l].track)
                m_limitsOf[s].push_back(int(l));
}

int ArrangeOccupancy::gapOf(int person) const
{
    return on(Kind::PersonGap, person) ? m_problem.people[size_t(person)].minGapUnits : 0;
}

bool ArrangeOccupancy::fits(int session, const Placement &place) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    const qint64 start = m_problem.absoluteStart(place.day, place.unit);
    const qint64 end = start + s.units;
    const qint64 dayFirst = m_problem.absoluteStart(place.day, 0);
    const qint64 dayLast = dayFirst + m_problem.dayStride();
    auto freeOf = [&](const std::vector<int> &counts, int row, qint64 from, qint64 to, int limit) {
        for (qint64 t = std::max(from, dayFirst); t < std::min(to, dayLast); ++t)
            if (counts[cell(row, t)] >= limit)
                return false;
        return true;
    };
    if (on(Kind::RoomBusy, place.room) && !freeOf(m_roomCount, place.room, start, end, 1))
        return false;
    for (int p : s.people)
        if (on(Kind::PersonBusy, p) && !freeOf(m_personCount, p, start - gapOf(p), end + gapOf(p), 1))
            return false;
    for (int a : apartsOf(session))
        if (on(Kind::ApartKept, a) && !freeOf(m_apartCount, a, start, end, 1))
            return false;
    for (int l : limitsOf(session))
        if (on(Kind::TrackLimitKept, l) && !freeOf(m_trackCount, l, start, end, m_problem.trackLimits[size_t(l)].max))
            return false;
    for (int o : ordersOf(session)) {
        if (!on(Kind::OrderKept, o))
            continue;
        const ArrangeProblem::Order &order = m_problem.orders[size_t(o)];
        const bool first = order.first == session;
        const int other = first ? order.second : order.first;
        const Placement &there = m_at[size_t(other)];
        if (!there.isPlaced() || other == session)
            continue;
        const qint64 otherStart = m_problem.absoluteStart(there.day, there.unit);
        const qint64 otherEnd = otherStart + m_problem.sessions[size_t(other)].units;
        if (first ? end > otherStart : otherEnd > start)
            return false;
    }
    return true;
}

void ArrangeOccupancy::mark(int session, const Placement &place, int delta)
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    const qint64 start = m_problem.absoluteStart(place.day, place.unit);
    for (qint64 t = start; t < start + s.units && t < m_units; ++t) {
        m_roomCount[cell(place.room, t)] += delta;
        for (int p : s.people)
            m_personCount[cell(p, t)] += delta;
        for (int a : apartsOf(session))
            m_apartCount[cell(a, t)] += delta;
        for (int l : limitsOf(session))
            m_trackCount[cell(l, t)] += delta;
    }
}

void ArrangeOccupancy::place(int session, const Placement &place)
{
    remove(session);
    if (!place.isPlaced())
        return;
    m_at[size_t(session)] = place;
    mark(session, place, +1);
}

void ArrangeOccupancy::remove(int session)
{
    Placement &was = m_at[size_t(session)];
    if (!was.isPlaced())
        return;
    mark(session, was, -1);
    was = Placement{};
}
