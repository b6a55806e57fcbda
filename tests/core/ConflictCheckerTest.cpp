#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "model/Event.h"
#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventStore.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "storage/SessionRepository.h"

namespace {

// A one-day event in Luxembourg with two rooms, built in a fresh event where the tests run.
class SmallEvent
{
public:
    SmallEvent()
    {
        Event e;
        e.name = QStringLiteral("Pharma meets Academia");
        e.timeZoneId = "Europe/Luxembourg";
        e.firstDay = QDate(2018, 12, 14);
        e.lastDay = e.firstDay;
        event = e;
        file = test::createTestEvent(dir, e, nullptr, QStringLiteral("small"));
        auditorium = addRoom(QStringLiteral("Auditorium"), 220);
        seminar = addRoom(QStringLiteral("Seminar Room 1"), 60);
    }

    RoomId addRoom(const QString &name, int capacity)
    {
        Room r;
        r.name = name;
        r.capacity = capacity;
        auto id = file->rooms().insert(r);
        REQUIRE(id.ok());
        return id.value();
    }

    // A session in the room at a local time of the event's day.
    SessionId add(const QString &title, std::optional<RoomId> room, QTime local, int minutes,
                  SessionStatus status = SessionStatus::Confirmed, std::optional<int> expected = std::nullopt,
                  QDate day = QDate())
    {
        Session s;
        s.title = title;
        s.roomId = room;
        s.start = local.isValid() ? event.fromLocal(day.isValid() ? day : event.firstDay, local) : QDateTime();
        s.durationMinutes = minutes;
        s.status = status;
        s.expectedAttendance = expected;
        auto id = file->sessions().insert(s);
        REQUIRE(id.ok());
        return id.value();
    }

    PersonId person(const QString &first, const QString &last)
    {
        Person p;
        p.firstName = first;
        p.lastName = last;
        auto id = file->people().insert(p);
        REQUIRE(id.ok());
        return id.value();
    }

    void role(SessionId session, PersonId person, Role role = Role::Speaker)
    {
        REQUIRE(file->sessions().addRole({session, person, role, 0}).ok());
    }

    QList<Conflict> check() const
    {
        auto snapshot = ScheduleSnapshotRepository(*file).load();
        REQUIRE(snapshot.ok());
        return ConflictChecker::check(snapshot.value());
    }

    test::TempDir dir;
    Event event;
    std::unique_ptr<EventStore> file;
    RoomId auditorium = 0;
    RoomId seminar = 0;
};

QList<SessionId> idsOf(const Conflict &c)
{
    QList<SessionId> ids;
    for (const ConflictSession &s : c.sessions)
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("A sound timetable has no conflicts", "[stores]")
{
    SmallEvent e;
    const PersonId anna = e.person(QStringLiteral("Anna"), QStringLiteral("Chioti"));
    const SessionId a = e.add(QStringLiteral("Welcome"), e.auditorium, QTime(9, 0), 30);
    const SessionId b = e.add(QStringLiteral("Data valuation"), e.auditorium, QTime(9, 30), 30); // back to back
    const SessionId c = e.add(QStringLiteral("Workshop"), e.seminar, QTime(10, 0), 60);
    e.add(QStringLiteral("Not yet placed"), std::nullopt, QTime(), 30);
    e.role(a, anna);
    e.role(b, anna, Role::Chair);
    e.role(c, anna);
    CHECK(e.check().isEmpty());
}

TEST_CASE("A person in two overlapping sessions is one conflict naming both, the person and the times", "[stores]")
{
    SmallEvent e;
    const PersonId anna = e.person(QStringLiteral("Anna"), QStringLiteral("Chioti"));
    const SessionId talk = e.add(QStringLiteral("Data valuation"), e.auditorium, QTime(10, 0), 30);
    const SessionId panel = e.add(QStringLiteral("Panel on sustainability"), e.seminar, QTime(10, 15), 45);
    e.role(talk, anna, Role::Speaker);
    e.role(panel, anna, Role::Moderator);
    e.role(panel, anna, Role::Panellist); // two roles in one session: still one conflict

    const QList<Conflict> found = e.check();
    REQUIRE(found.size() == 1);
    const Conflict &c = found.first();
    CHECK(c.kind == ConflictKind::PersonDoubleBooked);
    CHECK(c.severity == ConflictSeverity::Error);
    CHECK(idsOf(c) == QList<SessionId>{talk, panel});
    CHECK(c.personId == anna);
    CHECK(c.personName == QStringLiteral("Anna Chioti"));
    // The overlap: 10:15 to 10:30 in Luxembourg (UTC+1 in December).
    CHECK(c.start == e.event.fromLocal(e.event.firstDay, QTime(10, 15)));
    CHECK(c.end == e.event.fromLocal(e.event.firstDay, QTime(10, 30)));
    CHECK(c.message.contains(QStringLiteral("Anna Chioti")));
    CHECK(c.message.contains(QStringLiteral("Data valuation")));
    CHECK(c.message.contains(QStringLiteral("Panel on sustainability")));
    CHECK(c.message.contains(QStringLiteral("10:15–11:00")));
}

TEST_CASE("Two sessions overlapping in one room are a room conflict", "[stores]")
{
    SmallEvent e;
    const SessionId a = e.add(QStringLiteral("Keynote"), e.auditorium, QTime(9, 0), 60);
    const SessionId b = e.add(QStringLiteral("Coffee"), e.auditorium, QTime(9, 45), 30);
    e.add(QStringLiteral("Elsewhere"), e.seminar, QTime(9, 0), 60);

    const QList<Conflict> found = e.check();
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == ConflictKind::RoomDoubleBooked);
    CHECK(found[0].roomId == e.auditorium);
    CHECK(found[0].roomName == QStringLiteral("Auditorium"));
    CHECK(idsOf(found[0]) == QList<SessionId>{a, b});
    CHECK(found[0].message.contains(QStringLiteral("Auditorium")));
}

TEST_CASE("Three sessions at once in one room give every overlapping pair", "[stores]")
{
    SmallEvent e;
    e.add(QStringLiteral("A"), e.auditorium, QTime(9, 0), 120);
    e.add(QStringLiteral("B"), e.auditorium, QTime(9, 30), 30);
    e.add(QStringLiteral("C"), e.auditorium, QTime(10, 30), 30); // overlaps A only
    const QList<Conflict> found = e.check();
    CHECK(found.size() == 2);
}

TEST_CASE("A session outside the event's programme days is reported, one late in the evening or the night after is not", "[stores]")
{
    SmallEvent e;
    // 23:30 to 23:55 local is still 14 December in Luxembourg, though 22:30 UTC.
    e.add(QStringLiteral("Late dinner"), e.auditorium, QTime(23, 30), 25);
    // Past local midnight but before the day changes (04:00): still the event's last programme day.
    e.add(QStringLiteral("After party"), e.seminar, QTime(23, 30), 60);
    // Running past the day change: outside the one-day event.
    const SessionId night = e.add(QStringLiteral("Sunrise session"), e.auditorium, QTime(3, 30), 60,
                                  SessionStatus::Confirmed, std::nullopt, QDate(2018, 12, 15));
    const SessionId before = e.add(QStringLiteral("Set-up"), e.seminar, QTime(9, 0), 30, SessionStatus::Confirmed,
                                   std::nullopt, QDate(2018, 12, 13));

    QList<SessionId> outside;
    for (const Conflict &c : e.check()) {
        CHECK(c.kind == ConflictKind::OutsideEventDays);
        outside << c.sessions.first().id;
    }
    std::sort(outside.begin(), outside.end());
    CHECK(outside == QList<SessionId>{night, before});
}

TEST_CASE("Expected attendance above the room's capacity is reported when both are known", "[stores]")
{
    SmallEvent e;
    const RoomId unknown = e.addRoom(QStringLiteral("Foyer"), 0);
    const SessionId big = e.add(QStringLiteral("Hands-on"), e.seminar, QTime(9, 0), 60, SessionStatus::Confirmed, 80);
    e.add(QStringLiteral("Fits"), e.auditorium, QTime(9, 0), 60, SessionStatus::Confirmed, 220);
    e.add(QStringLiteral("No capacity known"), unknown, QTime(9, 0), 60, SessionStatus::Confirmed, 500);
    e.add(QStringLiteral("No expectation"), e.seminar, QTime(11, 0), 60);

    const QList<Conflict> found = e.check();
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == ConflictKind::OverCapacity);
    CHECK(found[0].sessions.first().id == big);
    CHECK(found[0].message.contains(QStringLiteral("80")));
    CHECK(found[0].message.contains(QStringLiteral("60")));
}

TEST_CASE("A cancelled session still on the grid is a warning and blocks nothing", "[stores]")
{
    SmallEvent e;
    const PersonId anna = e.person(QStringLiteral("Anna"), QStringLiteral("Chioti"));
    const SessionId cancelled =
        e.add(QStringLiteral("Cancelled talk"), e.auditorium, QTime(9, 0), 60, SessionStatus::Cancelled);
    const SessionId replacement = e.add(QStringLiteral("Replacement"), e.auditorium, QTime(9, 0), 60);
    e.role(cancelled, anna);
    e.role(replacement, anna);
    e.add(QStringLiteral("Cancelled, off the grid"), std::nullopt, QTime(), 30, SessionStatus::Cancelled);

    const QList<Conflict> found = e.check();
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == ConflictKind::CancelledOnGrid);
    CHECK(found[0].severity == ConflictSeverity::Warning);
    CHECK(found[0].sessions.first().id == cancelled);
}

TEST_CASE("Conflicts disappear when the timetable is fixed", "[stores]")
{
    SmallEvent e;
    const PersonId anna = e.person(QStringLiteral("Anna"), QStringLiteral("Chioti"));
    const SessionId a = e.add(QStringLiteral("A"), e.auditorium, QTime(9, 0), 60);
    const SessionId b = e.add(QStringLiteral("B"), e.seminar, QTime(9, 30), 60);
    e.role(a, anna);
    e.role(b, anna);
    REQUIRE(e.check().size() == 1);
    auto moved = e.file->sessions().byId(b);
    REQUIRE(moved.ok());
    moved.value().start = e.event.fromLocal(e.event.firstDay, QTime(10, 0));
    REQUIRE(e.file->sessions().update(moved.value()).ok());
    CHECK(e.check().isEmpty());
}
