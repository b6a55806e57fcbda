#pragma once

#include "model/Person.h"
#include "model/Session.h"

// A person's part in a session: speaker, moderator, panellist or chair.
struct SessionRole
{
    SessionId sessionId = 0;
    PersonId personId = 0;
    Role role = Role::Speaker;
    int position = 0; // order of appearance in the session

    bool operator==(const SessionRole &o) const
    {
        return sessionId == o.sessionId && personId == o.personId && role == o.role && position == o.position;
    }
};
