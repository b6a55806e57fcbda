#pragma once

#include "arrange/ArrangeConstraint.h"
#include "arrange/ArrangeProblem.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QString>
#include <QStringList>

#include <vector>

// Why a session could not be placed, in words for the organiser, and the
// constraints that clash (for tests and --json).
struct ArrangeReason
{
    QString text;
    std::vector<ArrangeConstraint> constraints;
};

// Finds which constraints clash when a session is left off the timetable.
// First its own constraints alone (its day, rooms, seats, its people's
// availability, breaks): when they leave it no place at all, a deletion
// filter keeps only those that together rule out every place. Otherwise the
// same filter runs over the constraints of the session and the sessions tied
// to it (sharing a person, ordered, kept apart, in a limited track, pinned
// or kept where they are): CBC decides whether all of them can be placed
// together, and each constraint whose removal does not help is dropped, so
// what remains is a minimal set that cannot all hold. When even that group
// can be placed, the timetable is simply full where the session could go.
class ArrangeExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ArrangeExplainer)
public:
    ArrangeExplainer(const ArrangeProblem &problem, std::vector<ArrangeProblem::Placement> solution);

    // Explaining with CBC stops at this deadline (then only a session's own constraints are examined).
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
    ArrangeReason why(int session) const;
    // The quick answer: its own constraints only (when they leave it no place), else "the timetable is full there".
    ArrangeReason whyAlone(int session) const;
    // One constraint in words, e.g. "Dr. Vandermeulen is available 09:00–10:00 only".
    QString describe(const ArrangeConstraint &constraint, const std::vector<int> &sessions) const;

private:
    bool hasPlace(int session, const ArrangeRelaxation &relaxation) const;
    bool placeable(const std::vector<int> &sessions, const ArrangeRelaxation &relaxation) const;
    std::vector<ArrangeConstraint> ownConstraints(int session) const;
    std::vector<int> tiedTo(int session) const;
    std::vector<ArrangeConstraint> sharedConstraints(int session, const std::vector<int> &group) const;
    ArrangeReason words(int session, const std::vector<ArrangeConstraint> &clash, const std::vector<int> &group) const;
    ArrangeReason full(int session) const;
    ArrangeReason ownClash(int session) const;
    static QString listed(const QStringList &items);
    QString title(int session) const;
    QString titles(const std::vector<int> &sessions) const;
    QString intervals(const std::vector<ArrangeProblem::Interval> &list) const;

    const ArrangeProblem &m_problem;
    std::vector<ArrangeProblem::Placement> m_solution;
    QDeadlineTimer m_deadline = QDeadlineTimer(QDeadlineTimer::Forever);
};
