#pragma once

#include "schedule/Conflict.h"

#include <QCoreApplication>
#include <QList>

struct ScheduleSnapshot;

// Finds every conflict of a timetable: people and rooms booked twice at once,
// sessions outside the event's days, rooms too small for the expected
// audience, and cancelled sessions left on the grid (a warning). Overlaps are
// found by sorting each room's and each person's sessions by start time and
// sweeping them once: O(n log n), fast enough to run after every edit.
// Cancelled sessions take no part in overlaps: they are reported once, as a warning.
class ConflictChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChecker)
public:
    // Sorted by start time, then kind.
    static QList<Conflict> check(const ScheduleSnapshot &snapshot);
};
