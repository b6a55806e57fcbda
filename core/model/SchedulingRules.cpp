#include "model/SchedulingRules.h"

#include <algorithm>
#include <limits>

int SchedulingRules::seatsNeeded(const Session &session) const
{
    const auto it = sessions.constFind(session.id);
    if (it == sessions.constEnd())
        return 0;
    switch (it->seatsFrom) {
    case SeatsFrom::None: return 0;
    case SeatsFrom::Fixed: return std::max(0, it->minSeats);
    case SeatsFrom::ExpectedAudience: return std::max(0, session.expectedAttendance.value_or(0));
    case SeatsFrom::Registrations: return int(std::min<qint64>(registrations, std::numeric_limits<int>::max()));
    }
    return 0;
}

std::optional<QList<RoomId>> SchedulingRules::allowedRooms(SessionId session) const
{
    const auto it = sessions.constFind(session);
    if (it == sessions.constEnd() || !it->restrictsRooms())
        return std::nullopt;
    QList<RoomId> rooms = it->allowedRooms;
    for (TrackId track : it->allowedTracks)
        rooms += event.trackRooms.value(track);
    std::sort(rooms.begin(), rooms.end());
    rooms.erase(std::unique(rooms.begin(), rooms.end()), rooms.end());
    return rooms;
}
