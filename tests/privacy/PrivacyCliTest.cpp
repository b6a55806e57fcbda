#include "privacy/PrivacyFixture.h"
#include "support/EventState.h"
#include "support/StoreUnderTest.h"

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
    QString path; // where the event is: a file, or a server event's URI
    Person speaker;
    Person attendee;
};

// A generated event (closed again), with a distinctive speaker, where the tests run.
Prepared prepare(const test::TempDir &dir, int participants = 60)
{
    Prepared p;
    const QString file = dir.path(QStringLiteral("event.podium"));
    {
        auto created = generatedEvent(file, participants);
        p.speaker = firstSpeaker(*created);
        p.speaker.firstName = QStringLiteral("Ödön");
        p.speaker.lastName = QStringLiteral("Quaxtonbury");
        p.speaker.email = QStringLiteral("Odon.Quax@Example.com");
        REQUIRE(created->people().update(p.speaker).ok());
        p.attendee = someAttendee(*created);
        p.attendee.phone = QStringLiteral("+352 661 424 242");
        REQUIRE(created->people().update(p.attendee).ok());
    }
    p.path = test::placeEvent(file, QStringLiteral("privacy"));
    return p;
}

// Whether the event still holds the text anywhere: a file's bytes (its
// journal and freed pages included), or, on the server, any row of any table
// of the event's schema, its history included (ServerErasureTest looks at
// the whole database).
bool eventHolds(const QString &location, const QString &text)
{
    if (!test::onServer())
        return fileHolds(location, text);
    auto store = test::openTestEvent(location, true);
    for (const QString &table : test::eventTables(*store)) {
        auto found = store->select(QStringLiteral("SELECT count(*) FROM %1 x WHERE strpos(x::text, ?) > 0").arg(table),
                                   {text});
        REQUIRE(found->next());
        if (found->integer(0) > 0)
            return true;
    }
    return false;
}
} // namespace

TEST_CASE("podium-cli person export writes the person's data, owner-only", "[stores]")
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

TEST_CASE("podium-cli person export and erase exit 1 when no one has the address, 2 on bad usage", "[stores]")
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

TEST_CASE("podium-cli person erase refuses without --yes when it cannot ask, and erases with it", "[stores]")
{
    test::TempDir dir;
    const Prepared p = prepare(dir);
    const QByteArray before = test::eventState(p.path);
    auto refused = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path, p.speaker.email});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.contains(QStringLiteral("Quaxtonbury"))); // says what it would remove
    CHECK(refused.err.contains(QStringLiteral("--yes")));
    CHECK(test::eventState(p.path) == before);
    CHECK(eventHolds(p.path, QStringLiteral("Quaxtonbury")));
    CHECK(eventHolds(p.path, QStringLiteral("Ödön")));
    CHECK(eventHolds(p.path, p.speaker.email));

    auto erased = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), p.path,
                                QStringLiteral("ODON.QUAX@example.com"), QStringLiteral("--yes")});
    INFO(erased.err.toStdString());
    CHECK(erased.exitCode == 0);
    CHECK_FALSE(eventHolds(p.path, QStringLiteral("Quaxtonbury")));
    CHECK_FALSE(eventHolds(p.path, QStringLiteral("Ödön")));
    CHECK_FALSE(eventHolds(p.path, p.speaker.email));
    CHECK_FALSE(eventHolds(p.path, p.speaker.email.toLower()));
    auto info = test::runCli({QStringLiteral("info"), p.path, QStringLiteral("--json")});
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("sessions")).toInt() == 12);
}

TEST_CASE("podium-cli anonymise refuses before the last day (exit 1), runs with --force --yes", "[stores]")
{
    test::TempDir dir;
    const Prepared p = prepare(dir);
    {
        // Next year, whenever the test runs.
        auto file = test::openTestEvent(p.path);
        Event event = file->event().load().value();
        event.firstDay = QDate::currentDate().addYears(1);
        event.lastDay = event.firstDay.addDays(1);
        REQUIRE(file->event().save(event).ok());
    }
    const QByteArray before = test::eventState(p.path);
    auto early = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--yes")});
    CHECK(early.exitCode == 1);
    CHECK(early.err.contains(QStringLiteral("--force")));
    CHECK(test::eventState(p.path) == before);

    auto unconfirmed = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--force")});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(test::eventState(p.path) == before);

    ParticipantBreakdown statistics;
    {
        auto file = test::openTestEvent(p.path);
        statistics = PrivacyRepository(*file).breakdown().value();
    }
    REQUIRE(eventHolds(p.path, p.attendee.email));
    REQUIRE(eventHolds(p.path, p.attendee.phone));
    auto done = test::runCli({QStringLiteral("anonymise"), p.path, QStringLiteral("--keep-statistics"),
                              QStringLiteral("--force"), QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    CHECK(done.out.contains(QStringLiteral("before -> after")));
    CHECK_FALSE(eventHolds(p.path, p.attendee.email));
    CHECK_FALSE(eventHolds(p.path, p.attendee.phone));
    CHECK_FALSE(eventHolds(p.path, p.speaker.email));
    CHECK(eventHolds(p.path, QStringLiteral("Quaxtonbury"))); // speakers keep their name
    auto file = test::openTestEvent(p.path);
    CHECK(PrivacyRepository(*file).breakdown().value() == statistics);
}

TEST_CASE("podium-cli anonymise runs without --force once the event is over", "[stores]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), file}).exitCode == 0); // IMI 2018: long over
    const QString path = test::placeEvent(file, QStringLiteral("privacy-over"));
    auto done = test::runCli({QStringLiteral("anonymise"), path, QStringLiteral("--yes")});
    INFO(done.err.toStdString());
    CHECK(done.exitCode == 0);
    auto again = test::runCli({QStringLiteral("anonymise"), path, QStringLiteral("--yes")});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("no personal data left")));
}

TEST_CASE("podium-cli person erase asks at a terminal and erases only on “yes”", "[stores]")
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
    CHECK(eventHolds(p.path, p.speaker.email));
    auto yes = atTerminal(QStringLiteral("yes"));
    CHECK(yes.exitCode == 0);
    CHECK(yes.out.contains(QStringLiteral("Erased 1 person")));
    CHECK_FALSE(eventHolds(p.path, p.speaker.email));
}
