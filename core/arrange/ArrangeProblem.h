#pragma once

#include "model/Person.h"
#include "model/Room.h"
#include "model/Session.h"
#include "model/Track.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

// What the arranger solves, in plain numbers: sessions with their lengths,
// people and audience; rooms with their seats; a grid of equal time units
// per programme day; who and what is available when; the hard constraints
// that must hold and the weights of the soft ones. Everything refers to
// sessions, rooms, people and tracks by their index here; the ids of the
// event are kept beside them to write the result back. Built from an event
// by ArrangeProblemBuilder, or by hand in tests.
struct ArrangeProblem
{
    // [from, to) in grid units of one day.
    struct Interval
    {
        int day = 0;
        int from = 0;
        int to = 0;
        bool contains(int d, int start, int end) const { return d == day && start >= from && end <= to; }
        bool overlaps(int d, int start, int end) const { return d == day && start < to && end > from; }
    };

    // When a person or room can be used. Not restricted: always. Otherwise
    // only inside `available` (a hard limit); `preferred` times cost nothing,
    // other available times cost the preference weight.
    struct Availability
    {
        bool restricted = false;
        std::vector<Interval> available; // includes the preferred ones
        std::vector<Interval> preferred;
        bool allows(int day, int start, int end) const;
        bool prefers(int day, int start, int end) const;
        bool hasPreferences() const { return !preferred.empty(); }
    };

    struct Day
    {
        QDate date;
        QDateTime start; // UTC of unit 0
        int units = 0;   // length of the day in units
    };

    struct Placement
    {
        int room = -1;
        int day = -1;
        int unit = -1;
        bool isPlaced() const { return room >= 0 && day >= 0 && unit >= 0; }
        bool operator==(const Placement &o) const { return room == o.room && day == o.day && unit == o.unit; }
        bool operator!=(const Placement &o) const { return !(*this == o); }
    };

    struct RoomInfo
    {
        RoomId id = 0;
        QString name;
        int capacity = 0; // 0: unknown
        Availability availability;
    };

    struct PersonInfo
    {
        PersonId id = 0;
        QString name;
        Availability availability;
        int minGapUnits = 0; // free units between two of their sessions
    };

    struct SessionInfo
    {
        SessionId id = 0;
        QString title;
        int units = 1; // length on the grid (rounded up)
        int minutes = 30;
        std::vector<int> people; // indexes into people
        int track = -1;          // index into tracks
        int audience = 0;        // expected people, 0: unknown
        // Where it is now, and where it was when last published (both may be unplaced).
        Placement current;
        Placement published;
        // False: it stays where it is (pinned, kept, or outside the day or
        // track being rearranged). Such sessions only take up their place.
        bool movable = true;
        bool pinned = false;     // the user's "do not move"
        // Where a pinned session must be, when it is not there now (moved after pinning):
        // it is movable, to that place only.
        Placement pinnedPlace;
        int fixedDay = -1;       // index into days
        bool roomsRestricted = false;  // only the allowedRooms (none: no room at all)
        std::vector<int> allowedRooms;
        bool mayUseBreaks = false;     // a session of type Break may fill a time kept free
        int minSeats = 0;        // a room of at least this many seats
    };

    struct TrackInfo
    {
        TrackId id = 0;
        QString name;
    };

    // Sessions `first` must end before `second` starts.
    struct Order
    {
        int first = 0;
        int second = 0;
    };
    // No two of these sessions at the same time.
    struct Apart
    {
        std::vector<int> sessions;
    };
    // At most `max` sessions of the track at once.
    struct TrackLimit
    {
        int track = 0;
        int max = 1;
    };
    struct Break
    {
        Interval interval;
        QString name; // "Lunch"
    };

    // Costs of the soft constraints, per session.
    struct Weights
    {
        double outsidePreferred = 4; // per person (or room) outside their preferred times
        double audienceFit = 3;      // a room far too big (scaled by the seats left empty)
        double moved = 6;            // a session placed elsewhere than before
        double movedDay = 4;         // ... on another day, in addition
        double unplaced = 1000;      // leaving a session off the timetable
    };

    // The grid: every time is a whole number of units after its day's start;
    // sessions may start every `startEvery` units (the timetable's snap step).
    int unitMinutes = 15;
    int startEvery = 1;
    QTimeZone zone = QTimeZone::utc(); // the event's, for times in words
    std::vector<Day> days;
    std::vector<RoomInfo> rooms;
    std::vector<PersonInfo> people;
    std::vector<TrackInfo> tracks;
    std::vector<SessionInfo> sessions;
    std::vector<Order> orders;
    std::vector<Apart> aparts;
    std::vector<TrackLimit> trackLimits;
    std::vector<Break> breaks;
    Weights weights;

    // The placement a session is compared with for "fewest changes": where
    // it was last published when that is known, else where it is now.
    const Placement &reference(int session) const;
    // Position of a placement on one time line across days, in units.
    qint64 absoluteStart(int day, int unit) const { return qint64(day) * dayStride() + unit; }
    qint64 dayStride() const;
    QDateTime startUtc(int day, int unit) const;
    // "09:30" on the day, in the event's zone.
    QString timeText(int day, int unit) const;
    // "Mon 15 Mar"
    QString dayText(int day) const;
    // The unit a UTC time falls on in a day, or -1 when it is not on the grid of any day.
    std::pair<int, int> unitOf(const QDateTime &utc) const;
};
