#pragma once

#include "model/EventConstraints.h"
#include "model/SessionConstraints.h"
#include "util/Result.h"

#include <QHash>

class EventStore;

// The constraints of sessions (tables session_constraint, session_allowed_room,
// session_allowed_track, session_relation) and of the event (kept_free_time,
// track_room, track.max_parallel, event.person_gap_min).
class ConstraintRepository
{
public:
    explicit ConstraintRepository(const EventStore &file) : m_file(file) {}

    // A session with no constraints gives an empty value (isEmpty()).
    Result<SessionConstraints> ofSession(SessionId session) const;
    // Every session that has some constraint.
    Result<QHash<SessionId, SessionConstraints>> allSessions() const;
    // Replaces the session's constraints (an empty value removes them).
    Status setSession(const SessionConstraints &constraints) const;

    Result<EventConstraints> event() const;
    Status setEvent(const EventConstraints &constraints) const;

private:
    Status writeSession(const SessionConstraints &constraints) const;
    const EventStore &m_file;
};
