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
    case ConflictKind::PersonUnavailable: return QStringLiteral("person-unavailable");
    case ConflictKind::RoomUnavailable: return QStringLiteral("room-unavailable");
    case ConflictKind::PinnedMoved: return QStringLiteral("pinned-moved");
    case ConflictKind::NotInFixedRoom: return QStringLiteral("not-in-fixed-room");
    case ConflictKind::NotOnFixedDay: return QStringLiteral("not-on-fixed-day");
    case ConflictKind::RoomNotAllowed: return QStringLiteral("room-not-allowed");
    case ConflictKind::TooFewSeats: return QStringLiteral("too-few-seats");
    case ConflictKind::OrderBroken: return QStringLiteral("order-broken");
    case ConflictKind::TogetherNotAllowed: return QStringLiteral("together-not-allowed");
    case ConflictKind::TrackLimitExceeded: return QStringLiteral("track-limit-exceeded");
    case ConflictKind::BreakNotFree: return QStringLiteral("break-not-free");
    case ConflictKind::GapTooShort: return QStringLiteral("gap-too-short");
    }
    return {};
}

QString Conflict::key(ConflictSeverity severity)
{
    return severity == ConflictSeverity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}
