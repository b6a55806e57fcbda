#pragma once

#include "arrange/ArrangeConstraint.h"
#include "arrange/ArrangeProblem.h"

#include <vector>

// Who and what is taken when, for a partial timetable: places sessions one
// at a time and says whether another one still fits with every hard
// constraint that involves several sessions (rooms and people booked once,
// people's gaps, orders, "apart" sets, track limits). The greedy start and
// the MIP's filter of candidates use it.
class ArrangeOccupancy
{
public:
    explicit ArrangeOccupancy(const ArrangeProblem &problem, ArrangeRelaxation relaxation = {});

    bool fits(int session, const ArrangeProblem::Placement &place) const;
    void place(int session, const ArrangeProblem::Placement &place);
    void remove(int session);
    const ArrangeProblem::Placement &at(int session) const { return m_at[size_t(session)]; }
    // How many sessions of a limited track run at an absolute unit (for the MIP's right-hand sides).
    int trackCount(int limit, qint64 unit) const { return m_trackCount[cell(limit, unit)]; }

    // Per session, the constraints of these kinds that involve it.
    const std::vector<int> &apartsOf(int session) const { return m_apartsOf[size_t(session)]; }
    const std::vector<int> &ordersOf(int session) const { return m_ordersOf[size_t(session)]; }
    const std::vector<int> &limitsOf(int session) const { return m_limitsOf[size_t(session)]; }
    int gapOf(int person) const;
    qint64 timeline() const { return m_units; }

private:
    size_t cell(int row, qint64 unit) const { return size_t(row * m_units + unit); }
    void mark(int session, const ArrangeProblem::Placement &place, int delta);
    bool on(ArrangeConstraint::Kind kind, int index) const { return !m_relaxation.isOff(kind, index); }

    const ArrangeProblem &m_problem;
    ArrangeRelaxation m_relaxation;
    qint64 m_units = 0; // length of the time line across all days
    std::vector<ArrangeProblem::Placement> m_at;
    std::vector<int> m_roomCount;
    std::vector<int> m_personCount;
    std::vector<int> m_apartCount;
    std::vector<int> m_trackCount;
    std::vector<std::vector<int>> m_apartsOf;
    std::vector<std::vector<int>> m_ordersOf;
    std::vector<std::vector<int>> m_limitsOf;
};
