#include "arrange/ArrangeProblemBuilder.h"

#include "schedule/ScheduleSnapshot.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <set>

using Interval = ArrangeProblem::Interval;
using Placement = ArrangeProblem::Placement;

namespace {

// The smallest unit worth a grid: finer times are kept where they are.
constexpr int smallestUnit = 5;

qint64 minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return from.secsTo(to) / 60;
}

class Builder
{
public:
    Builder(const ScheduleSnapshot &snapshot, const SchedulingRules &rules, const ArrangeScope &scope)
        : m_snapshot(snapshot), m_rules(rules), m_scope(scope), m_days(snapshot.programmeDays())
    {
    }

    Result<ArrangeProblem> build()
    {
        const Event &event = m_snapshot.event;
        if (event.dayCount() <= 0)
            return Result<ArrangeProblem>::failure(ArrangeProblemBuilder::tr("The event has no days to arrange sessions on."));
        if (m_scope.day && (*m_scope.day < event.firstDay || *m_scope.day > event.lastDay))
            return Result<ArrangeProblem>::failure(
                ArrangeProblemBuilder::tr("%1 is not a day of the event (%2 to %3).")
                    .arg(QLocale().toString(*m_scope.day, QLocale::ShortFormat),
                         QLocale().toString(event.firstDay, QLocale::ShortFormat),
                         QLocale().toString(event.lastDay, QLocale::ShortFormat)));
        if (m_snapshot.rooms.isEmpty())
            return Result<ArrangeProblem>::failure(
                ArrangeProblemBuilder::tr("The event has no rooms yet: add rooms before arranging sessions."));
        if (m_scope.dayEnd == m_scope.dayStart)
            return Result<ArrangeProblem>::failure(ArrangeProblemBuilder::tr("The day's hours begin and end at the same time."));
        m_problem.zone = event.timeZone();
        chooseSessions();
        makeDays();
        makeRooms();
        makeSessions();
        makeRules();
        return m_problem;
    }

private:
    bool scheduledInScope(const Session &s) const
    {
        return s.isScheduled() && (!m_scope.day || m_days.dayOf(s.start) == *m_scope.day);
    }

    // Sessions of the problem: every session not cancelled, except those
    // on another day than the one rearranged, and those that neither move nor have a place.
    void chooseSessions()
    {
        for (const Session &s : m_snapshot.sessions) {
            if (s.status == SessionStatus::Cancelled)
                continue;
            if (s.isScheduled() && !scheduledInScope(s))
                continue;
            const bool pinned = m_rules.sessions.value(s.id).pinned.has_value();
            const bool inScope = !(m_scope.keepScheduled && s.isScheduled())
                                 && (!m_scope.track || s.trackId == m_scope.track);
            const bool moves = !pinned && inScope;
            // A pinned session away from its pin (or off the timetable) goes back to it.
            const bool backToPin = pinned && inScope;
            if (!moves && !backToPin && !s.isScheduled())
                continue;
            m_chosen.push_back({&s, moves, pinned, backToPin});
        }
        std::sort(m_chosen.begin(), m_chosen.end(),
                  [](const Chosen &a, const Chosen &b) { return a.session->id < b.session->id; });
    }

    void makeDays()
    {
        const Event &event = m_snapshot.event;
        const int step = std::max(smallestUnit, m_scope.stepMinutes);
        std::vector<QDate> dates;
        for (QDate d = event.firstDay; d <= event.lastDay; d = d.addDays(1))
            if (!m_scope.day || d == *m_scope.day)
                dates.push_back(d);
        // Each day's window: the hours asked for, widened to the sessions that are there already.
        std::vector<std::pair<QDateTime, QDateTime>> windows;
        for (const QDate &date : dates) {
            QDateTime from = event.fromLocal(date, m_scope.dayStart);
            // Hours that end before they begin run past midnight (10:00 to 04:00).
            QDateTime to = event.fromLocal(date.addDays(m_scope.dayEnd < m_scope.dayStart ? 1 : 0), m_scope.dayEnd);
            for (const Chosen &c : m_chosen) {
                if (c.session->isScheduled() && m_days.dayOf(c.session->start) == date) {
                    from = std::min(from, c.session->start);
                    to = std::max(to, c.session->end());
                }
            }
            // Start on the step, counted from local midnight.
            const QDateTime midnight = event.fromLocal(date, QTime(0, 0));
            const qint64 offset = minutesBetween(midnight, from);
            from = midnight.addSecs((offset - ((offset % step) + step) % step) * 60);
            windows.push_back({from, to});
        }
        // The grid: fine enough for every start and length there is.
        int unit = step;
        for (const Chosen &c : m_chosen) {
            unit = std::gcd(unit, std::max(1, c.session->durationMinutes));
            if (!c.session->isScheduled())
                continue;
            for (size_t d = 0; d < dates.size(); ++d) {
                const int offset = int(std::abs(minutesBetween(windows[d].first, c.session->start)));
                if (m_days.dayOf(c.session->start) == dates[d] && offset > 0)
                    unit = std::gcd(unit, offset);
            }
        }
        unit = std::max(smallestUnit, unit);
        m_problem.unitMinutes = unit;
        m_problem.startEvery = std::max(1, step / unit);
        for (size_t d = 0; d < dates.size(); ++d) {
            ArrangeProblem::Day day;
            day.date = dates[d];
            day.start = windows[d].first;
            day.units = int(minutesBetween(windows[d].first, windows[d].second) / unit);
            m_problem.days.push_back(day);
        }
    }

    // Units of the grid, inward (available times) or outward (times kept free).
    std::vector<Interval> toGrid(const QDateTime &start, const QDateTime &end, bool inward) const
    {
        std::vector<Interval> out;
        const int unit = m_problem.unitMinutes;
        for (int d = 0; d < int(m_problem.days.size()); ++d) {
            const ArrangeProblem::Day &day = m_problem.days[size_t(d)];
            const qint64 from = day.start.secsTo(start);
            const qint64 to = day.start.secsTo(end);
            const qint64 unitSeconds = qint64(unit) * 60;
            auto floorDiv = [](qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); };
            qint64 first = inward ? -floorDiv(-from, unitSeconds) : floorDiv(from, unitSeconds);
            qint64 last = inward ? floorDiv(to, unitSeconds) : -floorDiv(-to, unitSeconds);
            first = std::max<qint64>(first, 0);
            last = std::min<qint64>(last, day.units);
            if (first < last)
                out.push_back({d, int(first), int(last)});
        }
        return out;
    }

    ArrangeProblem::Availability availability(const Availability &given) const
    {
        ArrangeProblem::Availability out;
        if (given.isAlways())
            return out;
        out.restricted = true;
        const Availability spans = given.normalised();
        // Touching spans are one time (09:00-10:00 and 10:00-11:00 hold a 09:30 talk).
        auto joined = [&](bool preferredOnly, std::vector<Interval> &into) {
            QDateTime start, end;
            auto flush = [&] {
                if (start.isValid())
                    for (const Interval &i : toGrid(start, end, true))
                        into.push_back(i);
            };
            for (const AvailabilitySpan &s : spans.spans) {
                if (preferredOnly && s.kind != AvailabilityKind::Preferred)
                    continue;
                if (start.isValid() && s.start <= end) {
                    end = std::max(end, s.end);
                    continue;
                }
                flush();
                start = s.start;
                end = s.end;
            }
            flush();
        };
        joined(false, out.available);
        joined(true, out.preferred);
        return out;
    }

    void makeRooms()
    {
        for (const Room &room : m_snapshot.rooms) {
            m_roomIndex.insert(room.id, int(m_problem.rooms.size()));
            ArrangeProblem::RoomInfo info;
            info.id = room.id;
            info.name = room.name;
            info.capacity = room.capacity;
            info.availability = availability(m_rules.rooms.value(room.id));
            m_problem.rooms.push_back(info);
        }
        for (const Track &track : m_snapshot.tracks) {
            m_trackIndex.insert(track.id, int(m_problem.tracks.size()));
            m_problem.tracks.push_back({track.id, track.name});
        }
    }

    int personIndex(PersonId id, const QString &name)
    {
        const auto it = m_personIndex.constFind(id);
        if (it != m_personIndex.constEnd())
            return *it;
        ArrangeProblem::PersonInfo info;
        info.id = id;
        info.name = name;
        info.availability = availability(m_rules.people.value(id));
        const int gap = m_rules.event.personGapMinutes;
        info.minGapUnits = (gap + m_problem.unitMinutes - 1) / m_problem.unitMinutes;
        m_personIndex.insert(id, int(m_problem.people.size()));
        m_problem.people.push_back(info);
        return int(m_problem.people.size()) - 1;
    }

    Placement placementOf(const Session &s, int *units) const
    {
        if (!s.isScheduled())
            return {};
        const QDate date = m_days.dayOf(s.start);
        for (int d = 0; d < int(m_problem.days.size()); ++d) {
            const ArrangeProblem::Day &day = m_problem.days[size_t(d)];
            if (day.date != date)
                continue;
            const qint64 offset = minutesBetween(day.start, s.start);
            const int unit = m_problem.unitMinutes;
            // Off the grid (a time finer than five minutes): the place it covers.
            *units = int((offset % unit + s.durationMinutes + unit - 1) / unit);
            return {m_roomIndex.value(*s.roomId, -1), d, int(offset / unit)};
        }
        return {};
    }

    void makeSessions()
    {
        QHash<SessionId, QList<const ScheduleSnapshot::Participation *>> roles = m_snapshot.rolesBySession();
        for (const Chosen &c : m_chosen) {
            const Session &s = *c.session;
            ArrangeProblem::SessionInfo info;
            info.id = s.id;
            info.title = s.title;
            info.minutes = s.durationMinutes;
            info.units = std::max(1, (s.durationMinutes + m_problem.unitMinutes - 1) / m_problem.unitMinutes);
            const bool onGrid = s.durationMinutes % m_problem.unitMinutes == 0;
            int coveredUnits = info.units;
            info.current = placementOf(s, &coveredUnits);
            const bool exact = info.current.isPlaced() && coveredUnits == info.units
                               && s.start == m_problem.startUtc(info.current.day, info.current.unit);
            info.movable = c.moves && onGrid && (!s.isScheduled() || exact);
            if (!info.movable)
                info.units = coveredUnits;
            info.pinned = c.pinned;
            if (const auto it = m_scope.published.constFind(s.id); it != m_scope.published.constEnd()) {
                const auto [day, unit] = m_problem.unitOf(it->second);
                if (day >= 0 && m_roomIndex.contains(it->first))
                    info.published = {m_roomIndex.value(it->first), day, unit};
            }
            info.track = s.trackId ? m_trackIndex.value(*s.trackId, -1) : -1;
            info.audience = std::max(0, s.expectedAttendance.value_or(0));
            info.mayUseBreaks = s.type == SessionType::Break;
            for (const ScheduleSnapshot::Participation *p : roles.value(s.id)) {
                const int index = personIndex(p->role.personId, p->name);
                if (std::find(info.people.begin(), info.people.end(), index) == info.people.end())
                    info.people.push_back(index);
            }
            const SessionConstraints constraints = m_rules.sessions.value(s.id);
            info.minSeats = m_rules.seatsNeeded(s);
            if (c.backToPin && constraints.pinned && m_roomIndex.contains(constraints.pinned->roomId)) {
                // Moved after it was pinned: it goes back to its pinned place.
                const auto [day, unit] = m_problem.unitOf(constraints.pinned->start);
                const Placement pinnedAt{m_roomIndex.value(constraints.pinned->roomId), day, unit};
                if (day >= 0 && pinnedAt != info.current && s.durationMinutes % m_problem.unitMinutes == 0) {
                    info.movable = true;
                    info.units = std::max(1, s.durationMinutes / m_problem.unitMinutes);
                    info.pinnedPlace = pinnedAt;
                }
            }
            if (constraints.fixedDay) {
                info.fixedDay = -1;
                for (int d = 0; d < int(m_problem.days.size()); ++d)
                    if (m_problem.days[size_t(d)].date == *constraints.fixedDay)
                        info.fixedDay = d;
                if (info.fixedDay < 0 && info.movable) // its day is not being arranged
                    info.movable = false;
            }
            std::optional<QList<RoomId>> allowed = m_rules.allowedRooms(s.id);
            if (constraints.fixedRoom) {
                if (!allowed || allowed->contains(*constraints.fixedRoom))
                    allowed = QList<RoomId>{*constraints.fixedRoom};
                else
                    allowed = QList<RoomId>{};
            }
            if (allowed) {
                info.roomsRestricted = true;
                for (RoomId id : *allowed)
                    if (m_roomIndex.contains(id))
                        info.allowedRooms.push_back(m_roomIndex.value(id));
            }
            if (!info.movable && !info.current.isPlaced())
                continue; // stays off the timetable
            if (info.current.isPlaced() && info.current.room < 0)
                continue;
            m_sessionIndex.insert(s.id, int(m_problem.sessions.size()));
            m_problem.sessions.push_back(info);
        }
    }

    void makeRules()
    {
        std::set<std::pair<int, int>> apart;
        for (const ArrangeProblem::SessionInfo &info : m_problem.sessions) {
            const int me = m_sessionIndex.value(info.id);
            const SessionConstraints c = m_rules.sessions.value(info.id);
            for (SessionId other : c.follows)
                if (m_sessionIndex.contains(other))
                    m_problem.orders.push_back({m_sessionIndex.value(other), me});
            for (SessionId other : c.precedes)
                if (m_sessionIndex.contains(other))
                    m_problem.orders.push_back({me, m_sessionIndex.value(other)});
            for (SessionId other : c.notWith)
                if (m_sessionIndex.contains(other) && other != info.id)
                    apart.insert(std::minmax(me, m_sessionIndex.value(other)));
        }
        for (const auto &[a, b] : apart)
            m_problem.aparts.push_back({{a, b}});
        for (auto it = m_rules.event.trackLimits.constBegin(); it != m_rules.event.trackLimits.constEnd(); ++it)
            if (m_trackIndex.contains(it.key()))
                m_problem.trackLimits.push_back({m_trackIndex.value(it.key()), std::max(1, it.value())});
        std::sort(m_problem.trackLimits.begin(), m_problem.trackLimits.end(),
                  [](const auto &a, const auto &b) { return a.track < b.track; });
        for (const KeptFreeTime &time : m_rules.event.breaks)
            for (const Interval &i : toGrid(time.start, time.end, false))
                m_problem.breaks.push_back({i, time.label});
    }

    struct Chosen
    {
        const Session *session;
        bool moves;
        bool pinned;
        bool backToPin;
    };
    const ScheduleSnapshot &m_snapshot;
    const SchedulingRules &m_rules;
    ArrangeScope m_scope;
    ProgrammeDays m_days;
    ArrangeProblem m_problem;
    std::vector<Chosen> m_chosen;
    QHash<RoomId, int> m_roomIndex;
    QHash<TrackId, int> m_trackIndex;
    QHash<PersonId, int> m_personIndex;
    QHash<SessionId, int> m_sessionIndex;
};

} // namespace

Result<ArrangeProblem> ArrangeProblemBuilder::build(const ScheduleSnapshot &snapshot, const SchedulingRules &rules,
                                                    const ArrangeScope &scope)
{
    return Builder(snapshot, rules, scope).build();
}
