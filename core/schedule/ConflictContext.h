#pragma once

#include "schedule/Conflict.h"
#include "schedule/ProgrammeDays.h"

#include <QHash>
#include <QList>

#include <initializer_list>

struct ScheduleSnapshot;

// What every part of the conflict check shares: the snapshot with its
// sessions, rooms and people looked up by id, and the sentences' pieces
// ("Auditorium", "Mon 7 Dec 10:00–10:30") in the event's time zone.
class ConflictContext
{
public:
    explicit ConflictContext(const ScheduleSnapshot &snapshot);

    const ScheduleSnapshot &snapshot() const { return m_snapshot; }
    const ProgrammeDays &days() const { return m_days; }
    const Session &at(int index) const;
    int sessionCount() const;
    // Index into the snapshot's sessions, -1 when unknown.
    int indexOf(SessionId id) const { return m_indexOf.value(id, -1); }
    // Scheduled and not cancelled: it takes up a room and its people's time.
    static bool takesPlace(const Session &s) { return s.isScheduled() && s.status != SessionStatus::Cancelled; }
    const Room *room(RoomId id) const { return m_rooms.value(id); }
    QString roomName(RoomId id) const;
    QString roomName(const Session &s) const;
    QString personName(PersonId id) const { return m_personNames.value(id); }

    // "Mon 7 Dec 10:00–10:30" in the event's time zone.
    QString when(const QDateTime &start, const QDateTime &end) const;
    QString when(const Session &s) const { return when(s.start, s.end()); }
    // "10:00", local.
    QString time(const QDateTime &utc) const;
    // "Mon 7 Dec".
    QString day(QDate date) const;

    // A conflict about these sessions; the message and times are set by the caller.
    Conflict make(ConflictKind kind, ConflictSeverity severity, std::initializer_list<int> indexes) const;
    // A conflict about one session, at its time and in its room.
    Conflict about(ConflictKind kind, ConflictSeverity severity, int index, const QString &message) const;

private:
    const ScheduleSnapshot &m_snapshot;
    ProgrammeDays m_days;
    QHash<RoomId, const Room *> m_rooms;
    QHash<SessionId, int> m_indexOf;
    QHash<PersonId, QString> m_personNames;
};
