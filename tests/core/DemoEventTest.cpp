// The bundled demo is the IMI Networking event of 14 December 2018.
#include "support/TestSupport.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StatisticsRepository.h"

#include <QSet>

namespace {
std::unique_ptr<EventFile> demo(const test::TempDir &dir)
{
    auto file = EventFile::create(dir.path(QStringLiteral("demo.podium")), Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    return std::move(file).value();
}

std::optional<Person> personNamed(const EventStore &file, const QString &first, const QString &last)
{
    for (const Person &p : file.people().all().value())
        if (p.firstName == first && p.lastName == last)
            return p;
    return std::nullopt;
}
} // namespace

TEST_CASE("The demo event is Pharma meets Academia at the LNS on 14 December 2018")
{
    test::TempDir dir;
    auto file = demo(dir);
    const Event e = file->event().load().value();
    CHECK(e.name.contains(QStringLiteral("Pharma meets Academia")));
    CHECK(e.firstDay == QDate(2018, 12, 14));
    CHECK(e.lastDay == QDate(2018, 12, 14));
    CHECK(e.timeZoneId == "Europe/Luxembourg");
    CHECK(e.venueName.contains(QStringLiteral("LNS")));
    for (const char *partner : {"Luxinnovation", "LCSB", "IBBL", "LNS", "LIH"})
        CHECK(e.organiser.contains(QLatin1String(partner)));
    const EventCounts counts = file->statistics().counts().value();
    CHECK(counts.rooms >= 2);
    CHECK(counts.rooms <= 3);
    CHECK(counts.tracks >= 3);
    CHECK(counts.participants >= 150);
}

TEST_CASE("The demo's named people have their roles from the announcement")
{
    test::TempDir dir;
    auto file = demo(dir);
    auto chioti = personNamed(*file, QStringLiteral("Anna"), QStringLiteral("Chioti"));
    REQUIRE(chioti);
    CHECK(chioti->title == QStringLiteral("Dr."));
    CHECK(chioti->organisation == QStringLiteral("Ministry of Health"));
    auto liners = personNamed(*file, QStringLiteral("Françoise"), QStringLiteral("Liners"));
    REQUIRE(liners);
    CHECK(liners->position.contains(QStringLiteral("Health Technologies")));
    auto betz = personNamed(*file, QStringLiteral("Charles"), QStringLiteral("Betz"));
    REQUIRE(betz);
    CHECK(betz->organisation == QStringLiteral("Luxinnovation"));
    for (const Person &p : {*chioti, *liners, *betz})
        CHECK_FALSE(file->people().roles(p.id).value().isEmpty());

    // A panel on data valuation with a moderator and panellists.
    bool panel = false;
    for (const Session &s : file->sessions().all().value()) {
        if (s.type != SessionType::Panel)
            continue;
        panel = s.title.contains(QStringLiteral("data valuation"), Qt::CaseInsensitive);
        const auto roles = file->sessions().roles(s.id).value();
        CHECK(std::count_if(roles.begin(), roles.end(), [](auto r) { return r.role == Role::Moderator; }) == 1);
        CHECK(std::count_if(roles.begin(), roles.end(), [](auto r) { return r.role == Role::Panellist; }) >= 3);
    }
    CHECK(panel);
}

TEST_CASE("The demo's sessions fit the day and its participants are invented at example.org")
{
    test::TempDir dir;
    auto file = demo(dir);
    const Event e = file->event().load().value();
    for (const Session &s : file->sessions().all().value()) {
        REQUIRE(s.isScheduled());
        CHECK(s.start >= e.dayStartUtc(e.firstDay));
        CHECK(s.end() <= e.dayEndUtc(e.lastDay));
        CHECK(s.status == SessionStatus::Confirmed);
    }
    QSet<QString> emails, codes;
    for (const Person &p : file->people().all().value()) {
        CHECK(p.email.endsWith(QStringLiteral("@example.org")));
        emails.insert(p.email.toLower());
    }
    CHECK(emails.size() == file->people().count().value());
    for (const Participant &r : file->participants().all().value()) {
        CHECK(RegistrationCode::isWellFormed(r.code));
        codes.insert(r.code);
    }
    CHECK(codes.size() == file->participants().count().value());
}
