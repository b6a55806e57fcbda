#pragma once

#include "model/Person.h"
#include "model/Room.h"
#include "model/Session.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ConflictKind {
    PersonDoubleBooked, // one person in two overlapping sessions
    RoomDoubleBooked,   // two sessions overlapping in one room
    OutsideEventDays,   // scheduled before the first or after the last day
    OverCapacity,       // expected attendance above the room's capacity
    CancelledOnGrid,    // a cancelled session still has a place on the timetable
    // Availability (model/Availability.h)
    PersonUnavailable, // a person in a session outside their available times (a warning: they may
                       // have agreed otherwise, as pretalx shows it; arranging never does it)
    RoomUnavailable,   // a session in a room outside the room's available times
    // Session constraints (model/SessionConstraints.h)
    PinnedMoved,       // a pinned session is not where it was pinned
    NotInFixedRoom,    // a session with a fixed room is in another
    NotOnFixedDay,     // a session with a fixed day is on another
    RoomNotAllowed,    // a session in a room outside its allowed rooms (list or tracks' rooms)
    TooFewSeats,       // the room seats fewer than the session needs (fixed number or registrations)
    OrderBroken,       // a session that must follow (precede) another starts before it ends (ends after it starts)
    TogetherNotAllowed, // two sessions that must not be at the same time overlap
    // Event-wide rules (model/EventConstraints.h)
    TrackLimitExceeded, // more sessions of a track at once than its limit
    BreakNotFree,      // a session (not a break) in a time kept free
    GapTooShort,       // one person's two sessions closer than the event's minimum gap
};

enum class ConflictSeverity { Error, Warning };

struct ConflictSession
{
    SessionId id = 0;
    QString title;
    bool operator==(const ConflictSession &o) const { return id == o.id && title == o.title; }
};

// One problem of the timetable, as a sentence for people and as fields for
// programs (podium-cli check --json, the Conflicts panel).
struct Conflict
{
    ConflictKind kind = ConflictKind::PersonDoubleBooked;
    ConflictSeverity severity = ConflictSeverity::Error;
    QList<ConflictSession> sessions;
    std::optional<PersonId> personId;
    QString personName;
    std::optional<RoomId> roomId;
    QString roomName;
    // UTC. Overlaps: the time both sessions share; otherwise the session's time.
    QDateTime start;
    QDateTime end;
    QString message;

    bool involves(SessionId id) const;
    // Whether a kind breaks a rule that arranging must always keep: every
    // kind but a cancelled session left on the grid (the organiser's call).
    // Severity says how a conflict is shown; this says what a generated
    // timetable may never contain.
    static bool isHardConstraint(ConflictKind kind) { return kind != ConflictKind::CancelledOnGrid; }
    // Stable keys for JSON: "person-double-booked", "error"...
    static QString key(ConflictKind kind);
    static QString key(ConflictSeverity severity);
};
