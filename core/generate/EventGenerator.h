#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDate>

class EventStore;

// Deterministic, realistic test events (same options and seed, same file
// content): rooms, tracks, a timetable without conflicts, speakers, and
// participants. With `conflicts` it plants exactly that many speaker
// double-bookings, and nothing else that the conflict checker reports.
class EventGenerator
{
public:
    struct Options
    {
        int participants = 100;
        int sessions = 40;
        int rooms = 3;
        int days = 1;
        int speakers = -1; // -1: three for every five sessions
        quint32 seed = 1;
        int conflicts = 0;
        QDate firstDay = QDate(2027, 3, 15);
        QByteArray timeZone = "Europe/Luxembourg";
    };

    // Fills a new, empty event file.
    static Status fill(const EventStore &file, const Options &options);
};
