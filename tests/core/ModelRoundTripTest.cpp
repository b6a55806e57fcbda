// Every field of every model type survives a trip through the event's store
// (a file, and an event on the test server: [stores]).
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

namespace {
std::unique_ptr<EventStore> newFile(const test::TempDir &dir)
{
    Event e;
    e.name = QStringLiteral("Round trip");
    e.subtitle = QStringLiteral("Ünïcödé – “quotes” 'and' <markup>");
    e.acronym = QStringLiteral("RT");
    e.organiser = QStringLiteral("Luxinnovation");
    e.venueName = QStringLiteral("LNS");
    e.venueAddress = QStringLiteral("1, rue Louis Rech, L-3555 Dudelange");
    e.timeZoneId = "Europe/Luxembourg";
    e.firstDay = QDate(2018, 12, 14);
    e.lastDay = QDate(2018, 12, 15);
    e.language = QStringLiteral("fr");
    e.description = QStringLiteral("Line one\nLine two");
    auto file = test::createTestEvent(dir, e, nullptr, QStringLiteral("rt"));
    REQUIRE(file->event().load().value() == e);
    return file;
}
} // namespace

TEST_CASE("Rooms, tracks, sessions, people, roles and registrations round-trip", "[stores]")
{
    test::TempDir dir;
    auto file = newFile(dir);

    Room room{0, QStringLiteral("Auditorium"), 220, QStringLiteral("Ground floor"), 0};
    room.id = file->rooms().insert(room).value();
    CHECK(file->rooms().byId(room.id).value() == room);

    Track track{0, QStringLiteral("Patients"), QColor(QStringLiteral("#c0392b"))};
    track.id = file->tracks().insert(track).value();
    CHECK(file->tracks().byId(track.id).value() == track);

    Session s;
    s.title = QStringLiteral("Panel: data valuation");
    s.subtitle = QStringLiteral("Who pays?");
    s.abstract = QStringLiteral("Abstract with ; and , and \"quotes\"");
    s.description = QStringLiteral("Longer description");
    s.type = SessionType::Panel;
    s.trackId = track.id;
    s.roomId = room.id;
    s.start = QDateTime(QDate(2018, 12, 14), QTime(10, 0), Qt::UTC);
    s.durationMinutes = 75;
    s.language = QStringLiteral("en");
    s.status = SessionStatus::Confirmed;
    s.expectedAttendance = 150;
    s.externalId = 4711;
    s.links = {{QStringLiteral("https://example.org/a"), QStringLiteral("Slides")},
               {QStringLiteral("https://example.org/b"), QString()}};
    s.id = file->sessions().insert(s).value();
    Session stored = file->sessions().byId(s.id).value();
    CHECK_FALSE(stored.guid.isEmpty()); // a GUID is given when none was set
    s.guid = stored.guid;
    CHECK(stored == s);
    CHECK(stored.isScheduled());
    CHECK(stored.end() == QDateTime(QDate(2018, 12, 14), QTime(11, 15), Qt::UTC));

    Person p;
    p.title = QStringLiteral("Dr.");
    p.firstName = QStringLiteral("Anna");
    p.lastName = QStringLiteral("Chioti");
    p.organisation = QStringLiteral("Ministry of Health");
    p.organisationType = OrganisationType::PublicAuthority;
    p.position = QStringLiteral("IMI Scientific Committee");
    p.email = QStringLiteral("anna.chioti@example.org");
    p.phone = QStringLiteral("+352 123");
    p.country = QStringLiteral("LU");
    p.bio = QStringLiteral("Bio");
    p.externalId = 12;
    p.id = file->people().insert(p).value();
    Person storedPerson = file->people().byId(p.id).value();
    p.guid = storedPerson.guid;
    CHECK(storedPerson == p);

    REQUIRE(file->sessions().setRoles(s.id, {{s.id, p.id, Role::Moderator, 0}}).ok());
    CHECK(file->sessions().roles(s.id).value() == QList<SessionRole>{{s.id, p.id, Role::Moderator, 0}});
    CHECK(file->people().roles(p.id).value().size() == 1);

    Participant r;
    r.personId = p.id;
    r.category = ParticipantCategory::Vip;
    r.status = RegistrationStatus::Waitlisted;
    r.dietary = QStringLiteral("Vegan");
    r.accessibility = QStringLiteral("Wheelchair");
    r.consentList = true;
    r.consentPhoto = false;
    r.checkedIn = QDateTime(QDate(2018, 12, 14), QTime(7, 55), Qt::UTC);
    r.badgePrinted = true;
    r.notes = QStringLiteral("Arrives late");
    r.registeredAt = QDateTime(QDate(2018, 11, 1), QTime(9, 0), Qt::UTC);
    r.id = file->participants().insert(r).value();
    Participant storedRegistration = file->participants().byId(r.id).value();
    CHECK(RegistrationCode::isWellFormed(storedRegistration.code));
    r.code = storedRegistration.code;
    CHECK(storedRegistration == r);
    CHECK(file->participants().findByCode(r.code.toLower()).value().value() == r);

    // Removing a person removes their roles and registration but keeps the session.
    REQUIRE(file->people().remove(p.id).ok());
    CHECK(file->sessions().roles(s.id).value().isEmpty());
    CHECK(file->participants().count().value() == 0);
    CHECK(file->sessions().count().value() == 1);
    // Removing a room unschedules its sessions.
    REQUIRE(file->rooms().remove(room.id).ok());
    CHECK_FALSE(file->sessions().byId(s.id).value().isScheduled());
}

TEST_CASE("Times are stored in UTC and shown in the event's time zone")
{
    Event e;
    e.timeZoneId = "Europe/Luxembourg";
    const QDateTime utc = e.fromLocal(QDate(2018, 12, 14), QTime(9, 30));
    CHECK(utc.timeSpec() == Qt::UTC);
    CHECK(utc.time() == QTime(8, 30)); // CET is UTC+1 in December
    CHECK(e.toLocal(utc).time() == QTime(9, 30));
    const QDateTime summer = e.fromLocal(QDate(2019, 6, 14), QTime(9, 30));
    CHECK(summer.time() == QTime(7, 30)); // CEST is UTC+2
}

TEST_CASE("Registration codes are long, unambiguous and unique")
{
    QSet<QString> seen;
    for (int i = 0; i < 5000; ++i) {
        const QString code = RegistrationCode::generate();
        REQUIRE(code.size() >= 8);
        REQUIRE(RegistrationCode::isWellFormed(code));
        for (QChar ambiguous : QStringLiteral("01IOL"))
            REQUIRE_FALSE(code.contains(ambiguous));
        seen.insert(code);
    }
    CHECK(seen.size() == 5000);
    CHECK(RegistrationCode::normalise(QStringLiteral(" k7m2-q9xh 4t ")) == QStringLiteral("K7M2Q9XH4T"));
}

TEST_CASE("Vocabulary keys and labels convert both ways")
{
    for (SessionType t : Vocabulary<SessionType>::values())
        CHECK(Vocabulary<SessionType>::fromKey(toKey(t)) == t);
    CHECK(Vocabulary<OrganisationType>::fromKey(QStringLiteral("Patient organisation"))
          == OrganisationType::PatientOrganisation);
    CHECK(Vocabulary<ParticipantCategory>::fromKey(QStringLiteral(" VIP ")) == ParticipantCategory::Vip);
    CHECK_FALSE(Vocabulary<Role>::fromKey(QStringLiteral("keynoter")).has_value());
}
