#pragma once

#include "model/SchedulingRules.h"

#include "util/Result.h"

class EventStore;
struct ScheduleSnapshot;

// Deterministic scheduling rules for a generated event (tests, benchmark):
// availability for a share of the speakers (a window of some days, with a
// preferred part), and a number of session constraints of every kind
// (apart, order, day, rooms, seats, room), track limits loose enough to be
// met, and a lunch kept free each day.
class SchedulingRulesGenerator
{
public:
    struct Options
    {
        double availabilityShare = 0.3; // of the people with a role
        int constraints = 200;          // session constraints and track limits
        bool lunch = true;              // 12:30-13:30 kept free every day
        int personGapMinutes = 0;
        quint32 seed = 1;
    };
    static SchedulingRules generate(const ScheduleSnapshot &snapshot, const Options &options);
    // Generates the rules for the event in the file and stores them there
    // (podium-cli generate --constraints); with `unschedule`, takes every session off the timetable.
    static Status fill(const EventStore &file, const Options &options, bool unschedule);
};
