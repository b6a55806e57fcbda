// The arranger on small problems built by hand, whose best timetable is
// known, and on impossible ones, whose explanation must name the clash.
#include "arrange/ArrangeExplainer.h"
#include "arrange/ArrangeProblem.h"
#include "arrange/ArrangeSolver.h"
#include "arrange/Arranger.h"

#include "support/TestSupport.h"

#include <algorithm>

using Placement = ArrangeProblem::Placement;
using Kind = ArrangeConstraint::Kind;

namespace {

// A day of `units` quarter hours from 09:00 UTC, per day.
ArrangeProblem grid(int days, int units)
{
    ArrangeProblem p;
    p.unitMinutes = 15;
    for (int d = 0; d < days; ++d) {
        const QDate date = QDate(2027, 3, 15).addDays(d);
        p.days.push_back({date, QDateTime(date, QTime(9, 0), Qt::UTC), units});
    }
    return p;
}

int addRoom(ArrangeProblem &p, const QString &name, int capacity = 0)
{
    ArrangeProblem::RoomInfo r;
    r.id = RoomId(p.rooms.size() + 1);
    r.name = name;
    r.capacity = capacity;
    p.rooms.push_back(r);
    return int(p.rooms.size()) - 1;
}

int addPerson(ArrangeProblem &p, const QString &name)
{
    ArrangeProblem::PersonInfo person;
    person.id = PersonId(p.people.size() + 1);
    person.name = name;
    p.people.push_back(person);
    return int(p.people.size()) - 1;
}

int addSession(ArrangeProblem &p, const QString &title, int units, std::vector<int> people = {}, int audience = 0)
{
    ArrangeProblem::SessionInfo s;
    s.id = SessionId(p.sessions.size() + 1);
    s.title = title;
    s.units = units;
    s.minutes = units * p.unitMinutes;
    s.people = std::move(people);
    s.audience = audience;
    p.sessions.push_back(s);
    return int(p.sessions.size()) - 1;
}

ArrangeSolution solve(const ArrangeProblem &p)
{
    ArrangeSolver::Options options;
    options.seconds = 60; // small problems: CBC proves the optimum long before
    return ArrangeSolver::solve(p, options);
}

bool hasConstraint(const ArrangeReason &reason, Kind kind, int index)
{
    return std::find(reason.constraints.begin(), reason.constraints.end(), ArrangeConstraint{kind, index})
           != reason.constraints.end();
}

} // namespace

TEST_CASE("Each session gets the room that fits its audience best")
{
    ArrangeProblem p = grid(1, 2);
    const int hall = addRoom(p, QStringLiteral("Hall"), 100);
    const int small = addRoom(p, QStringLiteral("Small room"), 30);
    const int big = addSession(p, QStringLiteral("Plenary"), 1, {}, 90);
    const int little = addSession(p, QStringLiteral("Workshop"), 1, {}, 25);
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.placements[size_t(big)].room == hall);
    CHECK(s.placements[size_t(little)].room == small);
    // By hand: 3 x 10/100 empty seats + 3 x 5/30 (0.17) = 0.30 + 0.51.
    CHECK(s.objective == Approx(0.81));
}

TEST_CASE("A session goes where its speaker prefers, and costs nothing there")
{
    ArrangeProblem p = grid(1, 8);
    addRoom(p, QStringLiteral("Room"));
    const int anna = addPerson(p, QStringLiteral("Anna Chioti"));
    p.people[size_t(anna)].availability.restricted = true;
    p.people[size_t(anna)].availability.available = {{0, 0, 8}};
    p.people[size_t(anna)].availability.preferred = {{0, 5, 8}}; // 10:15-11:00
    const int talk = addSession(p, QStringLiteral("Talk"), 2, {anna});
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.objective == Approx(0.0));
    CHECK(s.placements[size_t(talk)].unit >= 5);
    CHECK(s.placements[size_t(talk)].unit + 2 <= 8);
}

TEST_CASE("Placing a new session moves none of the others")
{
    ArrangeProblem p = grid(1, 4);
    const int room = addRoom(p, QStringLiteral("Room"));
    std::vector<int> sessions;
    for (int i = 0; i < 3; ++i) {
        sessions.push_back(addSession(p, QStringLiteral("Talk %1").arg(i), 1));
        p.sessions.back().current = {room, 0, i + 1}; // 09:15, 09:30, 09:45
    }
    const int added = addSession(p, QStringLiteral("New talk"), 1);
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.objective == Approx(0.0));
    for (int i = 0; i < 3; ++i)
        CHECK(s.placements[size_t(sessions[size_t(i)])] == p.sessions[size_t(sessions[size_t(i)])].current);
    CHECK(s.placements[size_t(added)] == Placement{room, 0, 0});
}

TEST_CASE("When something must move, the cheapest move is made")
{
    // One room, three quarter hours; a one-hour... no: a half-hour session that
    // must be at 09:00-09:30 (its speaker's only time) where a talk sits now.
    ArrangeProblem p = grid(1, 3);
    const int room = addRoom(p, QStringLiteral("Room"));
    const int busy = addPerson(p, QStringLiteral("Dr. Busy"));
    p.people[size_t(busy)].availability.restricted = true;
    p.people[size_t(busy)].availability.available = {{0, 0, 2}};
    const int sitting = addSession(p, QStringLiteral("Sitting talk"), 1);
    p.sessions.back().current = {room, 0, 0};
    const int needy = addSession(p, QStringLiteral("Busy talk"), 2, {busy});
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.placements[size_t(needy)] == Placement{room, 0, 0});
    CHECK(s.placements[size_t(sitting)] == Placement{room, 0, 2});
    CHECK(s.objective == Approx(p.weights.moved)); // one move, same day
}

TEST_CASE("Orders, apart sets and track limits hold in the best timetable")
{
    ArrangeProblem p = grid(1, 4);
    addRoom(p, QStringLiteral("A"));
    addRoom(p, QStringLiteral("B"));
    p.tracks.push_back({1, QStringLiteral("Data")});
    const int intro = addSession(p, QStringLiteral("Intro"), 1);
    const int deep = addSession(p, QStringLiteral("Deep dive"), 1);
    const int x = addSession(p, QStringLiteral("X"), 1);
    const int y = addSession(p, QStringLiteral("Y"), 1);
    p.sessions[size_t(x)].track = 0;
    p.sessions[size_t(y)].track = 0;
    p.orders.push_back({deep, intro}); // the deep dive first, whatever the names say
    p.aparts.push_back({{intro, x}});
    p.trackLimits.push_back({0, 1});
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.objective == Approx(0.0));
    const auto &at = s.placements;
    for (const Placement &pl : at)
        REQUIRE(pl.isPlaced());
    CHECK(at[size_t(deep)].unit + 1 <= at[size_t(intro)].unit);
    CHECK(at[size_t(intro)].unit != at[size_t(x)].unit);
    CHECK(at[size_t(x)].unit != at[size_t(y)].unit);
}

TEST_CASE("Two sessions of a speaker free for one hour, both needing the Auditorium: one stays unplaced, and why")
{
    ArrangeProblem p = grid(1, 36); // 09:00-18:00
    const int auditorium = addRoom(p, QStringLiteral("Auditorium"), 300);
    addRoom(p, QStringLiteral("Seminar Room"), 40);
    const int v = addPerson(p, QStringLiteral("Dr. Vandermeulen"));
    p.people[size_t(v)].availability.restricted = true;
    p.people[size_t(v)].availability.available = {{0, 0, 4}}; // 09:00-10:00
    const int a = addSession(p, QStringLiteral("Genomics at scale"), 4, {v}); // an hour each
    const int b = addSession(p, QStringLiteral("Data for patients"), 4, {v});
    for (int s : {a, b}) {
        p.sessions[size_t(s)].roomsRestricted = true;
        p.sessions[size_t(s)].allowedRooms = {auditorium};
    }
    addSession(p, QStringLiteral("Coffee"), 2); // unconstrained: placed anyway
    const ArrangeSolution s = solve(p);
    const int left = s.placements[size_t(a)].isPlaced() ? b : a;
    CHECK(!s.placements[size_t(left)].isPlaced());
    CHECK(s.placements[size_t(a == left ? b : a)].isPlaced());
    CHECK(s.placements[2].isPlaced());

    const ArrangeReason reason = ArrangeExplainer(p, s.placements).why(left);
    INFO(reason.text.toStdString());
    CHECK(hasConstraint(reason, Kind::PersonAvailability, v));
    // Her being in one session at a time, or the Auditorium holding one, with both sessions needing it.
    const bool person = hasConstraint(reason, Kind::PersonBusy, v);
    const bool room = hasConstraint(reason, Kind::RoomBusy, auditorium) && hasConstraint(reason, Kind::SessionRooms, a)
                      && hasConstraint(reason, Kind::SessionRooms, b);
    CHECK((person || room));
    CHECK(reason.text.contains(QStringLiteral("Dr. Vandermeulen is available 09:00–10:00 only")));
    if (person)
        CHECK(reason.text.contains(QStringLiteral("“Genomics at scale” and “Data for patients” both need Dr. Vandermeulen"))
              != reason.text.contains(QStringLiteral("“Data for patients” and “Genomics at scale” both need Dr. Vandermeulen")));
    CHECK(reason.text.contains(QStringLiteral("“Genomics at scale”")));
    CHECK(reason.text.contains(QStringLiteral("“Data for patients”")));
    // Nothing else is blamed: the seminar room, the coffee, the seats.
    CHECK_FALSE(reason.text.contains(QStringLiteral("Coffee")));
    CHECK(reason.constraints.size() <= 4);
}

TEST_CASE("A session needing more seats than any room has is explained by its seats alone")
{
    ArrangeProblem p = grid(1, 8);
    addRoom(p, QStringLiteral("Hall"), 300);
    addRoom(p, QStringLiteral("Room"), 50);
    const int keynote = addSession(p, QStringLiteral("Keynote"), 2);
    p.sessions[size_t(keynote)].minSeats = 500;
    const ArrangeSolution s = solve(p);
    CHECK_FALSE(s.placements[size_t(keynote)].isPlaced());
    const ArrangeReason reason = ArrangeExplainer(p, s.placements).why(keynote);
    REQUIRE(reason.constraints.size() == 1);
    CHECK(reason.constraints[0] == ArrangeConstraint{Kind::SessionSeats, keynote});
    CHECK(reason.text == QStringLiteral("“Keynote” needs 500 seats, and no room has that many."));
}

TEST_CASE("A session that must follow and precede the same one is explained by both orders")
{
    ArrangeProblem p = grid(1, 8);
    addRoom(p, QStringLiteral("Room"));
    const int a = addSession(p, QStringLiteral("Opening"), 1);
    const int b = addSession(p, QStringLiteral("Closing"), 1);
    p.orders.push_back({a, b});
    p.orders.push_back({b, a});
    const ArrangeSolution s = solve(p);
    const int left = s.placements[size_t(a)].isPlaced() ? b : a;
    REQUIRE_FALSE(s.placements[size_t(left)].isPlaced());
    const ArrangeReason reason = ArrangeExplainer(p, s.placements).why(left);
    INFO(reason.text.toStdString());
    CHECK(hasConstraint(reason, Kind::OrderKept, 0));
    CHECK(hasConstraint(reason, Kind::OrderKept, 1));
    CHECK(reason.constraints.size() == 2);
}

TEST_CASE("A session kept out of a lunch break and a speaker free only at lunch: both are named")
{
    ArrangeProblem p = grid(1, 36);
    addRoom(p, QStringLiteral("Room"));
    const int anna = addPerson(p, QStringLiteral("Anna Chioti"));
    p.people[size_t(anna)].availability.restricted = true;
    p.people[size_t(anna)].availability.available = {{0, 12, 16}}; // 12:00-13:00
    p.breaks.push_back({{0, 12, 16}, QStringLiteral("Lunch")});
    const int talk = addSession(p, QStringLiteral("Talk"), 2, {anna});
    const ArrangeSolution s = solve(p);
    REQUIRE_FALSE(s.placements[size_t(talk)].isPlaced());
    const ArrangeReason reason = ArrangeExplainer(p, s.placements).why(talk);
    CHECK(reason.text
          == QStringLiteral("Anna Chioti is available 12:00–13:00 only; Lunch (12:00–13:00) is kept free."));
}

TEST_CASE("The plan lists placed, moved and unplaced sessions with reasons")
{
    ArrangeProblem p = grid(1, 2);
    const int room = addRoom(p, QStringLiteral("Room"));
    const int sitting = addSession(p, QStringLiteral("Sitting"), 1);
    p.sessions[size_t(sitting)].current = {room, 0, 1};
    addSession(p, QStringLiteral("New"), 1);
    const int huge = addSession(p, QStringLiteral("Huge"), 1);
    p.sessions[size_t(huge)].minSeats = 10;
    p.rooms[size_t(room)].capacity = 5;
    const ArrangePlan plan = Arranger::planOf(p, solve(p));
    CHECK(plan.sessionsConsidered == 3);
    CHECK(plan.count(ArrangeChange::Kind::Placed) == 1);
    CHECK(plan.count(ArrangeChange::Kind::Moved) == 0);
    REQUIRE(plan.count(ArrangeChange::Kind::Unplaced) == 1);
    CHECK(plan.changes.last().title == QStringLiteral("Huge"));
    CHECK(plan.changes.last().reason.contains(QStringLiteral("needs 10 seats")));
}

TEST_CASE("The same problem gives the same timetable every time")
{
    ArrangeProblem p = grid(2, 16);
    for (int r = 0; r < 3; ++r)
        addRoom(p, QStringLiteral("Room %1").arg(r), 40 + 30 * r);
    for (int i = 0; i < 8; ++i)
        addPerson(p, QStringLiteral("Person %1").arg(i));
    for (int i = 0; i < 30; ++i)
        addSession(p, QStringLiteral("Session %1").arg(i), 1 + i % 3, {i % 8, (i * 3 + 1) % 8}, 20 + (i * 7) % 80);
    const ArrangeSolution first = solve(p);
    const ArrangeSolution second = solve(p);
    CHECK(first.objective == Approx(second.objective));
    CHECK(first.placements == second.placements);
}

TEST_CASE("A pinned session moved away from its pin goes back, and what sits there moves aside")
{
    ArrangeProblem p = grid(1, 4);
    const int room = addRoom(p, QStringLiteral("Room"));
    const int keynote = addSession(p, QStringLiteral("Keynote"), 1);
    p.sessions[size_t(keynote)].pinned = true;
    p.sessions[size_t(keynote)].pinnedPlace = {room, 0, 0};
    p.sessions[size_t(keynote)].current = {room, 0, 2};
    const int talk = addSession(p, QStringLiteral("Talk"), 1);
    p.sessions[size_t(talk)].current = {room, 0, 0};
    const ArrangeSolution s = solve(p);
    REQUIRE(s.optimal);
    CHECK(s.placements[size_t(keynote)] == Placement{room, 0, 0});
    CHECK(s.placements[size_t(talk)].isPlaced());
    CHECK(s.placements[size_t(talk)] != Placement{room, 0, 0});
    CHECK(s.objective == Approx(2 * p.weights.moved));
}
