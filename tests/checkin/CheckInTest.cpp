#include "support/EventFiles.h"

#include "checkin/CheckInDesk.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"

namespace {
struct Demo
{
    test::TempDir dir;
    QString path = test::createDemoEvent(dir);
    Participant find(const std::function<bool(const Participant &)> &wanted) const
    {
        auto file = EventFile::open(path);
        const QList<Participant> all = file.value()->participants().all().value();
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

TEST_CASE("podium-cli checkin: 0 checked in, 1 refused with the reason, 2 bad usage")
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

    auto file = EventFile::open(demo.path);
    const Participant after = file.value()->participants().byId(waiting.id).value();
    REQUIRE(after.isCheckedIn());
    CHECK(qAbs(after.checkedIn.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const Event event = file.value()->event().load().value();
    file.value().reset();

    const auto again = checkin(demo.path, waiting.code);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already checked in at %1")
                                 .arg(event.toLocal(after.checkedIn).toString(QStringLiteral("HH:mm")))));

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

TEST_CASE("Check-in desk: undoing a check-in makes the code valid again")
{
    Demo demo;
    auto file = EventFile::open(demo.path);
    const CheckInDesk desk(*file.value());
    const Participant p = demo.find([](const Participant &x) {
        return !x.isCheckedIn() && x.status != RegistrationStatus::Cancelled;
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
