#pragma once

#include "model/Session.h"
#include "model/SessionConstraints.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// A session with its people and constraints, as undo commands save and restore it.
struct SessionRecord
{
    Session session;
    QList<SessionRole> roles;
    SessionConstraints constraints; // its sessionId follows session.id when written

    static Result<SessionRecord> load(const EventStore &file, SessionId id);
    // Writes the session (its id kept when set), its people and constraints, in one transaction.
    // Returns the session's id.
    Result<SessionId> insert(const EventStore &file) const;
    Status update(const EventStore &file) const;
};
