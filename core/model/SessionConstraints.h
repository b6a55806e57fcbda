#pragma once

#include "model/Room.h"
#include "model/Session.h"
#include "model/Track.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

// Where a session must be: the room and start it is pinned to.
struct PinnedPlace
{
    RoomId roomId = 0;
    QDateTime start; // UTC

    bool operator==(const PinnedPlace &o) const { return roomId == o.roomId && start == o.start; }
};


// The hard rules of one session for the conflict check and for arranging.
// Every field's default means "no rule", so a default-constructed value is
// a session anyone may place anywhere; isEmpty() tells.
struct SessionConstraints
{
    SessionId sessionId = 0;

    // Do not move: the session stays in this room at this time. Set when the
    // organiser pins it, from where it was then.
    std::optional<PinnedPlace> pinned;
    std::optional<RoomId> fixedRoom;
    std::optional<QDate> fixedDay; // a programme day (ProgrammeDays::dayOf)

    // Allowed rooms: the rooms listed plus the rooms of the tracks listed
    // (EventConstraints::trackRooms). Both empty: any room.
    QList<RoomId> allowedRooms;
    QList<TrackId> allowedTracks;

    SeatsFrom seatsFrom = SeatsFrom::None; // where the seats it needs come from (Vocabulary.h)
    int minSeats = 0; // for SeatsFrom::Fixed

    // Order: this session starts at or after the end of each session in
    // `follows`, and ends at or before the start of each in `precedes`.
    QList<SessionId> follows;
    QList<SessionId> precedes;
    // Never at the same time as any of these (both ways: one side is enough).
    QList<SessionId> notWith;

    bool isEmpty() const;
    bool restrictsRooms() const { return !allowedRooms.isEmpty() || !allowedTracks.isEmpty(); }

    bool operator==(const SessionConstraints &o) const;
    bool operator!=(const SessionConstraints &o) const { return !(*this == o); }
};
