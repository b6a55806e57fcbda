#pragma once

#include "model/Availability.h"
#include "schedule/ProgrammeDays.h"

#include <QList>

// A span cut at the programme days' boundaries: what one row of a day strip
// or of the CSV shows. Spans that run over several days (touching spans are
// joined when stored) come out as one piece per day.
struct AvailabilityPiece
{
    QDate day; // the programme day
    AvailabilitySpan span;
};

class AvailabilityRows
{
public:
    static QList<AvailabilityPiece> byDay(const Availability &availability, const ProgrammeDays &days);
};
