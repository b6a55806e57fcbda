#include "schedule/ConstraintChecks.h"

#include "schedule/ConflictChecker.h"
#include "schedule/ConflictContext.h"
#include "schedule/ScheduleSnapshot.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace {

QString quotedTitles(const ConflictContext &context, const std::vector<int> &indexes)
{
    QStringList titles;
    for (int i : indexes)
        titles << QStringLiteral("“%1”").arg(context.at(i).title);
    return titles.join(QStringLiteral(", "));
}

} // namespace

void ConstraintChecks::run(QList<Conflict> &found) const
{
    const SchedulingRules &rules = m_context.snapshot().rules;
    QSet<QPair<SessionId, SessionId>> seenOrder;    // (earlier, later)
    QSet<QPair<SessionId, SessionId>> seenTogether; // (smaller id, larger id)
    for (auto it = rules.sessions.cbegin(); it != rules.sessions.cend(); ++it) {
        const int index = m_context.indexOf(it.key());
        if (index < 0)
            continue;
        session(index, it.value(), found);
        relations(index, it.value(), found, seenOrder, seenTogether);
    }
    breaks(found);
    trackLimits(found);
    personGaps(found);
}

void ConstraintChecks::session(int index, const SessionConstraints &c, QList<Conflict> &found) const
{
    const Session &s = m_context.at(index);
    if (s.status == SessionStatus::Cancelled)
        return;
    auto add = [&](ConflictKind kind, const QString &message) {
        found << m_context.about(kind, ConflictSeverity::Error, index, message);
    };
    if (c.pinned) {
        const QString pinnedAt = m_context.when(c.pinned->start, c.pinned->start.addSecs(qint64(s.durationMinutes) * 60));
        if (!s.isScheduled())
            add(ConflictKind::PinnedMoved, ConflictChecker::tr("“%1” is pinned to %2, %3, but is not on the timetable.")
                                               .arg(s.title, m_context.roomName(c.pinned->roomId), pinnedAt));
        else if (*s.roomId != c.pinned->roomId || s.start != c.pinned->start)
            add(ConflictKind::PinnedMoved, ConflictChecker::tr("“%1” is pinned to %2, %3, but is in %4, %5.")
                                               .arg(s.title, m_context.roomName(c.pinned->roomId), pinnedAt,
                                                    m_context.roomName(s), m_context.when(s)));
    }
    if (!ConflictContext::takesPlace(s))
        return;
    if (c.fixedRoom && *s.roomId != *c.fixedRoom)
        add(ConflictKind::NotInFixedRoom, ConflictChecker::tr("“%1” must be in %2, but is in %3 (%4).")
                                              .arg(s.title, m_context.roomName(*c.fixedRoom), m_context.roomName(s),
                                                   m_context.when(s)));
    if (c.fixedDay) {
        const QDate day = m_context.days().dayOf(s.start);
        if (day != *c.fixedDay)
            add(ConflictKind::NotOnFixedDay, ConflictChecker::tr("“%1” must be on %2, but is on %3 (%4, %5).")
                                                 .arg(s.title, m_context.day(*c.fixedDay), m_context.day(day),
                                                      m_context.roomName(s), m_context.when(s)));
    }
    if (const auto allowed = m_context.snapshot().rules.allowedRooms(s.id); allowed && !allowed->contains(*s.roomId)) {
        QStringList names;
        for (RoomId room : *allowed)
            names << m_context.roomName(room);
        add(ConflictKind::RoomNotAllowed,
            allowed->isEmpty()
                ? ConflictChecker::tr("“%1” may only use the rooms of its allowed tracks, and they have none, but is in %2 (%3).")
                      .arg(s.title, m_context.roomName(s), m_context.when(s))
                : ConflictChecker::tr("“%1” may only be in %2, but is in %3 (%4).")
                      .arg(s.title, names.join(QStringLiteral(", ")), m_context.roomName(s), m_context.when(s)));
    }
    // The expected audience is the older over-capacity check's (OverCapacity): not reported twice.
    const int needed = m_context.snapshot().rules.seatsNeeded(s);
    const Room *room = m_context.room(*s.roomId);
    if (c.seatsFrom != SeatsFrom::ExpectedAudience && needed > 0 && room && room->capacity > 0
        && room->capacity < needed) {
        const QString message =
            c.seatsFrom == SeatsFrom::Registrations
                ? ConflictChecker::tr("“%1” needs a seat for each of the %2 people registered, but %3 seats only %4 (%5).")
                : ConflictChecker::tr("“%1” needs at least %2 seats, but %3 seats only %4 (%5).");
        add(ConflictKind::TooFewSeats, message.arg(s.title, QString::number(needed), room->name,
                                                   QString::number(room->capacity), m_context.when(s)));
    }
}

void ConstraintChecks::relations(int index, const SessionConstraints &c, QList<Conflict> &found,
                                 QSet<QPair<SessionId, SessionId>> &seenOrder,
                                 QSet<QPair<SessionId, SessionId>> &seenTogether) const
{
    const Session &s = m_context.at(index);
    if (!ConflictContext::takesPlace(s))
        return;
    // before must end by the time after starts.
    auto order = [&](int before, int after) {
        const Session &b = m_context.at(before);
        const Session &a = m_context.at(after);
        if (a.start >= b.end() || seenOrder.contains({b.id, a.id}))
            return;
        seenOrder.insert({b.id, a.id});
        Conflict conflict = m_context.make(ConflictKind::OrderBroken, ConflictSeverity::Error, {after, before});
        conflict.start = a.start;
        conflict.end = a.end();
        conflict.roomId = a.roomId;
        conflict.roomName = m_context.roomName(a);
        conflict.message = ConflictChecker::tr("“%1” must come after “%2”, but starts at %3 (%4), before “%2” ends (%5, %6).")
                               .arg(a.title, b.title, m_context.time(a.start), m_context.roomName(a),
                                    m_context.roomName(b), m_context.when(b));
        found << conflict;
    };
    for (SessionId other : c.follows)
        if (const int o = m_context.indexOf(other); o >= 0 && ConflictContext::takesPlace(m_context.at(o)))
            order(o, index);
    for (SessionId other : c.precedes)
        if (const int o = m_context.indexOf(other); o >= 0 && ConflictContext::takesPlace(m_context.at(o)))
            order(index, o);
    for (SessionId other : c.notWith) {
        const int o = m_context.indexOf(other);
        if (o < 0 || o == index || !ConflictContext::takesPlace(m_context.at(o)))
            continue;
        const Session &t = m_context.at(o);
        const QDateTime from = std::max(s.start, t.start);
        const QDateTime to = std::min(s.end(), t.end());
        const QPair<SessionId, SessionId> pair{std::min(s.id, t.id), std::max(s.id, t.id)};
        if (from >= to || seenTogether.contains(pair))
            continue;
        seenTogether.insert(pair);
        Conflict conflict = m_context.make(ConflictKind::TogetherNotAllowed, ConflictSeverity::Error, {index, o});
        conflict.start = from;
        conflict.end = to;
        conflict.message = ConflictChecker::tr("“%1” (%2, %3) and “%4” (%5, %6) must not be at the same time.")
                               .arg(s.title, m_context.roomName(s), m_context.when(s), t.title, m_context.roomName(t),
                                    m_context.when(t));
        found << conflict;
    }
}

void ConstraintChecks::breaks(QList<Conflict> &found) const
{
    QList<KeptFreeTime> kept = m_context.snapshot().rules.event.breaks;
    if (kept.isEmpty())
        return;
    std::sort(kept.begin(), kept.end(), [](const KeptFreeTime &a, const KeptFreeTime &b) { return a.start < b.start; });
    for (int i = 0; i < m_context.sessionCount(); ++i) {
        const Session &s = m_context.at(i);
        if (!ConflictContext::takesPlace(s) || s.type == SessionType::Break)
            continue;
        const QDateTime end = s.end();
        for (const KeptFreeTime &b : kept) {
            if (b.start >= end)
                break;
            if (b.end <= s.start)
                continue;
            const QString name = b.label.trimmed().isEmpty() ? ConflictChecker::tr("a break") : b.label;
            Conflict c = m_context.about(ConflictKind::BreakNotFree, ConflictSeverity::Error, i,
                                         ConflictChecker::tr("“%1” (%2, %3) is in a time kept free: %4, %5.")
                                             .arg(s.title, m_context.roomName(s), m_context.when(s), name,
                                                  m_context.when(b.start, b.end)));
            c.start = std::max(s.start, b.start);
            c.end = std::min(end, b.end);
            found << c;
        }
    }
}

void ConstraintChecks::trackLimits(QList<Conflict> &found) const
{
    const ScheduleSnapshot &snapshot = m_context.snapshot();
    const QHash<TrackId, int> &limits = snapshot.rules.event.trackLimits;
    if (limits.isEmpty())
        return;
    QHash<TrackId, std::vector<int>> byTrack;
    for (int i = 0; i < m_context.sessionCount(); ++i) {
        const Session &s = m_context.at(i);
        if (ConflictContext::takesPlace(s) && s.trackId && limits.value(*s.trackId, 0) > 0)
            byTrack[*s.trackId].push_back(i);
    }
    for (auto it = byTrack.begin(); it != byTrack.end(); ++it) {
        const int limit = limits.value(it.key());
        std::vector<int> &sessions = it.value();
        std::sort(sessions.begin(), sessions.end(), [&](int a, int b) {
            return std::make_pair(m_context.at(a).start, m_context.at(a).id)
                   < std::make_pair(m_context.at(b).start, m_context.at(b).id);
        });
        std::vector<int> running;
        bool reported = false; // one conflict per stretch of time over the limit
        for (int i : sessions) {
            const QDateTime start = m_context.at(i).start;
            running.erase(std::remove_if(running.begin(), running.end(),
                                         [&](int r) { return m_context.at(r).end() <= start; }),
                          running.end());
            if (int(running.size()) < limit)
                reported = false;
            running.push_back(i);
            if (int(running.size()) <= limit || reported)
                continue;
            reported = true;
            const Track *track = snapshot.track(it.key());
            const QString trackName = track ? track->name : QString();
            Conflict c = m_context.make(ConflictKind::TrackLimitExceeded, ConflictSeverity::Error, {});
            QDateTime end;
            for (int r : running) {
                c.sessions << ConflictSession{m_context.at(r).id, m_context.at(r).title};
                end = end.isValid() ? std::min(end, m_context.at(r).end()) : m_context.at(r).end();
            }
            c.start = start;
            c.end = end;
            c.message = ConflictChecker::tr("%n sessions of %1 at once, more than its limit of %2: %3 (%4).", nullptr,
                                            int(running.size()))
                            .arg(trackName, QString::number(limit), quotedTitles(m_context, running),
                                 m_context.when(start, end));
            found << c;
        }
    }
}

void ConstraintChecks::personGaps(QList<Conflict> &found) const
{
    const ScheduleSnapshot &snapshot = m_context.snapshot();
    const int gapMinutes = snapshot.rules.event.personGapMinutes;
    if (gapMinutes <= 0)
        return;
    QHash<PersonId, std::vector<int>> byPerson;
    for (const ScheduleSnapshot::Participation &p : snapshot.roles) {
        const int index = m_context.indexOf(p.role.sessionId);
        if (index >= 0 && ConflictContext::takesPlace(m_context.at(index)))
            byPerson[p.role.personId].push_back(index);
    }
    for (auto it = byPerson.begin(); it != byPerson.end(); ++it) {
        std::vector<int> &sessions = it.value();
        std::sort(sessions.begin(), sessions.end(), [&](int a, int b) {
            return std::make_pair(m_context.at(a).start, a) < std::make_pair(m_context.at(b).start, b);
        });
        sessions.erase(std::unique(sessions.begin(), sessions.end()), sessions.end()); // two roles in one session
        int latest = -1; // the earlier session that ends last
        for (int i : sessions) {
            const Session &s = m_context.at(i);
            if (latest >= 0) {
                const Session &before = m_context.at(latest);
                const qint64 gap = before.end().secsTo(s.start);
                if (gap >= 0 && gap < qint64(gapMinutes) * 60) { // overlaps are double bookings, reported already
                    Conflict c = m_context.make(ConflictKind::GapTooShort, ConflictSeverity::Error, {latest, i});
                    c.personId = it.key();
                    c.personName = m_context.personName(it.key());
                    c.start = before.end();
                    c.end = s.start;
                    c.message = ConflictChecker::tr("%1 has %n minute(s) between “%2” (%3, %4) and “%5” (%6, %7); "
                                                    "the event asks for at least %8.",
                                                    nullptr, int(gap / 60))
                                    .arg(c.personName, before.title, m_context.roomName(before), m_context.when(before),
                                         s.title, m_context.roomName(s), m_context.when(s), QString::number(gapMinutes));
                    found << c;
                }
            }
            if (latest < 0 || s.end() > m_context.at(latest).end())
                latest = i;
        }
    }
}
