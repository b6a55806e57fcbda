#pragma once

#include "model/Session.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

class EventFile;

// A session with its people, as undo commands save and restore it.
struct SessionRecord
{
    Session session;
    QList<SessionRole> roles;

    static Result<SessionRecord> load(const EventFile &file, SessionId id);
    // Writes the session (its id kept when set) and its people, in one transaction.
    // Returns the session's id.
    Result<SessionId> insert(const EventFile &file) const;
    Status update(const EventFile &file) const;
};
