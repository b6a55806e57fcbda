#pragma once

#include "model/Availability.h"
#include "model/EventConstraints.h"
#include "model/Person.h"
#include "model/Room.h"
#include "model/SessionConstraints.h"

#include <QHash>
#include <QList>

#include <optional>

// Everything that limits where sessions may go, read together for the
// conflict check and for arranging (storage/SchedulingRulesRepository).
// A person, room or session not in a hash has no limit.
struct SchedulingRules
{
    QHash<PersonId, Availability> people;
    QHash<RoomId, Availability> rooms;
    QHash<SessionId, SessionConstraints> sessions;
    EventConstraints event;
    // Registered (not waitlisted or cancelled) participants when read: the
    // seats a session with SeatsFrom::Registrations needs.
    qint64 registrations = 0;

    // The seats a session needs under its constraints, 0 when none.
    int seatsNeeded(const Session &session) const;
    // The rooms a session's allowed lists give (SessionConstraints::allowedRooms
    // plus its allowed tracks' rooms), sorted; nullopt: any room. An empty list
    // means no room is allowed (allowed tracks that have no rooms yet).
    // The fixed room is a rule of its own (SessionConstraints::fixedRoom).
    std::optional<QList<RoomId>> allowedRooms(SessionId session) const;

    bool operator==(const SchedulingRules &o) const
    {
        return people == o.people && rooms == o.rooms && sessions == o.sessions && event == o.event
            && registrations == o.registrations;
    }
};
