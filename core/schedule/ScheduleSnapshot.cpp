#include "schedule/ScheduleSnapshot.h"

#include <algorithm>

namespace {
template <typename List, typename Id>
auto findById(const List &list, Id id) -> decltype(&list.front())
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const auto &x) { return x.id == id; });
    return it == list.cend() ? nullptr : &*it;
}
} // namespace

const Room *ScheduleSnapshot::room(RoomId id) const
{
    return findById(rooms, id);
}

const Track *ScheduleSnapshot::track(TrackId id) const
{
    return findById(tracks, id);
}

const Session *ScheduleSnapshot::session(SessionId id) const
{
    return findById(sessions, id);
}

QHash<SessionId, QList<const ScheduleSnapshot::Participation *>> ScheduleSnapshot::rolesBySession() const
{
    QHash<SessionId, QList<const Participation *>> out;
    out.reserve(sessions.size());
    for (const Participation &p : roles)
        out[p.role.sessionId] << &p;
    return out;
}
