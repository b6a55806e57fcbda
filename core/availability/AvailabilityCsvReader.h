#pragma once

#include "availability/AvailabilityChange.h"
#include "util/Result.h"

#include <QCoreApplication>

class AvailabilityOwners;
struct Event;

// Reads availability from CSV: one row per span, with the columns
//   person | room | day | from | to | kind
// (header names in any case and order, also in French or German: personne /
// salle / jour / de / à / type, Person / Raum / Tag / von / bis / Art; other
// columns are ignored). Each row
// names a person (email, name or GUID) or a room (name), never both; "day"
// is the calendar date of "from" (2026-12-07, also 7.12.2026 or 7/12/2026),
// "from" and "to" are clock times in the event's time zone (09:00); a "to"
// not after "from" ends on the next day (22:00 to 02:00), "24:00" at
// midnight; "kind" is available (the default when empty) or preferred.
// Every person and room named gets exactly the rows given; the others keep
// what they had. Any bad row fails the whole file, with every problem (up to
// a dozen) named by line and field.
class AvailabilityCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityCsvReader)
public:
    static Result<AvailabilityChange> read(const QString &path, const Event &event, const AvailabilityOwners &owners);
};
