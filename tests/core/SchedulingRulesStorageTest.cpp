#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "model/Event.h"
#include "model/Participant.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "storage/SchedulingRulesRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

namespace {

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

struct Fixture
{
    test::TempDir dir;
    QString location; // a file, or an event on the test server
    std::unique_ptr<EventStore> file;
    RoomId hall = 0, lab = 0;
    TrackId science = 0;
    SessionId a = 0, b = 0, c = 0;
    PersonId anna = 0;

    Fixture()
    {
        Event e;
        e.name = QStringLiteral("Rules");
        e.firstDay = QDate(2026, 12, 7);
        e.lastDay = QDate(2026, 12, 8);
        file = test::createTestEvent(dir, e, &location, QStringLiteral("rules"));
        hall = *file->rooms().insert(Room{0, QStringLiteral("Hall"), 300, {}, 0});
        lab = *file->rooms().insert(Room{0, QStringLiteral("Lab"), 20, {}, 1});
        science = *file->tracks().insert(Track{0, QStringLiteral("Science"), QColor(Qt::red)});
        for (SessionId *id : {&a, &b, &c}) {
            Session s;
            s.title = QStringLiteral("Session %1").arg(id == &a ? 'A' : id == &b ? 'B' : 'C');
            *id = *file->sessions().insert(s);
        }
        Person p;
        p.firstName = QStringLiteral("Anna");
        anna = *file->people().insert(p);
    }

    void reopen()
    {
        file.reset();
        file = test::openTestEvent(location);
    }
};

} // namespace

TEST_CASE("Availability of people and rooms is stored, normalised, and survives reopening", "[stores]")
{
    Fixture f;
    const AvailabilityRepository repo(*f.file);
    CHECK(repo.ofPerson(f.anna)->isAlways());

    Availability anna;
    anna.spans = {{utc(8, 9), utc(8, 12), AvailabilityKind::Available},
                  {utc(7, 13), utc(7, 15), AvailabilityKind::Preferred},
                  {utc(7, 9), utc(7, 13), AvailabilityKind::Available}};
    REQUIRE(repo.setPerson(f.anna, anna).ok());
    Availability lab;
    lab.spans = {{utc(7, 8), utc(7, 18), AvailabilityKind::Available}};
    REQUIRE(repo.setRoom(f.lab, lab).ok());

    f.reopen();
    const AvailabilityRepository again(*f.file);
    CHECK(again.ofPerson(f.anna).value() == anna.normalised());
    CHECK(again.ofPerson(f.anna)->spans.size() == 3);
    CHECK(again.ofRoom(f.lab).value() == lab);
    CHECK(again.ofRoom(f.hall)->isAlways());
    CHECK(again.allPeople()->value(f.anna) == anna.normalised());
    CHECK(again.allRooms()->keys() == QList<RoomId>{f.lab});

    // Writing "always" removes the limits; removing the room removes its rows.
    REQUIRE(again.setPerson(f.anna, Availability()).ok());
    CHECK(again.allPeople()->isEmpty());
    REQUIRE(f.file->rooms().remove(f.lab).ok());
    CHECK(again.allRooms()->isEmpty());
}

TEST_CASE("An availability import replaces all of it or nothing", "[stores]")
{
    Fixture f;
    const AvailabilityRepository repo(*f.file);
    Availability before;
    before.spans = {{utc(7, 9), utc(7, 10), AvailabilityKind::Available}};
    REQUIRE(repo.setPerson(f.anna, before).ok());

    Availability after;
    after.spans = {{utc(7, 14), utc(7, 16), AvailabilityKind::Preferred}};
    QHash<RoomId, Availability> unknownRoom{{9999, after}}; // no such room: the foreign key refuses it
    CHECK_FALSE(repo.replace({{f.anna, after}}, unknownRoom).ok());
    CHECK(repo.ofPerson(f.anna).value() == before);

    REQUIRE(repo.replace({{f.anna, after}}, {{f.hall, after}}).ok());
    CHECK(repo.ofPerson(f.anna).value() == after);
    CHECK(repo.ofRoom(f.hall).value() == after);
}

TEST_CASE("Session constraints are stored with every field and survive reopening", "[stores]")
{
    Fixture f;
    const ConstraintRepository repo(*f.file);
    CHECK(repo.ofSession(f.a)->isEmpty());

    SessionConstraints c;
    c.sessionId = f.a;
    c.pinned = PinnedPlace{f.hall, utc(7, 9)};
    c.fixedRoom = f.hall;
    c.fixedDay = QDate(2026, 12, 7);
    c.allowedRooms = {f.lab, f.hall};
    c.allowedTracks = {f.science};
    c.seatsFrom = SeatsFrom::Fixed;
    c.minSeats = 120;
    c.follows = {f.b};
    c.precedes = {f.c};
    c.notWith = {f.c, f.b};
    REQUIRE(repo.setSession(c).ok());
    SessionConstraints onlySeats;
    onlySeats.sessionId = f.b;
    onlySeats.seatsFrom = SeatsFrom::Registrations;
    REQUIRE(repo.setSession(onlySeats).ok());

    f.reopen();
    const ConstraintRepository again(*f.file);
    SessionConstraints expected = c;
    std::sort(expected.allowedRooms.begin(), expected.allowedRooms.end());
    std::sort(expected.notWith.begin(), expected.notWith.end());
    CHECK(again.ofSession(f.a).value() == expected);
    CHECK(again.ofSession(f.b).value() == onlySeats);
    const auto all = again.allSessions();
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
    CHECK(all->value(f.a) == expected);

    // Clearing removes every row; removing a session removes the relations to it.
    REQUIRE(again.setSession(SessionConstraints{f.b}).ok());
    CHECK(again.ofSession(f.b)->isEmpty());
    REQUIRE(f.file->sessions().remove(f.c).ok());
    CHECK(again.ofSession(f.a)->precedes.isEmpty());
    CHECK(again.ofSession(f.a)->notWith == QList<SessionId>{f.b});
}

TEST_CASE("Event-wide rules are stored and read back with the snapshot the conflict check uses", "[stores]")
{
    Fixture f;
    const ConstraintRepository repo(*f.file);
    CHECK(repo.event()->isEmpty());
    EventConstraints e;
    e.breaks = {{utc(7, 12), utc(7, 13), QStringLiteral("Lunch")}, {utc(8, 10), utc(8, 10, 30), QString()}};
    e.trackLimits.insert(f.science, 2);
    e.trackRooms.insert(f.science, {f.lab, f.hall});
    e.personGapMinutes = 15;
    REQUIRE(repo.setEvent(e).ok());

    Participant p;
    p.personId = f.anna;
    REQUIRE(f.file->participants().insert(p).ok());
    p.status = RegistrationStatus::Waitlisted;
    REQUIRE(f.file->participants().insert(p).ok());

    f.reopen();
    EventConstraints expected = e;
    expected.trackRooms[f.science] = {std::min(f.lab, f.hall), std::max(f.lab, f.hall)};
    CHECK(ConstraintRepository(*f.file).event().value() == expected);
    auto rules = SchedulingRulesRepository(*f.file).load();
    REQUIRE(rules.ok());
    CHECK(rules->event == expected);
    CHECK(rules->registrations == 1); // the waitlisted one needs no seat
    auto snapshot = ScheduleSnapshotRepository(*f.file).load();
    REQUIRE(snapshot.ok());
    CHECK(snapshot->rules == rules.value());

    // Removing the track removes its limit and rooms.
    REQUIRE(f.file->tracks().remove(f.science).ok());
    CHECK(ConstraintRepository(*f.file).event()->trackRooms.isEmpty());
    CHECK(ConstraintRepository(*f.file).event()->trackLimits.isEmpty());
}
