#include "privacy/PrivacyFixture.h"

#include "model/Room.h"
#include "privacy/AnonymisationSummary.h"
#include "privacy/ConsentPolicy.h"
#include "privacy/DataSubjectFinder.h"
#include "privacy/EventAnonymiser.h"
#include "privacy/PersonDataExporter.h"
#include "privacy/PersonEraser.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConsentFilterSql.h"
#include "storage/EventRepository.h"
#include "storage/PrivacyRepository.h"
#include "storage/RoomRepository.h"
#include "storage/StatisticsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace privacytest;

namespace {
// Gives the person and one registration a distinctive value in every field.
Participant setEveryField(const EventStore &file, Person &p)
{
    p.title = QStringLiteral("Prof. Xy");
    p.firstName = QStringLiteral("Zélie");
    p.lastName = QStringLiteral("Quonkwright");
    p.organisation = QStringLiteral("Institut Quonk");
    p.organisationType = OrganisationType::PatientOrganisation;
    p.position = QStringLiteral("Chief Quonker");
    p.email = QStringLiteral("Zelie.Quonk@Example.ORG");
    p.phone = QStringLiteral("+352 621 987 654");
    p.country = QStringLiteral("Luxembourg");
    p.bio = QStringLiteral("Studies quonks since 2001.");
    p.externalId = 4242;
    REQUIRE(file.people().update(p).ok());
    auto registrations = file.participants().forPerson(p.id);
    REQUIRE(registrations.ok());
    REQUIRE(!registrations->isEmpty());
    Participant r = registrations->first();
    r.category = ParticipantCategory::Vip;
    r.status = RegistrationStatus::Waitlisted;
    r.dietary = QStringLiteral("Vegan, no quonk");
    r.accessibility = QStringLiteral("Step-free quonk access");
    r.consentList = true;
    r.consentPhoto = false;
    r.checkedIn = QDateTime(QDate(2027, 3, 15), QTime(8, 12), Qt::UTC);
    r.badgePrinted = true;
    r.notes = QStringLiteral("Arrives late, quonk");
    r.registeredAt = QDateTime(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC);
    REQUIRE(file.participants().update(r).ok());
    return r;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}
} // namespace

TEST_CASE("A person's data export holds every field stored about them")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")));
    Person p = firstSpeaker(*file);
    const Participant r = setEveryField(*file, p);
    // A second entry of the same human, with the address in other case.
    Person twin;
    twin.firstName = QStringLiteral("Zelie");
    twin.lastName = QStringLiteral("Quonkwright-Twin");
    twin.email = QStringLiteral("zelie.quonk@example.org");
    auto twinId = file->people().insert(twin);
    REQUIRE(twinId.ok());

    Availability morning;
    morning.spans = {{QDateTime(QDate(2027, 3, 15), QTime(8, 0), Qt::UTC), QDateTime(QDate(2027, 3, 15), QTime(11, 0), Qt::UTC),
                      AvailabilityKind::Preferred}};
    REQUIRE(AvailabilityRepository(*file).setPerson(p.id, morning).ok());

    auto people = DataSubjectFinder::byEmail(*file, QStringLiteral("  ZELIE.QUONK@example.org "));
    REQUIRE(people.ok());
    REQUIRE(people->size() == 2);
    const QDateTime exportedAt(QDate(2027, 4, 1), QTime(12, 30), Qt::UTC);
    auto json = PersonDataExporter(*file).toJson(people.value(), exportedAt);
    REQUIRE(json.ok());
    const QJsonObject root = parse(json.value());

    auto event = file->event().load();
    REQUIRE(event.ok());
    CHECK(root.value(QStringLiteral("Event")).toString() == event->name);
    CHECK(root.value(QStringLiteral("Exported on (UTC)")).toString() == QStringLiteral("2027-04-01T12:30:00Z"));
    CHECK(root.value(QStringLiteral("Exported on (event time)")).toString()
          == QStringLiteral("2027-04-01T14:30:00+02:00"));
    CHECK(root.value(QStringLiteral("Event time zone")).toString() == QStringLiteral("Europe/Luxembourg"));

    const QJsonArray records = root.value(QStringLiteral("People")).toArray();
    REQUIRE(records.size() == 2);
    const QJsonObject person = records.at(0).toObject();
    const QList<QPair<QString, QJsonValue>> expected{
        {QStringLiteral("Title"), p.title},
        {QStringLiteral("First name"), p.firstName},
        {QStringLiteral("Last name"), p.lastName},
        {QStringLiteral("Organisation"), p.organisation},
        {QStringLiteral("Type of organisation"), QStringLiteral("Patient organisation")},
        {QStringLiteral("Position"), p.position},
        {QStringLiteral("E-mail address"), p.email},
        {QStringLiteral("Phone number"), p.phone},
        {QStringLiteral("Country"), p.country},
        {QStringLiteral("Biography"), p.bio},
        {QStringLiteral("Podium identifier"), p.guid},
        {QStringLiteral("Identifier given by another programme"), 4242},
    };
    for (const auto &[key, value] : expected) {
        INFO(key.toStdString());
        CHECK(person.value(key) == value);
    }
    CHECK(person.value(QStringLiteral("Name")).toString() == QStringLiteral("Prof. Xy Zélie Quonkwright"));

    const QJsonArray registrations = person.value(QStringLiteral("Registrations")).toArray();
    REQUIRE(registrations.size() == 1);
    const QJsonObject reg = registrations.at(0).toObject();
    const QList<QPair<QString, QJsonValue>> expectedRegistration{
        {QStringLiteral("Category"), QStringLiteral("VIP")},
        {QStringLiteral("Status"), QStringLiteral("Waitlisted")},
        {QStringLiteral("Registration code"), r.code},
        {QStringLiteral("Dietary needs"), r.dietary},
        {QStringLiteral("Accessibility needs"), r.accessibility},
        {QStringLiteral("May appear on attendee lists shared with others"), true},
        {QStringLiteral("May be photographed"), false},
        {QStringLiteral("Checked in (event time)"), QStringLiteral("2027-03-15T09:12:00+01:00")},
        {QStringLiteral("Checked in (UTC)"), QStringLiteral("2027-03-15T08:12:00Z")},
        {QStringLiteral("Badge printed"), true},
        {QStringLiteral("Notes"), r.notes},
        {QStringLiteral("Registered (event time)"), QStringLiteral("2027-01-02T11:00:00+01:00")},
        {QStringLiteral("Registered (UTC)"), QStringLiteral("2027-01-02T10:00:00Z")},
    };
    for (const auto &[key, value] : expectedRegistration) {
        INFO(key.toStdString());
        CHECK(reg.value(key) == value);
    }
    // Nothing exported that the test does not know about (a new field must be added here).
    CHECK(reg.size() == expectedRegistration.size());
    CHECK(person.size() == expected.size() + 4); // + Name, Registrations, Roles in sessions, Availability
    const QJsonArray times = person.value(QStringLiteral("Availability")).toArray();
    REQUIRE(times.size() == 1);
    CHECK(times.at(0).toObject().value(QStringLiteral("From (event time)")).toString()
          == QStringLiteral("2027-03-15T09:00:00+01:00"));
    CHECK(times.at(0).toObject().value(QStringLiteral("Kind")).toString() == QStringLiteral("Preferred"));
    CHECK(records.at(1).toObject().value(QStringLiteral("Availability")).toArray().isEmpty());

    auto roles = file->people().roles(p.id);
    REQUIRE(roles.ok());
    const QJsonArray sessions = person.value(QStringLiteral("Roles in sessions")).toArray();
    REQUIRE(sessions.size() == roles->size());
    auto session = file->sessions().byId(roles->first().sessionId);
    REQUIRE(session.ok());
    const QJsonObject first = sessions.at(0).toObject();
    CHECK(first.value(QStringLiteral("Session")).toString() == session->title);
    CHECK(first.value(QStringLiteral("Role")).toString() == toLabel(roles->first().role));
    CHECK(first.value(QStringLiteral("Starts (event time)")).toString()
          == event->toLocal(session->start).toString(Qt::ISODate));
    CHECK(first.value(QStringLiteral("Ends (event time)")).toString()
          == event->toLocal(session->end()).toString(Qt::ISODate));
    REQUIRE(session->roomId.has_value());
    auto room = file->rooms().byId(*session->roomId);
    REQUIRE(room.ok());
    CHECK(first.value(QStringLiteral("Room")).toString() == room->name);

    const QJsonObject second = records.at(1).toObject();
    CHECK(second.value(QStringLiteral("Last name")).toString() == twin.lastName);
    CHECK(second.value(QStringLiteral("Registrations")).toArray().isEmpty());
    // Keys in the order a person reads them, not sorted.
    CHECK(json->indexOf("\"First name\"") < json->indexOf("\"Last name\""));
    CHECK(json->indexOf("\"Name\"") < json->indexOf("\"Biography\""));
}

TEST_CASE("Erasing a person removes every trace from the file's bytes and keeps their sessions")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    auto file = generatedEvent(path);
    Person p = firstSpeaker(*file);
    setEveryField(*file, p);
    auto roles = file->people().roles(p.id);
    REQUIRE(roles.ok());
    REQUIRE(!roles->isEmpty());
    const qint64 sessionsBefore = file->sessions().count().value();
    const qint64 peopleBefore = file->people().count().value();

    const QStringList traces{p.email, p.firstName, p.lastName, p.phone, QStringLiteral("Vegan, no quonk"),
                             QStringLiteral("Arrives late, quonk")};
    for (const QString &t : traces) {
        INFO(t.toStdString());
        CHECK(fileHolds(path, t)); // the test can fail: the bytes are there before
    }

    const PersonEraser eraser(*file);
    auto plan = eraser.plan({p});
    REQUIRE(plan.ok());
    CHECK(plan->describe().contains(QStringLiteral("the session stays")));
    REQUIRE(eraser.erase(plan.value()).ok());

    for (const QString &t : traces) {
        INFO(t.toStdString());
        CHECK_FALSE(fileHolds(path, t));
    }
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK(file->sessions().count().value() == sessionsBefore);
    CHECK(file->people().count().value() == peopleBefore - 1);
    CHECK(file->sessions().byId(roles->first().sessionId).ok());
    CHECK(file->participants().forPerson(p.id)->isEmpty());
    CHECK(DataSubjectFinder::byEmail(*file, p.email)->isEmpty());
}

TEST_CASE("Erasure in write-ahead-log mode leaves nothing in the -wal file")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    auto file = generatedEvent(path, 30);
    QSqlQuery wal(file->database()); // another program may have switched the file to WAL
    REQUIRE(wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    wal.finish();
    Person p = someAttendee(*file);
    p.lastName = QStringLiteral("Walquonkerson");
    REQUIRE(file->people().update(p).ok());
    CHECK(fileHolds(path, p.lastName));
    const PersonEraser eraser(*file);
    const Status erased = eraser.erase(eraser.plan({p}).value());
    INFO(erased.error().toStdString());
    REQUIRE(erased.ok());
    CHECK_FALSE(fileHolds(path, p.lastName));
    CHECK_FALSE(fileHolds(path, p.email));
}

TEST_CASE("Anonymising keeps the counts by category, organisation type and country")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    auto file = generatedEvent(path);
    Person attendee = someAttendee(*file);
    attendee.phone = QStringLiteral("+352 691 555 000");
    REQUIRE(file->people().update(attendee).ok());
    const Person speaker = firstSpeaker(*file);
    const PrivacyRepository repository(*file);
    const ParticipantBreakdown before = repository.breakdown().value();
    const EventCounts countsBefore = file->statistics().counts().value();
    REQUIRE(before.byCountry.size() > 2);
    REQUIRE(fileHolds(path, attendee.email));
    REQUIRE(fileHolds(path, attendee.phone));
    REQUIRE(fileHolds(path, attendee.lastName));

    EventAnonymiser::Options options;
    options.keepStatistics = true;
    auto event = file->event().load().value();
    auto report = EventAnonymiser(*file).run(options, event.lastDay);
    REQUIRE(report.ok());
    CHECK(report->before == before);
    CHECK(report->after == before);
    CHECK(repository.breakdown().value() == before);
    const EventCounts countsAfter = file->statistics().counts().value();
    CHECK(countsAfter.participantsByCategory == countsBefore.participantsByCategory);
    CHECK(countsAfter.checkedIn == countsBefore.checkedIn);

    CHECK_FALSE(fileHolds(path, attendee.email));
    CHECK_FALSE(fileHolds(path, attendee.phone));
    const PersonalDataCounts left = repository.personalDataCounts().value();
    CHECK(left.total(true) == 0);
    const Person attendeeAfter = file->people().byId(attendee.id).value();
    CHECK(attendeeAfter.fullName().isEmpty());
    CHECK(attendeeAfter.country == attendee.country);
    const Person speakerAfter = file->people().byId(speaker.id).value();
    CHECK(speakerAfter.fullName() == speaker.fullName());
    CHECK(speakerAfter.organisation == speaker.organisation);
    CHECK(speakerAfter.email.isEmpty());
    const QList<Participant> registrations = file->participants().all().value();
    for (const Participant &r : registrations) {
        CHECK(r.dietary.isEmpty());
        CHECK(r.notes.isEmpty());
    }
}

TEST_CASE("Anonymising without keeping statistics clears organisation types and countries but not categories")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")));
    const PrivacyRepository repository(*file);
    const ParticipantBreakdown before = repository.breakdown().value();
    EventAnonymiser::Options options;
    options.force = true;
    REQUIRE(EventAnonymiser(*file).run(options).ok());
    const ParticipantBreakdown after = repository.breakdown().value();
    CHECK(after.byCategory == before.byCategory);
    CHECK(after.byCountry != before.byCountry);
    const Person attendee = someAttendee(*file);
    CHECK(attendee.country.isEmpty());
    CHECK(attendee.organisationType == OrganisationType::Other);
}

TEST_CASE("Anonymising refuses before the event's last day unless forced")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("e.podium"));
    auto file = generatedEvent(path, 20);
    const Event event = file->event().load().value();
    const EventAnonymiser anonymiser(*file);
    const QByteArray before = test::sha256(path);
    auto early = anonymiser.run({}, event.lastDay.addDays(-1));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("not over")));
    CHECK(test::sha256(path) == before);
    CHECK(anonymiser.preview(event.lastDay.addDays(-1))->beforeLastDay);
    CHECK_FALSE(anonymiser.preview(event.lastDay)->beforeLastDay);
    EventAnonymiser::Options forced;
    forced.force = true;
    CHECK(anonymiser.run(forced, event.lastDay.addDays(-1)).ok());
}

TEST_CASE("Shared outputs leave out participants without list consent, in C++ and in SQL alike")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")), 200);
    const QList<Participant> all = file->participants().all().value();
    for (auto output : {ConsentPolicy::Output::SharedAttendeeList, ConsentPolicy::Output::SharedSpreadsheet,
                        ConsentPolicy::Output::InternalSpreadsheet, ConsentPolicy::Output::Badge,
                        ConsentPolicy::Output::CheckIn}) {
        QList<ParticipantId> expected;
        for (const Participant &p : all)
            if (ConsentPolicy::mayAppear(p, output))
                expected << p.id;
        auto matching = ConsentFilterSql::matchingIds(*file, output);
        REQUIRE(matching.ok());
        CHECK(matching.value() == expected);
        if (ConsentPolicy::isShared(output)) {
            CHECK(expected.size() < all.size()); // the generator leaves 10% without consent
            for (const Participant &p : all)
                if (!p.consentList || p.status == RegistrationStatus::Cancelled)
                    CHECK_FALSE(expected.contains(p.id));
        } else {
            CHECK(expected.size() == all.size());
        }
    }
    CHECK(ConsentFilterSql::where(ConsentPolicy::Output::Badge) == QStringLiteral("1 = 1")); // true on both stores (PostgreSQL wants a boolean)
    CHECK(ConsentFilterSql::where(ConsentPolicy::Output::SharedSpreadsheet, QStringLiteral("pa"))
          == QStringLiteral("pa.consent_list = 1 AND pa.status <> 'cancelled'"));
}

TEST_CASE("The erasure plan says where the name still appears as free text")
{
    test::TempDir dir;
    auto file = generatedEvent(dir.path(QStringLiteral("e.podium")), 30);
    Person p = someAttendee(*file);
    p.firstName = QStringLiteral("Quilla");
    p.lastName = QStringLiteral("Thornbeck");
    REQUIRE(file->people().update(p).ok());
    Session session = file->sessions().all().value().first();
    session.abstract = QStringLiteral("Introduced by quilla thornbeck of the programme committee.");
    REQUIRE(file->sessions().update(session).ok());

    auto plan = PersonEraser(*file).plan({p});
    REQUIRE(plan.ok());
    REQUIRE(plan->mentions.size() == 1);
    CHECK(plan->mentions.first().contains(session.title));
    CHECK(plan->describe().contains(QStringLiteral("edit it by hand")));
    // Someone mentioned nowhere gets no such warning.
    auto other = PersonEraser(*file).plan({firstSpeaker(*file)});
    REQUIRE(other.ok());
    CHECK(other->mentions.isEmpty());
}

TEST_CASE("The anonymise summary lists only the statistics that are really kept")
{
    ParticipantBreakdown b;
    b.registrations = 3;
    b.byCategory = {{QStringLiteral("attendee"), 2}, {QStringLiteral("speaker"), 1}};
    b.byOrganisationType = {{QStringLiteral("academia"), 3}};
    b.byCountry = {{QStringLiteral("LU"), 2}, {QString(), 1}};
    const QString kept = AnonymisationSummary::keptStatistics(b, true);
    CHECK(kept.contains(QStringLiteral("Academia")));
    CHECK(kept.contains(QStringLiteral("(not given)")));
    const QString categoriesOnly = AnonymisationSummary::keptStatistics(b, false);
    CHECK(categoriesOnly.contains(QStringLiteral("Attendee")));
    CHECK_FALSE(categoriesOnly.contains(QStringLiteral("Academia")));
    CHECK_FALSE(categoriesOnly.contains(QStringLiteral("LU")));
}
