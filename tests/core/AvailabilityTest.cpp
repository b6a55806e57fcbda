#include "support/TestSupport.h"

#include "model/Availability.h"
#include "model/SchedulingRules.h"

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 7), QTime(hour, minute), Qt::UTC);
}

AvailabilitySpan span(int from, int to, AvailabilityKind kind = AvailabilityKind::Available)
{
    return {at(from), at(to), kind};
}

} // namespace

TEST_CASE("No availability given means available all the time, preferring nothing")
{
    const Availability always;
    CHECK(always.isAlways());
    CHECK(always.covers(at(3), at(23)));
    CHECK_FALSE(always.prefers(at(9), at(10)));
}

TEST_CASE("A session is covered only inside the spans, which join where they touch")
{
    Availability a;
    a.spans = {span(9, 10), span(10, 11, AvailabilityKind::Preferred), span(14, 16)};
    CHECK(a.covers(at(9, 30), at(10, 30)));
    CHECK(a.covers(at(14), at(16)));
    CHECK_FALSE(a.covers(at(10, 30), at(14, 30))); // the gap 11:00-14:00
    CHECK_FALSE(a.covers(at(15, 30), at(16, 30))); // runs past the end
    CHECK_FALSE(a.covers(at(8), at(9, 30)));
    CHECK(a.prefers(at(10), at(11)));
    CHECK_FALSE(a.prefers(at(9, 30), at(10, 30)));
}

TEST_CASE("Normalising sorts, merges touching spans of a kind and lets preferred win")
{
    Availability a;
    a.spans = {span(14, 16), span(9, 12), span(11, 13), span(10, 11, AvailabilityKind::Preferred), span(16, 17),
               {at(18), at(18), AvailabilityKind::Available}};
    const Availability n = a.normalised();
    const QList<AvailabilitySpan> expected = {span(9, 10), span(10, 11, AvailabilityKind::Preferred), span(11, 13),
                                              span(14, 17)};
    CHECK(n.spans == expected);
    CHECK(n.normalised() == n);
}

TEST_CASE("Seats needed and allowed rooms follow the session's constraints")
{
    SchedulingRules rules;
    rules.registrations = 250;
    rules.event.trackRooms.insert(7, {3, 4});
    Session talk;
    talk.id = 1;
    talk.expectedAttendance = 80;
    CHECK(rules.seatsNeeded(talk) == 0);
    CHECK_FALSE(rules.allowedRooms(1).has_value());

    SessionConstraints c;
    c.sessionId = 1;
    CHECK(c.isEmpty());
    c.seatsFrom = SeatsFrom::ExpectedAudience;
    c.allowedRooms = {5, 3};
    c.allowedTracks = {7};
    CHECK_FALSE(c.isEmpty());
    rules.sessions.insert(1, c);
    CHECK(rules.seatsNeeded(talk) == 80);
    CHECK(rules.allowedRooms(1) == QList<RoomId>{3, 4, 5});
    rules.sessions[1].seatsFrom = SeatsFrom::Registrations;
    CHECK(rules.seatsNeeded(talk) == 250);
    rules.sessions[1].seatsFrom = SeatsFrom::Fixed;
    rules.sessions[1].minSeats = 40;
    CHECK(rules.seatsNeeded(talk) == 40);

    // Allowed only the rooms of a track that has none yet: no room will do.
    rules.sessions[1].allowedRooms.clear();
    rules.sessions[1].allowedTracks = {8};
    CHECK(rules.allowedRooms(1) == QList<RoomId>{});
}
