#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

class QIODevice;

// The programme as a spreadsheet: one row per session (day, start, end,
// room, track, type, title, speakers) in the event's local time, UTF-8 with
// a byte order mark so that Excel reads accents right; sessions not yet
// scheduled come last with empty times.
class SessionCsvWriter
{
public:
    static Status write(const ScheduleDocument &schedule, QIODevice &device);
};
