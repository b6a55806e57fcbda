#include "schedule/ConflictContext.h"

#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"

#include <QLocale>

ConflictContext::ConflictContext(const ScheduleSnapshot &snapshot)
    : m_snapshot(snapshot), m_days(snapshot.programmeDays())
{
    for (const Room &room : snapshot.rooms)
        m_rooms.insert(room.id, &room);
    m_indexOf.reserve(snapshot.sessions.size());
    for (int i = 0; i < snapshot.sessions.size(); ++i)
        m_indexOf.insert(snapshot.sessions[i].id, i);
    for (const ScheduleSnapshot::Participation &p : snapshot.roles)
        m_personNames.insert(p.role.personId, p.name);
}

const Session &ConflictContext::at(int index) const
{
    return m_snapshot.sessions[index];
}

int ConflictContext::sessionCount() const
{
    return int(m_snapshot.sessions.size());
}

QString ConflictContext::roomName(RoomId id) const
{
    const Room *r = room(id);
    return r ? r->name : ConflictChecker::tr("no room");
}

QString ConflictContext::roomName(const Session &s) const
{
    return s.roomId ? roomName(*s.roomId) : ConflictChecker::tr("no room");
}

QString ConflictContext::when(const QDateTime &start, const QDateTime &end) const
{
    const QLocale locale;
    const QDateTime from = m_snapshot.event.toLocal(start);
    const QDateTime to = m_snapshot.event.toLocal(end);
    const QString endText = from.date() == to.date() ? locale.toString(to.time(), QStringLiteral("HH:mm"))
                                                     : locale.toString(to, QStringLiteral("ddd d MMM HH:mm"));
    return QStringLiteral("%1–%2").arg(locale.toString(from, QStringLiteral("ddd d MMM HH:mm")), endText);
}

QString ConflictContext::time(const QDateTime &utc) const
{
    return QLocale().toString(m_snapshot.event.toLocal(utc).time(), QStringLiteral("HH:mm"));
}

QString ConflictContext::day(QDate date) const
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

Conflict ConflictContext::make(ConflictKind kind, ConflictSeverity severity, std::initializer_list<int> indexes) const
{
    Conflict c;
    c.kind = kind;
    c.severity = severity;
    for (int i : indexes)
        c.sessions << ConflictSession{at(i).id, at(i).title};
    return c;
}

Conflict ConflictContext::about(ConflictKind kind, ConflictSeverity severity, int index, const QString &message) const
{
    const Session &s = at(index);
    Conflict c = make(kind, severity, {index});
    c.roomId = s.roomId;
    c.roomName = roomName(s);
    c.start = s.start;
    c.end = s.end();
    c.message = message;
    return c;
}
