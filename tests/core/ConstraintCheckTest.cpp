// The conflict check honours availability and every hard constraint, each
// reported once, in words that name the people, rooms and sessions.
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "storage/SessionRepository.h"

#include <QElapsedTimer>

namespace {

// A two-day event in Luxembourg (UTC+1 in December), built in memory: the cases
// using it touch no store, so they run once (not tagged [stores]).
class Programme
{
public:
    Programme()
    {
        snapshot.event.name = QStringLiteral("Constraints");
        snapshot.event.timeZoneId = "Europe/Luxembourg";
        snapshot.event.firstDay = QDate(2026, 12, 7);
        snapshot.event.lastDay = QDate(2026, 12, 8);
        auditorium = room(QStringLiteral("Auditorium"), 200);
        seminar = room(QStringLiteral("Seminar Room"), 30);
        Track t;
        t.id = 50;
        t.name = QStringLiteral("Oncology");
        snapshot.tracks << t;
        oncology = t.id;
    }

    RoomId room(const QString &name, int capacity)
    {
        Room r;
        r.id = snapshot.rooms.size() + 1;
        r.name = name;
        r.capacity = capacity;
        snapshot.rooms << r;
        return r.id;
    }

    QDateTime local(int day, QTime time) const { return snapshot.event.fromLocal(snapshot.event.day(day), time); }

    // A confirmed session on day 0 or 1 at a local time, in a room (or unscheduled).
    SessionId add(const QString &title, std::optional<RoomId> room, QTime at, int minutes = 30, int day = 0)
    {
        Session s;
        s.id = snapshot.sessions.size() + 100;
        s.title = title;
        s.roomId = room;
        s.start = at.isValid() ? local(day, at) : QDateTime();
        s.durationMinutes = minutes;
        s.status = SessionStatus::Confirmed;
        snapshot.sessions << s;
        return s.id;
    }

    Session &session(SessionId id)
    {
        for (Session &s : snapshot.sessions)
            if (s.id == id)
                return s;
        FAIL("no such session");
        return snapshot.sessions.first();
    }

    void role(SessionId session, PersonId person, const QString &name, Role role = Role::Speaker)
    {
        snapshot.roles.push_back({{session, person, role, 0}, name});
    }

    SessionConstraints &constraints(SessionId id)
    {
        SessionConstraints &c = snapshot.rules.sessions[id];
        c.sessionId = id;
        return c;
    }

    QList<Conflict> check(ConflictKind kind) const
    {
        QList<Conflict> out;
        for (const Conflict &c : ConflictChecker::check(snapshot))
            if (c.kind == kind)
                out << c;
        return out;
    }

    ScheduleSnapshot snapshot;
    RoomId auditorium = 0;
    RoomId seminar = 0;
    TrackId oncology = 0;
};

AvailabilitySpan span(const Programme &p, int day, QTime from, QTime to, AvailabilityKind kind = AvailabilityKind::Available)
{
    return {p.local(day, from), p.local(day, to), kind};
}

} // namespace

TEST_CASE("A speaker outside their available times is a warning that says when they are available")
{
    Programme p;
    const SessionId morning = p.add(QStringLiteral("Biomarkers"), p.auditorium, QTime(9, 0));
    const SessionId late = p.add(QStringLiteral("Trials"), p.auditorium, QTime(10, 0));
    const SessionId nextDay = p.add(QStringLiteral("Panel"), p.seminar, QTime(9, 0), 30, 1);
    p.role(morning, 7, QStringLiteral("Dr. Vandermeulen"));
    p.role(late, 7, QStringLiteral("Dr. Vandermeulen"));
    p.role(late, 7, QStringLiteral("Dr. Vandermeulen"), Role::Chair); // two roles: one conflict
    p.role(nextDay, 7, QStringLiteral("Dr. Vandermeulen"));
    CHECK(p.check(ConflictKind::PersonUnavailable).isEmpty()); // nobody said anything: always available

    p.snapshot.rules.people[7].spans = {span(p, 0, QTime(9, 0), QTime(9, 30)),
                                        span(p, 0, QTime(9, 30), QTime(10, 0), AvailabilityKind::Preferred)};
    const QList<Conflict> found = p.check(ConflictKind::PersonUnavailable);
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == ConflictSeverity::Warning);
    CHECK(found[0].personId == 7);
    CHECK(found[0].sessions.value(0).id == late);
    CHECK(found[0].message.startsWith(QStringLiteral("Dr. Vandermeulen is available 09:00–10:00 only on ")));
    CHECK(found[0].message.contains(QStringLiteral("“Trials” (Auditorium,")));
    CHECK(found[1].sessions.value(0).id == nextDay);
    CHECK(found[1].message.startsWith(QStringLiteral("Dr. Vandermeulen is not available on ")));
    CHECK(Conflict::key(found[0].kind) == QStringLiteral("person-unavailable"));
    CHECK(Conflict::isHardConstraint(found[0].kind));

    // Cancelled or unscheduled sessions need nobody.
    p.session(late).status = SessionStatus::Cancelled;
    p.session(nextDay).roomId.reset();
    CHECK(p.check(ConflictKind::PersonUnavailable).isEmpty());
}

TEST_CASE("A session in a room outside the room's available times is an error")
{
    Programme p;
    const SessionId inside = p.add(QStringLiteral("Opening"), p.seminar, QTime(13, 0), 60);
    const SessionId across = p.add(QStringLiteral("Workshop"), p.seminar, QTime(16, 30), 60);
    p.snapshot.rules.rooms[p.seminar].spans = {span(p, 0, QTime(13, 0), QTime(17, 0))};
    const QList<Conflict> found = p.check(ConflictKind::RoomUnavailable);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == ConflictSeverity::Error);
    CHECK(found[0].sessions.value(0).id == across);
    CHECK(found[0].roomId == p.seminar);
    CHECK(found[0].message.startsWith(QStringLiteral("Seminar Room is available 13:00–17:00 only on ")));
    CHECK_FALSE(ConflictChecker::check(p.snapshot).value(0).involves(inside));
}

TEST_CASE("A pinned session moved or taken off the grid is reported")
{
    Programme p;
    const SessionId keynote = p.add(QStringLiteral("Keynote"), p.auditorium, QTime(9, 0));
    p.constraints(keynote).pinned = PinnedPlace{p.auditorium, p.local(0, QTime(9, 0))};
    CHECK(p.check(ConflictKind::PinnedMoved).isEmpty());

    p.session(keynote).start = p.local(0, QTime(9, 30));
    auto found = p.check(ConflictKind::PinnedMoved);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.startsWith(QStringLiteral("“Keynote” is pinned to Auditorium, ")));
    p.session(keynote).start = p.local(0, QTime(9, 0));
    p.session(keynote).roomId = p.seminar;
    CHECK(p.check(ConflictKind::PinnedMoved).size() == 1);
    p.session(keynote).roomId.reset();
    found = p.check(ConflictKind::PinnedMoved);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.endsWith(QStringLiteral("but is not on the timetable.")));
}

TEST_CASE("Fixed room, fixed day and allowed rooms are kept")
{
    Programme p;
    const RoomId lab = p.room(QStringLiteral("Lab"), 20);
    const SessionId demo = p.add(QStringLiteral("Demo"), p.seminar, QTime(11, 0));
    SessionConstraints &c = p.constraints(demo);
    c.fixedRoom = lab;
    c.fixedDay = p.snapshot.event.day(1);
    c.allowedRooms = {lab, p.auditorium};
    auto wrongRoom = p.check(ConflictKind::NotInFixedRoom);
    REQUIRE(wrongRoom.size() == 1);
    CHECK(wrongRoom[0].message.startsWith(QStringLiteral("“Demo” must be in Lab, but is in Seminar Room")));
    auto wrongDay = p.check(ConflictKind::NotOnFixedDay);
    REQUIRE(wrongDay.size() == 1);
    CHECK(wrongDay[0].message.contains(QStringLiteral("must be on ")));
    auto notAllowed = p.check(ConflictKind::RoomNotAllowed);
    REQUIRE(notAllowed.size() == 1);
    CHECK(notAllowed[0].message.contains(QStringLiteral("may only be in Auditorium, Lab, but is in Seminar Room")));

    p.session(demo).roomId = lab;
    p.session(demo).start = p.local(1, QTime(11, 0));
    CHECK(p.check(ConflictKind::NotInFixedRoom).isEmpty());
    CHECK(p.check(ConflictKind::NotOnFixedDay).isEmpty());
    CHECK(p.check(ConflictKind::RoomNotAllowed).isEmpty());

    // By track: the rooms of the allowed track.
    c.fixedRoom.reset();
    c.allowedRooms.clear();
    c.allowedTracks = {p.oncology};
    p.snapshot.rules.event.trackRooms[p.oncology] = {p.auditorium};
    notAllowed = p.check(ConflictKind::RoomNotAllowed);
    REQUIRE(notAllowed.size() == 1);
    CHECK(notAllowed[0].message.contains(QStringLiteral("may only be in Auditorium, but is in Lab")));
    p.snapshot.rules.event.trackRooms.clear();
    notAllowed = p.check(ConflictKind::RoomNotAllowed);
    REQUIRE(notAllowed.size() == 1);
    CHECK(notAllowed[0].message.contains(QStringLiteral("they have none")));
}

TEST_CASE("A session needing more seats than the room has is reported once, whatever the source")
{
    Programme p;
    const SessionId plenary = p.add(QStringLiteral("Plenary"), p.seminar, QTime(9, 0));
    SessionConstraints &c = p.constraints(plenary);
    c.seatsFrom = SeatsFrom::Fixed;
    c.minSeats = 30;
    CHECK(p.check(ConflictKind::TooFewSeats).isEmpty()); // exactly enough
    c.minSeats = 31;
    auto found = p.check(ConflictKind::TooFewSeats);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.startsWith(QStringLiteral("“Plenary” needs at least 31 seats, but Seminar Room seats only 30")));

    c.seatsFrom = SeatsFrom::Registrations;
    p.snapshot.rules.registrations = 120;
    found = p.check(ConflictKind::TooFewSeats);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.contains(QStringLiteral("each of the 120 people registered")));
    p.session(plenary).roomId = p.auditorium;
    CHECK(p.check(ConflictKind::TooFewSeats).isEmpty());

    // From the expected audience: the over-capacity conflict says it, not a second one.
    p.session(plenary).roomId = p.seminar;
    c.seatsFrom = SeatsFrom::ExpectedAudience;
    p.session(plenary).expectedAttendance = 45;
    CHECK(p.check(ConflictKind::TooFewSeats).isEmpty());
    CHECK(p.check(ConflictKind::OverCapacity).size() == 1);

    // A room of unknown capacity is never too small.
    const RoomId foyer = p.room(QStringLiteral("Foyer"), 0);
    p.session(plenary).roomId = foyer;
    c.seatsFrom = SeatsFrom::Fixed;
    CHECK(p.check(ConflictKind::TooFewSeats).isEmpty());
}

TEST_CASE("Must follow and must precede are kept, and one broken order is one conflict")
{
    Programme p;
    const SessionId intro = p.add(QStringLiteral("Introduction"), p.auditorium, QTime(9, 0), 60);
    const SessionId deep = p.add(QStringLiteral("Deep dive"), p.seminar, QTime(9, 30), 60);
    const SessionId wrap = p.add(QStringLiteral("Wrap-up"), p.auditorium, QTime(11, 0), 30);
    p.constraints(deep).follows = {intro};
    p.constraints(intro).precedes = {deep, wrap}; // the same order said from both sides
    auto found = p.check(ConflictKind::OrderBroken);
    REQUIRE(found.size() == 1);
    CHECK(found[0].sessions.value(0).id == deep);
    CHECK(found[0].sessions.value(1).id == intro);
    CHECK(found[0].message.startsWith(QStringLiteral("“Deep dive” must come after “Introduction”, but starts at 09:30")));

    p.session(deep).start = p.local(0, QTime(10, 0)); // back to back is fine
    CHECK(p.check(ConflictKind::OrderBroken).isEmpty());
    p.session(wrap).start = p.local(0, QTime(8, 0));
    found = p.check(ConflictKind::OrderBroken);
    REQUIRE(found.size() == 1);
    CHECK(found[0].sessions.value(0).id == wrap);
    // The other session not placed yet: nothing to compare.
    p.session(intro).roomId.reset();
    CHECK(p.check(ConflictKind::OrderBroken).isEmpty());
}

TEST_CASE("Sessions that must not be at the same time are reported when they overlap, once per pair")
{
    Programme p;
    const SessionId a = p.add(QStringLiteral("Gene therapy"), p.auditorium, QTime(14, 0), 60);
    const SessionId b = p.add(QStringLiteral("Cell therapy"), p.seminar, QTime(14, 30), 60);
    const SessionId c = p.add(QStringLiteral("RNA"), p.seminar, QTime(15, 30), 30);
    p.constraints(a).notWith = {b, c};
    p.constraints(b).notWith = {a};
    const auto found = p.check(ConflictKind::TogetherNotAllowed);
    REQUIRE(found.size() == 1);
    CHECK(found[0].involves(a));
    CHECK(found[0].involves(b));
    CHECK(found[0].start == p.local(0, QTime(14, 30)));
    CHECK(found[0].end == p.local(0, QTime(15, 0)));
    CHECK(found[0].message.contains(QStringLiteral("must not be at the same time")));
}

TEST_CASE("At most K sessions of a track at once: each stretch over the limit is one conflict")
{
    Programme p;
    const RoomId third = p.room(QStringLiteral("Room 3"), 50);
    QList<SessionId> ids;
    ids << p.add(QStringLiteral("T1"), p.auditorium, QTime(9, 0), 60) << p.add(QStringLiteral("T2"), p.seminar, QTime(9, 0), 60)
        << p.add(QStringLiteral("T3"), third, QTime(9, 30), 60) << p.add(QStringLiteral("T4"), p.seminar, QTime(11, 0), 30)
        << p.add(QStringLiteral("T5"), third, QTime(11, 0), 30);
    for (SessionId id : ids)
        p.session(id).trackId = p.oncology;
    p.snapshot.rules.event.trackLimits[p.oncology] = 2;
    auto found = p.check(ConflictKind::TrackLimitExceeded);
    REQUIRE(found.size() == 1);
    CHECK(found[0].sessions.size() == 3);
    CHECK(found[0].start == p.local(0, QTime(9, 30)));
    CHECK(found[0].end == p.local(0, QTime(10, 0)));
    CHECK(found[0].message.startsWith(QStringLiteral("3 sessions of Oncology at once, more than its limit of 2")));

    p.snapshot.rules.event.trackLimits[p.oncology] = 1;
    found = p.check(ConflictKind::TrackLimitExceeded);
    CHECK(found.size() == 2); // 09:00 and 11:00
    p.session(ids[1]).trackId.reset();
    p.session(ids[4]).status = SessionStatus::Cancelled;
    CHECK(p.check(ConflictKind::TrackLimitExceeded).size() == 1);
}

TEST_CASE("Times kept free hold only breaks")
{
    Programme p;
    p.snapshot.rules.event.breaks = {{p.local(0, QTime(12, 30)), p.local(0, QTime(13, 30)), QStringLiteral("Lunch")}};
    const SessionId lunch = p.add(QStringLiteral("Lunch buffet"), p.auditorium, QTime(12, 30), 60);
    p.session(lunch).type = SessionType::Break;
    const SessionId talk = p.add(QStringLiteral("Late talk"), p.seminar, QTime(12, 0), 45);
    p.add(QStringLiteral("After lunch"), p.seminar, QTime(13, 30), 45);
    const auto found = p.check(ConflictKind::BreakNotFree);
    REQUIRE(found.size() == 1);
    CHECK(found[0].sessions.value(0).id == talk);
    CHECK(found[0].start == p.local(0, QTime(12, 30)));
    CHECK(found[0].message.contains(QStringLiteral("is in a time kept free: Lunch, ")));
}

TEST_CASE("A person's sessions closer than the event's minimum gap are reported, whatever their role")
{
    Programme p;
    const SessionId a = p.add(QStringLiteral("Morning talk"), p.auditorium, QTime(9, 0), 60);
    const SessionId b = p.add(QStringLiteral("Panel"), p.seminar, QTime(10, 5), 60);
    const SessionId c = p.add(QStringLiteral("Afternoon"), p.seminar, QTime(14, 0), 60);
    p.role(a, 3, QStringLiteral("Prof. Weber"));
    p.role(b, 3, QStringLiteral("Prof. Weber"), Role::Moderator);
    p.role(c, 3, QStringLiteral("Prof. Weber"));
    CHECK(p.check(ConflictKind::GapTooShort).isEmpty()); // no gap asked
    p.snapshot.rules.event.personGapMinutes = 10;
    auto found = p.check(ConflictKind::GapTooShort);
    REQUIRE(found.size() == 1);
    CHECK(found[0].personId == 3);
    CHECK(found[0].involves(a));
    CHECK(found[0].involves(b));
    // "minute(s)" until the English plural forms are regenerated.
    CHECK(found[0].message.startsWith(QStringLiteral("Prof. Weber has 5 minute")));
    CHECK(found[0].message.contains(QStringLiteral(" between “Morning talk”")));
    CHECK(found[0].message.endsWith(QStringLiteral("the event asks for at least 10.")));
    p.session(b).start = p.local(0, QTime(10, 10));
    CHECK(p.check(ConflictKind::GapTooShort).isEmpty());
    // Overlapping sessions are a double booking, not a short gap.
    p.session(b).start = p.local(0, QTime(9, 30));
    CHECK(p.check(ConflictKind::GapTooShort).isEmpty());
    CHECK(p.check(ConflictKind::PersonDoubleBooked).size() == 1);
}

TEST_CASE("The conflict check reads availability and constraints from the event file", "[stores]")
{
    test::TempDir dir;
    Event e;
    e.name = QStringLiteral("From a file");
    e.timeZoneId = "Europe/Luxembourg";
    e.firstDay = QDate(2026, 12, 7);
    e.lastDay = e.firstDay;
    auto created = test::createTestEvent(dir, e, nullptr, QStringLiteral("rules"));
    EventStore &file = *created;
    Room r;
    r.name = QStringLiteral("Auditorium");
    const RoomId hall = file.rooms().insert(r).value();
    Session s;
    s.title = QStringLiteral("Opening");
    s.roomId = hall;
    s.start = e.fromLocal(e.firstDay, QTime(9, 0));
    const SessionId opening = file.sessions().insert(s).value();
    Person anna;
    anna.title = QStringLiteral("Dr.");
    anna.firstName = QStringLiteral("Anna");
    anna.lastName = QStringLiteral("Chioti");
    const PersonId annaId = file.people().insert(anna).value();
    REQUIRE(file.sessions().addRole({opening, annaId, Role::Speaker, 0}).ok());
    Availability afternoon;
    afternoon.spans = {{e.fromLocal(e.firstDay, QTime(13, 0)), e.fromLocal(e.firstDay, QTime(18, 0)),
                        AvailabilityKind::Available}};
    REQUIRE(AvailabilityRepository(file).setPerson(annaId, afternoon).ok());
    SessionConstraints pinned;
    pinned.sessionId = opening;
    pinned.pinned = PinnedPlace{hall, e.fromLocal(e.firstDay, QTime(8, 30))};
    REQUIRE(ConstraintRepository(file).setSession(pinned).ok());

    auto snapshot = ScheduleSnapshotRepository(file).load();
    REQUIRE(snapshot.ok());
    QStringList kinds;
    for (const Conflict &c : ConflictChecker::check(snapshot.value()))
        kinds << Conflict::key(c.kind);
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("person-unavailable"), QStringLiteral("pinned-moved")});
}

TEST_CASE("The check stays complete on a large programme with every rule in use")
{
    // 1,000 sessions in 40 rooms over 3 days, each rule in use: the check
    // must find exactly the conflicts planted (timings are the benchmark's).
    Programme p;
    p.snapshot.event.lastDay = p.snapshot.event.firstDay.addDays(2);
    QList<RoomId> rooms{p.auditorium, p.seminar};
    for (int i = 2; i < 40; ++i)
        rooms << p.room(QStringLiteral("Room %1").arg(i + 1), 100);
    for (int i = 0; i < 1000; ++i) {
        const int day = i / 334;
        const int slot = (i % 334) / 40;  // 9 slots of 60 minutes a day
        const RoomId room = rooms[i % 40];
        const SessionId id = p.add(QStringLiteral("Talk %1").arg(i), room, QTime(8 + slot, 0), 50, day);
        p.role(id, 10000 + i, QStringLiteral("Speaker %1").arg(i));
        p.constraints(id).allowedRooms = {room};
        if (i >= 40)
            p.constraints(id).notWith = {id - 40 * 9}; // never overlaps: a day apart or before
    }
    p.snapshot.rules.event.personGapMinutes = 5;
    p.snapshot.rules.people[10000 + 500].spans = {span(p, 0, QTime(8, 0), QTime(9, 0))}; // planted: talk 500 is day 1
    p.constraints(100 + 900).allowedRooms = {p.auditorium};                               // planted: not its room
    const QList<Conflict> found = ConflictChecker::check(p.snapshot);
    QStringList kinds;
    for (const Conflict &c : found)
        kinds << Conflict::key(c.kind);
    kinds.sort();
    CHECK(kinds == QStringList{QStringLiteral("person-unavailable"), QStringLiteral("room-not-allowed")});
}
