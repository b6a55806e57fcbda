#include "privacy/PrivacyFixture.h"

#include "storage/EventRepository.h"
#include "storage/PrivacyRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace privacytest;

namespace {
struct Prepared
{
    QString path;
    Person speaker;
    Person attendee;
};

// A generated event on disk (closed again), with a distinctive speaker.
Prepared prepare(const test::TempDir &dir, int participants = 60)
{
    Prepared p;
    p.path = dir.path(QStringLiteral("event.podium"));
    auto file = generatedEvent(p.path, participants);
    p.speaker = firstSpeaker(*file);
    p.speaker.firstName = QStringLiteral("Ödön");
    p.speaker.lastName = QStringLiteral("Quaxtonbury");
    p.speaker.email = QStringLiteral("Odon.Quax@Example.com");
    REQUIRE(file->people().update(p.speaker).ok());
    p.attendee = someAttendee(*file);
    p.attendee.phone = QStringLiteral("+352 661 424 242");
    REQUIRE(file->people().update(p.attendee).ok());
    return p;
}
} // namespace

TEST_CASE("podium-cli person export writes the person's data, owner-only")
{
    test::TempDir dir;
    const Prepared p = prepare(dir);
    const QString out = dir.path(QStringLiteral("odon.json"));
    auto run = test::runCli({QStringLiteral("person"), QStringLiteral("export"), p.path,
                             QStringLiteral("odon.quax@EXAMPLE.com"), QStringLiteral("-o"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QFile::Permissions permissions = QFileInfo(out).permissions();
    CHECK((permissions & QFile::ReadOwner));
    CHECK_FALSE((permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    const QJsonObject root = QJsonDocument::fromJson(test::readFile(out)).object();
    const QJsonArray people = root.value(QStringLiteral("People")).toArray();
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).toObject().value(QStringLiteral("Last name")).toString() == QStringLiteral("Quaxtonbury"));
    CHECK(!people.at(0).toObject().value(QStringLiteral("Roles in sessions")).toArray().isEmpty());

    // An existing output is kept unless --force.
    const QByteArray first = test::readFile(out);
    test::writeFile(out, "keep me");
    auto again = test::runCli({QStringLiteral("person"), QStringLiteral("export"), p.path, p.speaker.email,
                               QStringLiteral("-o"), out});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(test::readFile(out) == "keep me");
    auto forced = test::runCli({QStringLiteral("person"), QStringLiteral("export"), p.path, p.speaker.email,
                                QStringLiteral("-o"), out, QStringLiteral("--force")});
    CHECK(forced.exitCode == 0);
    CHECK(QJsonDocument::fromJson(test::readFile(out)).isObject());
}

TEST_CASE("podium-cli person export and erase exit 1 when no one has the address, 2 on bad usage")
{
    test::TempDir dir;
    const Prepared p = prepare(dir, 20);
    const QString out = dir.path(QStringLiteral("x.json"));
    auto none = test::runCli({QStringLiteral("person"), QStringLiteral("export"), p.path,
                              QStringLiteral("nobody@nowhere.example"), QStringLiteral("-o"), out});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("has no one with the e-mail address “nobody@nowhere.example”")));
    CHECK_FALSE(QFile::exists(out));
    auto eraseNone = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path,
                                   QStringLiteral("nobody@nowhere.example"), QStringLiteral("--yes")});
    CHECK(eraseNone.exitCode == 1);
    auto noOutput = test::runCli({QStringLiteral("person"), QStringLiteral("export"), p.path, p.speaker.email});
    CHECK(noOutput.exitCode == 2);
    CHECK(noOutput.err.contains(QStringLiteral("-o OUT.json")));
    auto missing = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path});
    CHECK(missing.exitCode == 2);
    auto noFile = test::runCli({QStringLiteral("anonymise"), dir.path(QStringLiteral("missing.podium"))});
    CHECK(noFile.exitCode == 2);
}

TEST_CASE("podium-cli person erase refuses without --yes when it cannot ask, and erases with it")
{
    test::TempDir dir;
    const Prepared p = prepare(dir);
    const QByteArray before = test::sha256(p.path);
    auto refused = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path, p.speaker.email});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.contains(QStringLiteral("Quaxtonbury"))); // says what it would remove
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    CHECK(test::sha256(p.path) == before);
    CHECK(fileHolds(p.path, QStringLiteral("Quaxtonbury")));
    CHECK(fileHolds(p.path, QStringLiteral("Ödön")));
    CHECK(fileHolds(p.path, p.speaker.email));

    auto erased = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path,
                                QStringLiteral("ODON.QUAX@example.com"), QStringLiteral("--yes")});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    CHECK_FALSE(fileHolds(p.path, QStringLiteral("Quaxtonbury")));
    CHECK_FALSE(fileHolds(p.path, QStringLiteral("Ödön")));
    CHECK_FALSE(fileHolds(p.path, p.speaker.email));
    CHECK_FALSE(fileHolds(p.path, p.speaker.email.toLower()));
    auto info = test::runCli({QStringLiteral("info"), p.path, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("sessions")).toInt() == 12);
}

TEST_CASE("podium-cli anonymise refuses before the last day (exit 1), runs with --force --yes")
{
    test::TempDir dir;
    const Prepared p = prepare(dir);
    {
        // Next year, whenever the test runs.
        auto file = EventFile::open(p.path);
        REQUIRE(file.ok());
        Event event = file.value()->event().load().value();
        event.firstDay = QDate::currentDate().addYears(1);
        event.lastDay = event.firstDay.addDays(1);
        REQUIRE(file.value()->event().save(event).ok());
    }
    const QByteArray before = test::sha256(p.path);
    auto early = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--yes")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("--force")));
    CHECK(test::sha256(p.path) == before);

    auto unconfirmed = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--force")});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(test::sha256(p.path) == before);

    ParticipantBreakdown statistics;
    {
        auto file = EventFile::open(p.path);
        REQUIRE(file.ok());
        statistics = PrivacyRepository(*file.value()).breakdown().value();
    }
    REQUIRE(fileHolds(p.path, p.attendee.email));
    REQUIRE(fileHolds(p.path, p.attendee.phone));
    auto done = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--keep-statistics"),
                              QStringLiteral("--force"), QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("before -> after")));
    CHECK_FALSE(fileHolds(p.path, p.attendee.email));
    CHECK_FALSE(fileHolds(p.path, p.attendee.phone));
    CHECK_FALSE(fileHolds(p.path, p.speaker.email));
    CHECK(fileHolds(p.path, QStringLiteral("Quaxtonbury"))); // speakers keep their name
    auto file = EventFile::open(p.path);
    REQUIRE(file.ok());
    CHECK(PrivacyRepository(*file.value()).breakdown().value() == statistics);
}

TEST_CASE("podium-cli anonymise runs without --force once the event is over")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), path}).exitCode == 0); // IMI 2018: long over
    auto done = test::runCli({QStringLiteral("anonymise"), path, QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    auto again = test::runCli({QStringLiteral("anonymise"), path, QStringLiteral("--yes")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("no personal data left")));
}

TEST_CASE("podium-cli person erase asks at a terminal and erases only on “yes”")
{
    if (!test::haveProgram(QStringLiteral("script"))) {
        WARN("skipped: needs script(1) to give podium-cli a terminal");
        return;
    }
    test::TempDir dir;
    const Prepared p = prepare(dir, 20);
    // script(1) runs the command on a pseudo-terminal and types what it reads.
    auto atTerminal = [&](const QString &answer) {
        const QString command = QStringLiteral("'%1' person erase '%2' '%3'").arg(QStringLiteral(PODIUM_CLI), p.path,
                                                                               p.speaker.email);
        return test::runProgram(QStringLiteral("sh"),
                                {QStringLiteral("-c"), QStringLiteral("echo %1 | script -qec \"%2\" /dev/null")
                                                           .arg(answer, command)});
    };
    auto no = atTerminal(QStringLiteral("no"));
    CHECK(no.exitCode == 1);
    CHECK(no.out.contains(QStringLiteral("Type “yes” to erase")));
    CHECK(no.out.contains(QStringLiteral("nothing was changed")));
    CHECK(fileHolds(p.path, p.speaker.email));
    auto yes = atTerminal(QStringLiteral("yes"));
    CHECK(yes.exitCode == 0);
    CHECK(yes.out.contains(QStringLiteral("Erased 1 person")));
    CHECK_FALSE(fileHolds(p.path, p.speaker.email));
}
