#include "support/EventFiles.h"

#include "checkin/CheckInDesk.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SearchFolding.h"

#include <QSysInfo>

namespace {
struct Demo
{
    test::TempDir dir;
    QString path = test::placeDemoEvent(dir, QStringLiteral("checkin")); // a file, or a server event
    Participant find(const std::function<bool(const Participant &)> &wanted) const
    {
        auto file = test::openTestEvent(path);
        const QList<Participant> all = file->participants().all().value();
        for (const Participant &p : all)
            if (wanted(p))
                return p;
        FAIL("no such participant in the demo");
        return {};
    }
};

test::CliRun checkin(const QString &event, const QString &code)
{
    return test::runCli({QStringLiteral("checkin"), event, code});
}
} // namespace

TEST_CASE("podium-cli checkin: 0 checked in, 1 refused with the reason, 2 bad usage", "[stores]")
{
    Demo demo;
    const Participant waiting = demo.find([](const Participant &p) {
        return !p.isCheckedIn() && p.status == RegistrationStatus::Registered;
    });
    // Typed in lower case with a dash, as people do.
    QString typed = waiting.code.toLower();
    typed.insert(5, QLatin1Char('-'));
    const auto first = checkin(demo.path, typed);
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Checked in")));

    auto file = test::openTestEvent(demo.path);
    const Participant after = file->participants().byId(waiting.id).value();
    REQUIRE(after.isCheckedIn());
    CHECK(qAbs(after.checkedIn.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const Event event = file->event().load().value();
    file.reset();

    // On a server, podium-cli checks in as a desk, named after the computer unless told (--desk):
    // the refusal names it.
    if (test::onServer())
        CHECK(after.desk == QSysInfo::machineHostName());
    else
        CHECK(after.desk.isEmpty());
    const QString at = after.desk.isEmpty() ? QStringLiteral("already checked in at %1")
                                            : QStringLiteral("already checked in at desk %1 at %2").arg(after.desk);
    const auto again = checkin(demo.path, waiting.code);
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(at.arg(event.toLocal(after.checkedIn).toString(QStringLiteral("HH:mm")))));

    const Participant cancelled = demo.find([](const Participant &p) { return p.status == RegistrationStatus::Cancelled; });
    const auto refused = checkin(demo.path, cancelled.code);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cancelled")));

    const auto unknown = checkin(demo.path, QStringLiteral("ZZZZZZZZZZ"));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown code ZZZZZZZZZZ")));

    CHECK(checkin(demo.path, QString()).exitCode == 1);
    CHECK(test::runCli({QStringLiteral("checkin"), demo.path}).exitCode == 2);
    CHECK(checkin(demo.dir.path(QStringLiteral("missing.podium")), waiting.code).exitCode == 2);
}

TEST_CASE("Check-in desk: undoing a check-in makes the code valid again", "[stores]")
{
    Demo demo;
    auto file = test::openTestEvent(demo.path);
    const CheckInDesk desk(*file);
    const Participant p = demo.find([](const Participant &x) {
        return !x.isCheckedIn() && x.status == RegistrationStatus::Registered;
    });
    auto outcome = desk.consider(p.code);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->accepted());
    CHECK(outcome->row.person.id == p.personId);
    REQUIRE(desk.setCheckedIn(p.id, QDateTime::currentDateTimeUtc()).ok());
    CHECK(desk.consider(p.code)->kind == CheckInOutcome::Kind::AlreadyCheckedIn);
    REQUIRE(desk.setCheckedIn(p.id, QDateTime()).ok());
    CHECK(desk.consider(p.code)->accepted());
}

TEST_CASE("Search folding: case and accents do not matter, letters with strokes read as plain")
{
    CHECK(SearchFolding::fold(u"Müller") == QStringLiteral("muller"));
    CHECK(SearchFolding::fold(u"HÉLÈNE") == QStringLiteral("helene"));
    CHECK(SearchFolding::fold(u"Łukasz Dvořák") == QStringLiteral("lukasz dvorak"));
    CHECK(SearchFolding::fold(u"Straße") == QStringLiteral("strasse"));
    CHECK(SearchFolding::fold(u"Søren") == QStringLiteral("soren"));
    CHECK(SearchFolding::fold(u"Zsófia") == QStringLiteral("zsofia"));
}

TEST_CASE("Check-in desk: people found by name, organisation or e-mail typed without accents", "[stores]")
{
    Demo demo;
    auto file = test::openTestEvent(demo.path);
    const CheckInDesk desk(*file);
    const QList<Participant> all = file->participants().all().value();
    int accentedNames = 0;
    for (const Participant &p : all) {
        const Person person = file->people().byId(p.personId).value();
        const QString folded = SearchFolding::fold(person.lastName);
        if (folded == person.lastName.toLower())
            continue;
        ++accentedNames;
        // The name as typed on a keyboard without accents, first and last name in any order.
        auto found = desk.search(folded + QLatin1Char(' ') + SearchFolding::fold(person.firstName).toUpper(), 50);
        REQUIRE(found.ok());
        CHECK(std::any_of(found->begin(), found->end(),
                          [&](const ParticipantRow &row) { return row.participant.id == p.id; }));
    }
    CHECK(accentedNames > 5);
    const Person someone = file->people().byId(all.constFirst().personId).value();
    auto byEmail = desk.search(someone.email.toUpper(), 5);
    REQUIRE(byEmail.ok());
    REQUIRE(byEmail->size() == 1);
    CHECK(byEmail->constFirst().person.id == someone.id);
    CHECK(desk.search(QStringLiteral("zzqqxx"), 5)->isEmpty());
    CHECK(desk.search(QStringLiteral("   "), 5)->isEmpty());
}

TEST_CASE("Check-in desk: waitlisted and cancelled registrations wait for a confirmation; --force gives it", "[stores]")
{
    Demo demo;
    const Participant waitlisted = demo.find([](const Participant &p) {
        return !p.isCheckedIn() && p.status == RegistrationStatus::Waitlisted;
    });
    {
        auto file = test::openTestEvent(demo.path);
        auto outcome = CheckInDesk(*file).consider(waitlisted.id);
        REQUIRE(outcome.ok());
        CHECK(outcome->kind == CheckInOutcome::Kind::Waitlisted);
        CHECK(outcome->needsConfirmation());
        CHECK(outcome->reason == QStringLiteral("on the waiting list"));
    }
    const auto refused = checkin(demo.path, waitlisted.code);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("on the waiting list")));
    CHECK(refused.err.contains(QStringLiteral("--force")));
    {
        auto file = test::openTestEvent(demo.path);
        CHECK_FALSE(file->participants().byId(waitlisted.id)->isCheckedIn());
    }
    const auto forced = test::runCli({QStringLiteral("checkin"), demo.path, waitlisted.code, QStringLiteral("--force")});
    INFO(forced.err.toStdString());
    CHECK(forced.exitCode == 0);
    CHECK(forced.out.contains(QStringLiteral("although on the waiting list")));
    auto file = test::openTestEvent(demo.path);
    CHECK(file->participants().byId(waitlisted.id)->isCheckedIn());
    file.reset();
    // Already checked in stays a refusal, forced or not.
    CHECK(test::runCli({QStringLiteral("checkin"), demo.path, waitlisted.code, QStringLiteral("--force")}).exitCode == 1);
}
