#include "model/Session.h"

bool Session::operator==(const Session &o) const
{
    return id == o.id && guid == o.guid && externalId == o.externalId && title == o.title
        && subtitle == o.subtitle && abstract == o.abstract && description == o.description && type == o.type
        && trackId == o.trackId && roomId == o.roomId && start == o.start
        && durationMinutes == o.durationMinutes && language == o.language && status == o.status
        && expectedAttendance == o.expectedAttendance && links == o.links;
}
