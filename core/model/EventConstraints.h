#pragma once

#include "model/Room.h"
#include "model/Track.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// A time kept free of sessions (lunch, the coffee break): only sessions of
// type Break may be placed in it.
struct KeptFreeTime
{
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive
    QString label;   // "Lunch", for messages

    bool operator==(const KeptFreeTime &o) const { return start == o.start && end == o.end && label == o.label; }
};

// The rules of the whole event for the conflict check and for arranging.
// Defaults mean "no rule".
struct EventConstraints
{
    QList<KeptFreeTime> breaks;
    // At most K sessions of a track at the same time (track -> K, K >= 1).
    // Tracks not listed have no limit.
    QHash<TrackId, int> trackLimits;
    // The rooms a track uses: what SessionConstraints::allowedTracks refers to.
    QHash<TrackId, QList<RoomId>> trackRooms;
    // Minimum minutes between the end of one session and the start of the
    // next for anyone with a role in both (speaker, moderator, chair...),
    // whatever the rooms, to get from one to the other. 0: back to back is fine.
    int personGapMinutes = 0;

    bool isEmpty() const { return *this == EventConstraints(); }
    bool operator==(const EventConstraints &o) const
    {
        return breaks == o.breaks && trackLimits == o.trackLimits && trackRooms == o.trackRooms
            && personGapMinutes == o.personGapMinutes;
    }
    bool operator!=(const EventConstraints &o) const { return !(*this == o); }
};
