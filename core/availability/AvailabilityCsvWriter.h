#pragma once

#include "availability/AvailabilityChange.h"
#include "util/Result.h"

class AvailabilityOwners;
class ProgrammeDays;
struct Event;

// Writes availability as the CSV AvailabilityCsvReader reads: a header line
// (person, room, day, from, to, kind), then one row per span and programme
// day, people first (by name), then rooms (in timetable order). Written
// owner-only and renamed into place when complete (OutputFile); cells that a
// spreadsheet would run as formulas are neutralised (CsvWriter).
class AvailabilityCsvWriter
{
public:
    static Status write(const QString &path, bool overwrite, const Event &event, const ProgrammeDays &days,
                        const AvailabilityOwners &owners, const AvailabilityChange &availability);
};
