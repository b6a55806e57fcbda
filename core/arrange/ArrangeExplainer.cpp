#include "arrange/ArrangeExplainer.h"

#include "arrange/ArrangeCandidates.h"
#include "arrange/ArrangeMip.h"
#include "arrange/ArrangeOccupancy.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using Kind = ArrangeConstraint::Kind;
using Placement = ArrangeProblem::Placement;

namespace {
// Enough to explain: the related sessions and constraints a person can read in one sentence.
constexpr size_t maxGroup = 12;
constexpr size_t maxRooms = 12;

template <typename T>
void addOnce(std::vector<T> &list, const T &item)
{
    if (std::find(list.begin(), list.end(), item) == list.end())
        list.push_back(item);
}
} // namespace

ArrangeExplainer::ArrangeExplainer(const ArrangeProblem &problem, std::vector<Placement> solution)
    : m_problem(problem), m_solution(std::move(solution))
{
}

QString ArrangeExplainer::title(int session) const
{
    return tr("“%1”").arg(m_problem.sessions[size_t(session)].title);
}

QString ArrangeExplainer::titles(const std::vector<int> &sessions) const
{
    QStringList list;
    for (int s : sessions)
        list << title(s);
    return listed(list);
}

QString ArrangeExplainer::listed(const QStringList &items)
{
    // "A", "A and B", "A, B and C", whatever the system's locale.
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(QStringList(items.mid(0, items.size() - 1)).join(tr(", ")), items.last());
}

QString ArrangeExplainer::intervals(const std::vector<ArrangeProblem::Interval> &list) const
{
    QStringList parts;
    for (const ArrangeProblem::Interval &i : list) {
        const QString span = tr("%1–%2").arg(m_problem.timeText(i.day, i.from), m_problem.timeText(i.day, i.to));
        parts << (m_problem.days.size() > 1 ? tr("%1 %2").arg(m_problem.dayText(i.day), span) : span);
    }
    if (parts.isEmpty())
        return tr("at no time");
    return listed(parts);
}

bool ArrangeExplainer::hasPlace(int session, const ArrangeRelaxation &relaxation) const
{
    return !ArrangeCandidates(m_problem, relaxation).of(session).empty();
}

bool ArrangeExplainer::placeable(const std::vector<int> &group, const ArrangeRelaxation &relaxation) const
{
    const ArrangeCandidates candidates(m_problem, relaxation);
    ArrangeOccupancy fixed(m_problem, relaxation);
    std::vector<int> scope;
    for (int s : group) {
        const ArrangeProblem::SessionInfo &info = m_problem.sessions[size_t(s)];
        const bool kept = !info.movable && !relaxation.isOff(Kind::SessionPinned, s);
        if (!kept)
            scope.push_back(s);
    }
    // Sessions that stay where they are, unless their pin is what is being questioned.
    for (int s = 0; s < int(m_problem.sessions.size()); ++s) {
        const ArrangeProblem::SessionInfo &info = m_problem.sessions[size_t(s)];
        if (!info.movable && info.current.isPlaced() && std::find(scope.begin(), scope.end(), s) == scope.end())
            fixed.place(s, info.current);
    }
    if (scope.empty())
        return true;
    // First the greedy way: when it places them all, they can be placed (no need to ask CBC).
    {
        std::vector<std::vector<ArrangeCandidate>> lists(m_problem.sessions.size());
        for (int s : scope)
            lists[size_t(s)] = candidates.of(s);
        std::vector<int> order = scope;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return lists[size_t(a)].size() < lists[size_t(b)].size(); });
        ArrangeOccupancy trial = fixed;
        bool all = true;
        for (int s : order) {
            const auto &mine = lists[size_t(s)];
            const auto it = std::find_if(mine.begin(), mine.end(),
                                         [&](const ArrangeCandidate &c) { return trial.fits(s, c.place); });
            if (it == mine.end()) {
                all = false;
                break;
            }
            trial.place(s, it->place);
        }
        if (all)
            return true;
    }
    // Out of time: not known to be impossible, so the constraint in question is kept.
    if (m_deadline.hasExpired())
        return true;
    ArrangeMip::Options options;
    options.mustPlace = true;
    options.seconds = std::min(1.0, std::max(0.05, m_deadline.remainingTime() / 1000.0));
    ArrangeMip mip(m_problem, candidates, fixed, scope, options);
    const ArrangeMip::Outcome outcome = mip.solve();
    return outcome.feasible || outcome.stopped;
}

std::vector<ArrangeConstraint> ArrangeExplainer::ownConstraints(int session) const
{
    const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
    std::vector<ArrangeConstraint> out;
    if (!s.movable || s.pinned)
        out.push_back({Kind::SessionPinned, session});
    if (s.fixedDay >= 0)
        out.push_back({Kind::SessionDay, session});
    if (s.roomsRestricted)
        out.push_back({Kind::SessionRooms, session});
    if (s.minSeats > 0 || s.audience > 0)
        out.push_back({Kind::SessionSeats, session});
    for (int p : s.people)
        if (m_problem.people[size_t(p)].availability.restricted)
            out.push_back({Kind::PersonAvailability, p});
    const ArrangeCandidates all(m_problem);
    for (int r = 0; r < int(m_problem.rooms.size()); ++r)
        if (m_problem.rooms[size_t(r)].availability.restricted && all.roomSuits(session, r))
            out.push_back({Kind::RoomAvailability, r});
    for (int b = 0; b < int(m_problem.breaks.size()) && !s.mayUseBreaks; ++b)
        out.push_back({Kind::BreakFree, b});
    return out;
}

std::vector<int> ArrangeExplainer::tiedTo(int session) const
{
    const ArrangeProblem::SessionInfo &me = m_problem.sessions[size_t(session)];
    std::vector<int> group{session};
    auto add = [&](int s) {
        if (group.size() < maxGroup)
            addOnce(group, s);
    };
    for (const ArrangeProblem::Order &o : m_problem.orders)
        if (o.first == session || o.second == session)
            add(o.first == session ? o.second : o.first);
    for (const ArrangeProblem::Apart &a : m_problem.aparts)
        if (std::find(a.sessions.begin(), a.sessions.end(), session) != a.sessions.end())
            for (int s : a.sessions)
                add(s);
    for (int s = 0; s < int(m_problem.sessions.size()); ++s) {
        const ArrangeProblem::SessionInfo &other = m_problem.sessions[size_t(s)];
        const bool shares = std::any_of(other.people.begin(), other.people.end(), [&](int p) {
            return std::find(me.people.begin(), me.people.end(), p) != me.people.end();
        });
        if (shares && (m_solution[size_t(s)].isPlaced() || !other.movable))
            add(s);
    }
    return group;
}

std::vector<ArrangeConstraint> ArrangeExplainer::sharedConstraints(int session, const std::vector<int> &group) const
{
    std::vector<ArrangeConstraint> out;
    for (int s : group)
        for (const ArrangeConstraint &c : ownConstraints(s))
            addOnce(out, c);
    for (int s : group)
        for (int p : m_problem.sessions[size_t(s)].people) {
            if (m_problem.people[size_t(p)].minGapUnits > 0)
                addOnce(out, ArrangeConstraint{Kind::PersonGap, p});
            addOnce(out, ArrangeConstraint{Kind::PersonBusy, p});
        }
    for (int o = 0; o < int(m_problem.orders.size()); ++o)
        for (int s : group)
            if (m_problem.orders[size_t(o)].first == s || m_problem.orders[size_t(o)].second == s)
                addOnce(out, ArrangeConstraint{Kind::OrderKept, o});
    for (int a = 0; a < int(m_problem.aparts.size()); ++a)
        for (int s : group) {
            const auto &members = m_problem.aparts[size_t(a)].sessions;
            if (std::find(members.begin(), members.end(), s) != members.end())
                addOnce(out, ArrangeConstraint{Kind::ApartKept, a});
        }
    for (int l = 0; l < int(m_problem.trackLimits.size()); ++l)
        for (int s : group)
            if (m_problem.sessions[size_t(s)].track == m_problem.trackLimits[size_t(l)].track)
                addOnce(out, ArrangeConstraint{Kind::TrackLimitKept, l});
    // The rooms it could use, and the sessions kept in them.
    const ArrangeCandidates all(m_problem);
    size_t rooms = 0;
    for (int r = 0; r < int(m_problem.rooms.size()) && rooms < maxRooms; ++r) {
        if (!all.roomSuits(session, r))
            continue;
        ++rooms;
        addOnce(out, ArrangeConstraint{Kind::RoomBusy, r});
        for (int s = 0; s < int(m_problem.sessions.size()); ++s) {
            const ArrangeProblem::SessionInfo &other = m_problem.sessions[size_t(s)];
            if (!other.movable && other.current.isPlaced() && other.current.room == r)
                addOnce(out, ArrangeConstraint{Kind::SessionPinned, s});
        }
    }
    return out;
}

ArrangeReason ArrangeExplainer::ownClash(int session) const
{
    std::vector<ArrangeConstraint> clash = ownConstraints(session);
    ArrangeRelaxation relaxed;
    for (auto it = clash.begin(); it != clash.end();) {
        relaxed.switchOff(*it);
        if (!hasPlace(session, relaxed)) {
            it = clash.erase(it); // not needed to rule out every place
        } else {
            relaxed.switchOn(*it);
            ++it;
        }
    }
    return words(session, clash, {session});
}

ArrangeReason ArrangeExplainer::whyAlone(int session) const
{
    return hasPlace(session, {}) ? full(session) : ownClash(session);
}

ArrangeReason ArrangeExplainer::why(int session) const
{
    // Its own constraints rule out every place.
    if (!hasPlace(session, {}))
        return ownClash(session);
    if (m_deadline.hasExpired())
        return full(session);
    // With the sessions tied to it.
    const std::vector<int> group = tiedTo(session);
    if (placeable(group, {}))
        return full(session);
    std::vector<ArrangeConstraint> clash = sharedConstraints(session, group);
    ArrangeRelaxation relaxed;
    for (auto it = clash.begin(); it != clash.end();) {
        relaxed.switchOff(*it);
        if (!placeable(group, relaxed)) {
            it = clash.erase(it);
        } else {
            relaxed.switchOn(*it);
            ++it;
        }
    }
    return words(session, clash, group);
}

ArrangeReason ArrangeExplainer::full(int session) const
{
    const ArrangeCandidates all(m_problem);
    QStringList rooms;
    for (int r = 0; r < int(m_problem.rooms.size()); ++r)
        if (all.roomSuits(session, r))
            rooms << m_problem.rooms[size_t(r)].name;
    const QString roomText = rooms.size() > 4 ? tr("every room that suits it")
                                              : listed(rooms);
    ArrangeReason reason;
    reason.text = tr("No place is left for %1: at every time it could take, %2 is taken or one of its people is busy.")
                      .arg(title(session), roomText);
    return reason;
}

ArrangeReason ArrangeExplainer::words(int session, const std::vector<ArrangeConstraint> &clash,
                                      const std::vector<int> &group) const
{
    ArrangeReason reason;
    reason.constraints = clash;
    QStringList parts;
    for (const ArrangeConstraint &c : clash)
        parts << describe(c, group);
    if (parts.isEmpty()) {
        const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(session)];
        reason.text = tr("%1 lasts %2 minutes, longer than any day of the timetable.")
                          .arg(title(session))
                          .arg(s.minutes);
        return reason;
    }
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    text[0] = text[0].toUpper();
    reason.text = text;
    return reason;
}

QString ArrangeExplainer::describe(const ArrangeConstraint &c, const std::vector<int> &group) const
{
    const QLocale locale;
    switch (c.kind) {
    case Kind::PersonAvailability: {
        const ArrangeProblem::PersonInfo &p = m_problem.people[size_t(c.index)];
        return tr("%1 is available %2 only").arg(p.name, intervals(p.availability.available));
    }
    case Kind::PersonBusy: {
        const ArrangeProblem::PersonInfo &p = m_problem.people[size_t(c.index)];
        std::vector<int> theirs;
        for (int s : group) {
            const auto &people = m_problem.sessions[size_t(s)].people;
            if (std::find(people.begin(), people.end(), c.index) != people.end())
                theirs.push_back(s);
        }
        if (theirs.size() < 2)
            return tr("%1 can be in one session at a time").arg(p.name);
        if (theirs.size() == 2)
            return tr("%1 both need %2, who can be in one session at a time").arg(titles(theirs), p.name);
        return tr("%1 all need %2, who can be in one session at a time").arg(titles(theirs), p.name);
    }
    case Kind::PersonGap: {
        const ArrangeProblem::PersonInfo &p = m_problem.people[size_t(c.index)];
        return tr("%1 needs %2 minutes between two sessions").arg(p.name).arg(p.minGapUnits * m_problem.unitMinutes);
    }
    case Kind::RoomAvailability: {
        const ArrangeProblem::RoomInfo &r = m_problem.rooms[size_t(c.index)];
        return tr("%1 is available %2 only").arg(r.name, intervals(r.availability.available));
    }
    case Kind::RoomBusy:
        return tr("%1 holds one session at a time").arg(m_problem.rooms[size_t(c.index)].name);
    case Kind::SessionPinned: {
        const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(c.index)];
        const ArrangeProblem::Placement &at = s.pinnedPlace.isPlaced() ? s.pinnedPlace : s.current;
        if (!at.isPlaced())
            return tr("%1 is to stay off the timetable").arg(title(c.index));
        const QString where = tr("%1 at %2").arg(m_problem.rooms[size_t(at.room)].name,
                                                 m_problem.timeText(at.day, at.unit));
        return s.pinned ? tr("%1 is pinned to %2").arg(title(c.index), where)
                        : tr("%1 stays where it is (%2)").arg(title(c.index), where);
    }
    case Kind::SessionDay: {
        const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(c.index)];
        return tr("%1 must be on %2").arg(title(c.index), m_problem.dayText(s.fixedDay));
    }
    case Kind::SessionRooms: {
        QStringList rooms;
        for (int r : m_problem.sessions[size_t(c.index)].allowedRooms)
            rooms << m_problem.rooms[size_t(r)].name;
        if (rooms.isEmpty())
            return tr("%1 may use no room (its allowed tracks have none)").arg(title(c.index));
        return rooms.size() == 1 ? tr("%1 needs %2").arg(title(c.index), rooms.first())
                                 : tr("%1 must be in %2").arg(title(c.index), listed(rooms));
    }
    case Kind::SessionSeats: {
        const ArrangeProblem::SessionInfo &s = m_problem.sessions[size_t(c.index)];
        const int seats = std::max(s.minSeats, s.audience);
        QStringList big;
        for (const ArrangeProblem::RoomInfo &r : m_problem.rooms)
            if (r.capacity == 0 || r.capacity >= seats)
                big << r.name;
        if (big.isEmpty())
            return tr("%1 needs %2 seats, and no room has that many").arg(title(c.index)).arg(seats);
        return tr("%1 needs %2 seats, which only %3 has")
            .arg(title(c.index))
            .arg(seats)
            .arg(listed(big));
    }
    case Kind::BreakFree: {
        const ArrangeProblem::Break &b = m_problem.breaks[size_t(c.index)];
        return tr("%1 (%2) is kept free").arg(b.name, intervals({b.interval}));
    }
    case Kind::OrderKept: {
        const ArrangeProblem::Order &o = m_problem.orders[size_t(c.index)];
        return tr("%1 must end before %2 starts").arg(title(o.first), title(o.second));
    }
    case Kind::ApartKept:
        return tr("%1 must not run at the same time").arg(titles(m_problem.aparts[size_t(c.index)].sessions));
    case Kind::TrackLimitKept: {
        const ArrangeProblem::TrackLimit &l = m_problem.trackLimits[size_t(c.index)];
        const QString track = m_problem.tracks[size_t(l.track)].name;
        if (l.max == 1)
            return tr("no two sessions of %1 may run at once").arg(track);
        return tr("at most %1 sessions of %2 may run at once").arg(l.max).arg(track);
    }
    }
    return {};
}
