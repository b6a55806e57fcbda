#include "schedule/AvailabilityChecks.h"

#include "schedule/ConflictChecker.h"
#include "schedule/ConflictContext.h"
#include "schedule/ScheduleSnapshot.h"

#include <QSet>

#include <algorithm>

void AvailabilityChecks::run(QList<Conflict> &found) const
{
    people(found);
    rooms(found);
}

void AvailabilityChecks::people(QList<Conflict> &found) const
{
    const ScheduleSnapshot &snapshot = m_context.snapshot();
    if (snapshot.rules.people.isEmpty())
        return;
    QSet<std::pair<SessionId, PersonId>> seen; // a speaker who also chairs is reported once
    for (const ScheduleSnapshot::Participation &p : snapshot.roles) {
        const auto limits = snapshot.rules.people.constFind(p.role.personId);
        if (limits == snapshot.rules.people.constEnd())
            continue;
        const int index = m_context.indexOf(p.role.sessionId);
        if (index < 0)
            continue;
        const Session &s = m_context.at(index);
        if (!ConflictContext::takesPlace(s) || limits->covers(s.start, s.end()))
            continue;
        if (seen.contains({s.id, p.role.personId}))
            continue;
        seen.insert({s.id, p.role.personId});
        const QString available = availableThatDay(*limits, s.start);
        const QString day = m_context.day(m_context.days().dayOf(s.start));
        const QString message =
            available.isEmpty()
                ? ConflictChecker::tr("%1 is not available on %2, but is in “%3” (%4, %5).")
                      .arg(p.name, day, s.title, m_context.roomName(s), m_context.when(s))
                : ConflictChecker::tr("%1 is available %2 only on %3, but is in “%4” (%5, %6).")
                      .arg(p.name, available, day, s.title, m_context.roomName(s), m_context.when(s));
        Conflict c = m_context.about(ConflictKind::PersonUnavailable, ConflictSeverity::Warning, index, message);
        c.personId = p.role.personId;
        c.personName = p.name;
        found << c;
    }
}

void AvailabilityChecks::rooms(QList<Conflict> &found) const
{
    const ScheduleSnapshot &snapshot = m_context.snapshot();
    if (snapshot.rules.rooms.isEmpty())
        return;
    for (int i = 0; i < m_context.sessionCount(); ++i) {
        const Session &s = m_context.at(i);
        if (!ConflictContext::takesPlace(s))
            continue;
        const auto limits = snapshot.rules.rooms.constFind(*s.roomId);
        if (limits == snapshot.rules.rooms.constEnd() || limits->covers(s.start, s.end()))
            continue;
        const QString available = availableThatDay(*limits, s.start);
        const QString day = m_context.day(m_context.days().dayOf(s.start));
        const QString room = m_context.roomName(s);
        const QString message =
            available.isEmpty()
                ? ConflictChecker::tr("%1 is not available on %2, but holds “%3” (%4).")
                      .arg(room, day, s.title, m_context.when(s))
                : ConflictChecker::tr("%1 is available %2 only on %3, but holds “%4” (%5).")
                      .arg(room, available, day, s.title, m_context.when(s));
        found << m_context.about(ConflictKind::RoomUnavailable, ConflictSeverity::Error, i, message);
    }
}

QString AvailabilityChecks::availableThatDay(const Availability &availability, const QDateTime &when) const
{
    const QDate day = m_context.days().dayOf(when);
    const QDateTime dayStart = m_context.days().start(day);
    const QDateTime dayEnd = m_context.days().end(day);
    QStringList parts;
    QDateTime openFrom;
    QDateTime openTo;
    // Touching spans (available 09:00-10:00, preferred 10:00-11:00) read as one.
    for (const AvailabilitySpan &span : availability.spans) {
        if (span.end <= dayStart || span.start >= dayEnd)
            continue;
        const QDateTime from = std::max(span.start, dayStart);
        const QDateTime to = std::min(span.end, dayEnd);
        if (openTo.isValid() && from <= openTo) {
            openTo = std::max(openTo, to);
            continue;
        }
        if (openFrom.isValid())
            parts << QStringLiteral("%1–%2").arg(m_context.time(openFrom), m_context.time(openTo));
        openFrom = from;
        openTo = to;
    }
    if (openFrom.isValid())
        parts << QStringLiteral("%1–%2").arg(m_context.time(openFrom), m_context.time(openTo));
    return parts.join(QStringLiteral(", "));
}
