#pragma once

#include "util/Result.h"

#include <QTime>

class EventFile;

// What schedule exchange keeps about an event beyond the model, in the
// event's settings: the day change of an imported schedule (04:00 at CCC
// events), so that exporting it again puts night sessions on the same day.
class ScheduleSettings
{
public:
    static QTime dayChange(const EventFile &file);
    static Status setDayChange(const EventFile &file, QTime time);
};
