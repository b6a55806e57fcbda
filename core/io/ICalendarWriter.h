#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

class QIODevice;

// Writes the scheduled sessions as an iCalendar (RFC 5545) file for
// calendar programs: times in the event's zone with a VTIMEZONE built from
// its real transitions, UIDs from the session GUIDs (so re-importing the
// file updates the entries instead of doubling them).
class ICalendarWriter
{
public:
    static Status write(const ScheduleDocument &schedule, QIODevice &device, const QString &calendarName = QString());
};
