// From an event to the arranger's problem: the grid, who moves, and rules
// rounded so that a place on the grid is inside the real times.
#include "arrange/ArrangeProblemBuilder.h"
#include "schedule/ScheduleSnapshot.h"

#include "support/TestSupport.h"

namespace {

ScheduleSnapshot event()
{
    ScheduleSnapshot s;
    s.event.name = QStringLiteral("Test");
    s.event.timeZoneId = "Europe/Luxembourg";
    s.event.firstDay = QDate(2027, 3, 15);
    s.event.lastDay = QDate(2027, 3, 16);
    s.rooms << Room{1, QStringLiteral("Auditorium"), 200, {}, 0} << Room{2, QStringLiteral("Room 2"), 40, {}, 1};
    s.tracks << Track{7, QStringLiteral("Data"), QColor()};
    auto add = [&](SessionId id, int minutes, QDateTime start = {}, std::optional<RoomId> room = {}) {
        Session session;
        session.id = id;
        session.title = QStringLiteral("S%1").arg(id);
        session.durationMinutes = minutes;
        session.start = start;
        session.roomId = room;
        s.sessions << session;
    };
    add(1, 30);
    add(2, 45);
    // Scheduled at 10:10 local on the second day: the grid becomes 5 minutes.
    add(3, 30, s.event.fromLocal(QDate(2027, 3, 16), QTime(10, 10)), 1);
    s.roles.push_back({SessionRole{1, 100, Role::Speaker, 0}, QStringLiteral("Dr. Ada")});
    return s;
}

} // namespace

TEST_CASE("The grid fits every length and scheduled start; sessions start on the step")
{
    const ScheduleSnapshot s = event();
    auto problem = ArrangeProblemBuilder::build(s, SchedulingRules{}, ArrangeScope{});
    REQUIRE(problem.ok());
    CHECK(problem->unitMinutes == 5);
    CHECK(problem->startEvery == 3); // every 15 minutes
    REQUIRE(problem->days.size() == 2);
    CHECK(problem->days[0].start == s.event.fromLocal(QDate(2027, 3, 15), QTime(9, 0)));
    CHECK(problem->days[0].units == 9 * 12);
    REQUIRE(problem->sessions.size() == 3);
    CHECK(problem->sessions[1].units == 9);
    const ArrangeProblem::SessionInfo &kept = problem->sessions[2];
    CHECK(kept.current == ArrangeProblem::Placement{0, 1, 14}); // 10:10 is 14 units after 09:00
    CHECK(kept.movable);
    REQUIRE(problem->people.size() == 1);
    CHECK(problem->people[0].name == QStringLiteral("Dr. Ada"));
}

TEST_CASE("Keeping scheduled sessions, one day or one track decides who moves")
{
    ScheduleSnapshot s = event();
    s.sessions[0].trackId = 7;
    ArrangeScope keep;
    keep.keepScheduled = true;
    auto problem = ArrangeProblemBuilder::build(s, SchedulingRules{}, keep);
    REQUIRE(problem.ok());
    CHECK(problem->sessions[0].movable);
    CHECK_FALSE(problem->sessions[2].movable);

    ArrangeScope day;
    day.day = QDate(2027, 3, 15);
    problem = ArrangeProblemBuilder::build(s, SchedulingRules{}, day);
    REQUIRE(problem.ok());
    CHECK(problem->days.size() == 1);
    CHECK(problem->sessions.size() == 2); // the session of the 16th is not part of it

    ArrangeScope track;
    track.track = 7;
    problem = ArrangeProblemBuilder::build(s, SchedulingRules{}, track);
    REQUIRE(problem.ok());
    // The other unscheduled session is not arranged; the scheduled one only takes its place.
    REQUIRE(problem->sessions.size() == 2);
    CHECK(problem->sessions[0].movable);
    CHECK_FALSE(problem->sessions[1].movable);

    ArrangeScope outside;
    outside.day = QDate(2030, 1, 1);
    CHECK_FALSE(ArrangeProblemBuilder::build(s, SchedulingRules{}, outside).ok());

    ScheduleSnapshot roomless = s;
    roomless.rooms.clear();
    const auto none = ArrangeProblemBuilder::build(roomless, SchedulingRules{}, ArrangeScope{});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error() == QStringLiteral("The event has no rooms yet: add rooms before arranging sessions."));
}

TEST_CASE("Availability is rounded inward to the grid, kept-free times outward, hours may pass midnight")
{
    ScheduleSnapshot s = event();
    s.sessions.removeLast(); // a 15-minute grid
    SchedulingRules rules;
    Availability ada;
    // 09:50-11:20 and, touching it, 11:20-12:00 preferred: one time, 10:00-12:00 on a 15-minute grid.
    ada.spans << AvailabilitySpan{s.event.fromLocal(QDate(2027, 3, 15), QTime(9, 50)),
                                  s.event.fromLocal(QDate(2027, 3, 15), QTime(11, 20)), AvailabilityKind::Available}
              << AvailabilitySpan{s.event.fromLocal(QDate(2027, 3, 15), QTime(11, 20)),
                                  s.event.fromLocal(QDate(2027, 3, 15), QTime(12, 0)), AvailabilityKind::Preferred};
    rules.people.insert(100, ada);
    rules.event.breaks << KeptFreeTime{s.event.fromLocal(QDate(2027, 3, 15), QTime(12, 40)),
                                       s.event.fromLocal(QDate(2027, 3, 15), QTime(13, 20)), QStringLiteral("Lunch")};
    rules.event.personGapMinutes = 10;
    SessionConstraints c;
    c.sessionId = 2;
    c.fixedDay = QDate(2027, 3, 16);
    c.allowedRooms << 2;
    c.notWith << 1;
    c.follows << 1;
    c.seatsFrom = SeatsFrom::Fixed;
    c.minSeats = 30;
    rules.sessions.insert(2, c);
    rules.event.trackLimits.insert(7, 2);

    ArrangeScope scope;
    scope.dayStart = QTime(10, 0);
    scope.dayEnd = QTime(2, 0); // to 02:00 the next morning
    auto problem = ArrangeProblemBuilder::build(s, rules, scope);
    REQUIRE(problem.ok());
    CHECK(problem->unitMinutes == 15);
    CHECK(problem->days[0].units == 16 * 4);
    const ArrangeProblem::Availability &a = problem->people[0].availability;
    REQUIRE(a.restricted);
    REQUIRE(a.available.size() == 1);
    CHECK(a.available[0].day == 0);
    CHECK(a.available[0].from == 0);  // 10:00 (09:50 is before the day's start)
    CHECK(a.available[0].to == 8);    // 12:00
    REQUIRE(a.preferred.size() == 1);
    CHECK(a.preferred[0].from == 6);  // 11:30, inward from 11:20
    REQUIRE(problem->breaks.size() == 1);
    CHECK(problem->breaks[0].interval.from == 10); // 12:30, outward from 12:40
    CHECK(problem->breaks[0].interval.to == 14);   // 13:30, outward from 13:20
    CHECK(problem->people[0].minGapUnits == 1);    // 10 minutes take a whole unit
    const ArrangeProblem::SessionInfo &second = problem->sessions[1];
    CHECK(second.fixedDay == 1);
    CHECK(second.roomsRestricted);
    CHECK(second.allowedRooms == std::vector<int>{1});
    CHECK(second.minSeats == 30);
    REQUIRE(problem->orders.size() == 1);
    CHECK(problem->orders[0].first == 0);
    CHECK(problem->orders[0].second == 1);
    REQUIRE(problem->aparts.size() == 1);
    CHECK(problem->aparts[0].sessions == std::vector<int>{0, 1});
    REQUIRE(problem->trackLimits.size() == 1);
    CHECK(problem->trackLimits[0].max == 2);
}
