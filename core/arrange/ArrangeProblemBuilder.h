#pragma once

#include "arrange/ArrangeProblem.h"
#include "arrange/ArrangeScope.h"
#include "model/SchedulingRules.h"
#include "util/Result.h"

#include <QCoreApplication>

struct ScheduleSnapshot;

// Turns an event (its timetable and its scheduling rules) into an
// ArrangeProblem: the days of the scope on a grid fine enough for every
// session's start and length, sessions that move and sessions that stay,
// availability clipped to the grid (available times inward, so a session
// placed inside one is inside the person's real time), constraints by index.
class ArrangeProblemBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ArrangeProblemBuilder)
public:
    static Result<ArrangeProblem> build(const ScheduleSnapshot &snapshot, const SchedulingRules &rules,
                                        const ArrangeScope &scope);
};
