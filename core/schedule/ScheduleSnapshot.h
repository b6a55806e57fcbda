#pragma once

#include "model/Event.h"
#include "model/Room.h"
#include "model/SchedulingRules.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "model/Track.h"
#include "schedule/ProgrammeDays.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

// What the timetable and the conflict checker need of an event, read in a
// few bulk queries (storage/ScheduleSnapshotRepository): the event, rooms,
// tracks, every session without its long texts and links, every role
// with the person's display name, and the scheduling rules (availability,
// constraints).
struct ScheduleSnapshot
{
    struct Participation
    {
        SessionRole role;
        QString name; // the person's display name
    };

    Event event;
    QList<Room> rooms;   // in timetable order
    QList<Track> tracks;
    QList<Session> sessions; // in no particular order; guid, abstract, description and links are left empty
    std::vector<Participation> roles; // by session, then position
    QList<ProgrammeDay> givenDays;    // days with their own bounds (from an imported schedule)
    SchedulingRules rules;            // availability and constraints the conflict check honours

    // Which programme day a session is on (the grid's day tabs).
    ProgrammeDays programmeDays() const { return ProgrammeDays::of(event, givenDays); }

    const Room *room(RoomId id) const;
    const Track *track(TrackId id) const;
    const Session *session(SessionId id) const;
    // The people of each session in order, e.g. for the blocks of the grid.
    QHash<SessionId, QList<const Participation *>> rolesBySession() const;
};
