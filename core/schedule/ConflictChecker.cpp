#include "schedule/ConflictChecker.h"

#include "schedule/AvailabilityChecks.h"
#include "schedule/ConflictContext.h"
#include "schedule/ConstraintChecks.h"
#include "schedule/ScheduleSnapshot.h"

#include <QLocale>

#include <algorithm>
#include <tuple>
#include <vector>

namespace {

// One session on a sweep line: the key is the room or the person.
struct Span
{
    qint64 key;
    qint64 start; // seconds since the epoch, UTC
    qint64 end;
    int index; // into ScheduleSnapshot::sessions
    bool operator<(const Span &o) const
    {
        return std::tie(key, start, end, index) < std::tie(o.key, o.start, o.end, o.index);
    }
    bool operator==(const Span &o) const { return key == o.key && index == o.index; }
};

// Calls report(earlier, later) once for each pair of spans with the same key
// whose times overlap. Only spans still running are compared, so the cost is
// the sort plus the overlaps found.
template <typename Report>
void sweepOverlaps(std::vector<Span> &spans, Report report)
{
    std::sort(spans.begin(), spans.end());
    std::vector<const Span *> running;
    for (size_t i = 0; i < spans.size(); ++i) {
        const Span &span = spans[i];
        if (i == 0 || spans[i - 1].key != span.key)
            running.clear();
        running.erase(std::remove_if(running.begin(), running.end(),
                                     [&span](const Span *r) { return r->end <= span.start; }),
                      running.end());
        for (const Span *r : running)
            report(*r, span);
        running.push_back(&span);
    }
}

class Checker
{
public:
    explicit Checker(const ScheduleSnapshot &snapshot) : m_context(snapshot), m_snapshot(snapshot) {}

    QList<Conflict> run()
    {
        people();
        rooms();
        eachSession();
        AvailabilityChecks(m_context).run(m_found);
        ConstraintChecks(m_context).run(m_found);
        std::stable_sort(m_found.begin(), m_found.end(), [](const Conflict &a, const Conflict &b) {
            return std::make_tuple(a.start, int(a.kind), a.sessions.value(0).id)
                   < std::make_tuple(b.start, int(b.kind), b.sessions.value(0).id);
        });
        return m_found;
    }

private:
    static qint64 startOf(const Session &s) { return s.start.toSecsSinceEpoch(); }
    static qint64 endOf(const Session &s) { return startOf(s) + qint64(s.durationMinutes) * 60; }
    const Session &at(int index) const { return m_context.at(index); }
    QString roomName(const Session &s) const { return m_context.roomName(s); }
    QString when(const Session &s) const { return m_context.when(s); }

    // The time two sessions share.
    void setOverlap(Conflict &c, const Span &a, const Span &b) const
    {
        c.start = QDateTime::fromSecsSinceEpoch(std::max(a.start, b.start), Qt::UTC);
        c.end = QDateTime::fromSecsSinceEpoch(std::min(a.end, b.end), Qt::UTC);
    }

    void people()
    {
        std::vector<Span> spans;
        spans.reserve(m_snapshot.roles.size());
        for (const ScheduleSnapshot::Participation &p : m_snapshot.roles) {
            const int index = m_context.indexOf(p.role.sessionId);
            if (index < 0 || !ConflictContext::takesPlace(at(index)))
                continue;
            spans.push_back({p.role.personId, startOf(at(index)), endOf(at(index)), index});
        }
        // A person with two roles in one session (speaker and chair) is there once.
        std::sort(spans.begin(), spans.end());
        spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
        sweepOverlaps(spans, [&](const Span &a, const Span &b) {
            Conflict c = m_context.make(ConflictKind::PersonDoubleBooked, ConflictSeverity::Error, {a.index, b.index});
            c.personId = a.key;
            c.personName = m_context.personName(a.key);
            setOverlap(c, a, b);
            c.message = ConflictChecker::tr("%1 is in two sessions at once: “%2” (%3, %4) and “%5” (%6, %7).")
                            .arg(c.personName, at(a.index).title, roomName(at(a.index)), when(at(a.index)),
                                 at(b.index).title, roomName(at(b.index)), when(at(b.index)));
            m_found << c;
        });
    }

    void rooms()
    {
        std::vector<Span> spans;
        for (int i = 0; i < m_context.sessionCount(); ++i)
            if (ConflictContext::takesPlace(at(i)))
                spans.push_back({*at(i).roomId, startOf(at(i)), endOf(at(i)), i});
        sweepOverlaps(spans, [&](const Span &a, const Span &b) {
            Conflict c = m_context.make(ConflictKind::RoomDoubleBooked, ConflictSeverity::Error, {a.index, b.index});
            c.roomId = a.key;
            c.roomName = roomName(at(a.index));
            setOverlap(c, a, b);
            c.message = ConflictChecker::tr("%1 holds two sessions at once: “%2” (%3) and “%4” (%5).")
                            .arg(c.roomName, at(a.index).title, when(at(a.index)), at(b.index).title,
                                 when(at(b.index)));
            m_found << c;
        });
    }

    // The rules about one session at a time.
    void eachSession()
    {
        const Event &event = m_snapshot.event;
        const bool hasDays = event.dayCount() > 0;
        // Programme days: a 00:55 talk after the last evening is still on the last day.
        const ProgrammeDays &days = m_context.days();
        const QDateTime first = hasDays ? days.start(event.firstDay) : QDateTime();
        const QDateTime last = hasDays ? days.end(event.lastDay) : QDateTime();
        const QLocale locale;
        for (int i = 0; i < m_context.sessionCount(); ++i) {
            const Session &s = at(i);
            if (!s.isScheduled())
                continue;
            auto add = [&](ConflictKind kind, ConflictSeverity severity, const QString &message) {
                m_found << m_context.about(kind, severity, i, message);
            };
            if (s.status == SessionStatus::Cancelled) {
                add(ConflictKind::CancelledOnGrid, ConflictSeverity::Warning,
                    ConflictChecker::tr("“%1” is cancelled but still on the timetable (%2, %3).")
                        .arg(s.title, roomName(s), when(s)));
                continue;
            }
            if (hasDays && (s.start < first || s.end() > last))
                add(ConflictKind::OutsideEventDays, ConflictSeverity::Error,
                    ConflictChecker::tr("“%1” (%2, %3) is outside the event's days (%4 to %5).")
                        .arg(s.title, roomName(s), when(s), locale.toString(event.firstDay, QLocale::ShortFormat),
                             locale.toString(event.lastDay, QLocale::ShortFormat)));
            const Room *room = m_context.room(*s.roomId);
            if (room && room->capacity > 0 && s.expectedAttendance && *s.expectedAttendance > room->capacity)
                add(ConflictKind::OverCapacity, ConflictSeverity::Error,
                    ConflictChecker::tr("“%1” (%2) expects %3 people but %4 seats only %5.")
                        .arg(s.title, when(s))
                        .arg(*s.expectedAttendance)
                        .arg(room->name)
                        .arg(room->capacity));
        }
    }

    ConflictContext m_context;
    const ScheduleSnapshot &m_snapshot;
    QList<Conflict> m_found;
};

} // namespace

QList<Conflict> ConflictChecker::check(const ScheduleSnapshot &snapshot)
{
    return Checker(snapshot).run();
}
