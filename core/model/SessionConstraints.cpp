#include "model/SessionConstraints.h"

bool SessionConstraints::isEmpty() const
{
    SessionConstraints none;
    none.sessionId = sessionId;
    return *this == none;
}

bool SessionConstraints::operator==(const SessionConstraints &o) const
{
    return sessionId == o.sessionId && pinned == o.pinned && fixedRoom == o.fixedRoom && fixedDay == o.fixedDay
        && allowedRooms == o.allowedRooms && allowedTracks == o.allowedTracks && seatsFrom == o.seatsFrom
        && minSeats == o.minSeats && follows == o.follows && precedes == o.precedes && notWith == o.notWith;
}
