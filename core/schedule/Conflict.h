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
    // Stable keys for JSON: "person-double-booked", "error"...
    static QString key(ConflictKind kind);
    static QString key(ConflictSeverity severity);
};
