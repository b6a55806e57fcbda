#include "schedule/Conflict.h"

#include <algorithm>

bool Conflict::involves(SessionId id) const
{
    return std::any_of(sessions.cbegin(), sessions.cend(), [id](const ConflictSession &s) { return s.id == id; });
}

QString Conflict::key(ConflictKind kind)
{
    switch (kind) {
    case ConflictKind::PersonDoubleBooked: return QStringLiteral("person-double-booked");
    case ConflictKind::RoomDoubleBooked: return QStringLiteral("room-double-booked");
    case ConflictKind::OutsideEventDays: return QStringLiteral("outside-event-days");
    case ConflictKind::OverCapacity: return QStringLiteral("over-capacity");
    case ConflictKind::CancelledOnGrid: return QStringLiteral("cancelled-on-grid");
    }
    return {};
}

QString Conflict::key(ConflictSeverity severity)
{
    return severity == ConflictSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}
