#include "ScheduleTestSupport.h"

#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "io/ScheduleMergePlan.h"
#include "model/Event.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

using namespace scheduletest;

namespace {
using Kind = SessionChange::Kind;

const QString keynote = QStringLiteral("3f2b1c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
const QString panel = QStringLiteral("9a8b7c6d-1111-4222-8333-444455556666");
const QString closing = QStringLiteral("d15ea5e0-bbbb-4ccc-8ddd-eeeeffff0000");

ScheduleDocument smallConference()
{
    auto doc = ScheduleFiles::read(test::fixture(QStringLiteral("schedule/small-conference.xml")));
    REQUIRE(doc.ok());
    return doc.value();
}

ScheduleSession &sessionOf(ScheduleDocument &doc, const QString &guid)
{
    for (ScheduleSession &s : doc.sessions)
        if (s.guid == guid)
            return s;
    FAIL("no session " << guid.toStdString());
    return doc.sessions.first();
}

// The small conference as a new version would bring it: the keynote renamed
// and moved, a speaker less on the panel, the closing session gone, a new one.
ScheduleDocument updatedConference()
{
    ScheduleDocument doc = smallConference();
    ScheduleSession &k = sessionOf(doc, keynote);
    k.title = QStringLiteral("Opening keynote");
    k.start = k.start.addSecs(15 * 60);
    ScheduleSession &p = sessionOf(doc, panel);
    p.persons.removeLast();
    p.room = QStringLiteral("AUDITORIUM"); // rooms are matched by name, whatever the case
    doc.sessions.removeIf([](const ScheduleSession &s) { return s.guid == closing; });
    ScheduleSession added = doc.sessions.first();
    added.guid = QStringLiteral("e0e0e0e0-1111-4222-8333-444444444444");
    added.externalId = 105;
    added.title = QStringLiteral("Farewell drinks");
    added.persons = {SchedulePerson{QString(), std::nullopt, QStringLiteral("Léa Nouvelle")}};
    doc.sessions << added;
    return doc;
}

std::unique_ptr<EventStore> importedEvent(const test::TempDir &dir)
{
    auto file = test::createTestEvent(dir, Event(), nullptr, QStringLiteral("merge"));
    REQUIRE(ScheduleImporter::run(*file, smallConference(), {}).ok());
    return file;
}

QStringList titles(const QList<const SessionChange *> &changes)
{
    QStringList out;
    for (const SessionChange *c : changes)
        out << c->title;
    return out;
}
} // namespace

TEST_CASE("The merge plan tells added, changed (with the fields), unchanged and missing sessions apart", "[stores]")
{
    test::TempDir dir;
    auto file = importedEvent(dir);

    auto same = ScheduleMergePlan::compute(*file, smallConference());
    REQUIRE(same.ok());
    CHECK(same->count(Kind::Unchanged) == 4);
    CHECK(same->changes().size() == 4);
    CHECK(same->peopleAdded() == 0);
    CHECK(same->details(false).isEmpty());

    auto plan = ScheduleMergePlan::compute(*file, updatedConference());
    REQUIRE(plan.ok());
    CHECK(titles(plan->of(Kind::Added)) == QStringList{QStringLiteral("Farewell drinks")});
    REQUIRE(plan->count(Kind::Changed) == 2);
    const SessionChange *k = plan->of(Kind::Changed)[0];
    const SessionChange *p = plan->of(Kind::Changed)[1];
    CHECK(k->guid == keynote);
    CHECK(k->fields == QStringList{QStringLiteral("title"), QStringLiteral("start")});
    // Times as the event's clock shows them (Europe/Luxembourg, summer time).
    CHECK(k->valuesBefore == QStringList{QStringLiteral("Opening keynote: why open data, why now"),
                                         QStringLiteral("2025-05-20 09:00")});
    CHECK(k->valuesAfter == QStringList{QStringLiteral("Opening keynote"), QStringLiteral("2025-05-20 09:15")});
    CHECK(p->guid == panel);
    CHECK(p->fields == QStringList{QStringLiteral("speakers")});
    CHECK(p->valuesBefore == QStringList{QStringLiteral("Jonas Weber, Ana Ferreira-Lopes, Prof. Dr. Marie Kessler")});
    CHECK(p->valuesAfter == QStringList{QStringLiteral("Jonas Weber, Ana Ferreira-Lopes")});
    CHECK(plan->count(Kind::Unchanged) == 1);
    CHECK(titles(plan->of(Kind::Missing)) == QStringList{QStringLiteral("Closing remarks")});
    CHECK(plan->peopleAdded() == 1);
    CHECK(plan->roomsAdded() == 0);
    CHECK(plan->summary(false) == QStringLiteral("sessions added: 1, changed: 2, unchanged: 1, not in the file (kept): 1; "
                                                 "new rooms: 0, new tracks: 0, new people: 1."));
    CHECK(plan->details(true).contains(QStringLiteral("removed: “Closing remarks” (%1)").arg(closing)));

    // A speaker's recording opt-out is a change like any other, said in words.
    ScheduleDocument optOut = smallConference();
    sessionOf(optOut, keynote).recordingOptOut = true;
    auto recording = ScheduleMergePlan::compute(*file, optOut);
    REQUIRE(recording.ok());
    REQUIRE(recording->count(Kind::Changed) == 1);
    CHECK(recording->of(Kind::Changed)[0]->fields == QStringList{QStringLiteral("recording")});
    CHECK(recording->of(Kind::Changed)[0]->valuesAfter == QStringList{QStringLiteral("not recorded")});
}

TEST_CASE("A merge writes only the changed sessions and keeps or removes the missing ones, and undo restores them", "[stores]")
{
    test::TempDir dir;
    auto file = importedEvent(dir);
    const Session closingBefore = file->sessions().byGuid(closing).value();
    const QList<SessionRole> closingRoles = file->sessions().roles(closingBefore.id).value();
    REQUIRE_FALSE(closingRoles.isEmpty());

    ScheduleImporter::Options merge;
    merge.merge = true;
    SECTION("kept")
    {
        auto done = ScheduleImporter::run(*file, updatedConference(), merge);
        REQUIRE(done.ok());
        CHECK(done->updatedBefore.size() == 2); // the unchanged session is not rewritten
        CHECK(file->sessions().count().value() == 5);
        CHECK(file->sessions().byGuid(closing).value() == closingBefore);
        CHECK(file->sessions().byGuid(keynote).value().title == QStringLiteral("Opening keynote"));
        CHECK(file->sessions().roles(file->sessions().byGuid(panel).value().id).value().size() == 2);
    }
    SECTION("removed, and back after undo with its speakers")
    {
        merge.removeMissing = true;
        auto done = ScheduleImporter::run(*file, updatedConference(), merge);
        REQUIRE(done.ok());
        CHECK(done->summary().contains(QLatin1String("removed: 1")));
        CHECK(file->sessions().count().value() == 4);
        CHECK_FALSE(file->sessions().byGuid(closing).ok());
        REQUIRE(ScheduleImporter::undo(*file, done.value()).ok());
        CHECK(file->sessions().count().value() == 4); // the added one gone, the removed one back
        CHECK(file->sessions().byGuid(closing).value() == closingBefore);
        CHECK(file->sessions().roles(closingBefore.id).value() == closingRoles);
        auto again = ScheduleMergePlan::compute(*file, smallConference());
        REQUIRE(again.ok());
        CHECK(again->count(Kind::Unchanged) == 4);
        CHECK(again->changes().size() == 4);
    }
}

TEST_CASE("podium-cli import schedule --dry-run shows the changes and writes nothing, --remove-missing removes", "[stores]")
{
    test::TempDir dir;
    const QString podium = newEvent(dir, QStringLiteral("e.podium"));
    const QString original = test::fixture(QStringLiteral("schedule/small-conference.xml"));
    REQUIRE(test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, original}).exitCode == 0);

    // The new version drops the closing session and retitles the keynote.
    QByteArray xml = test::readFile(original);
    const qsizetype at = xml.indexOf("<event guid=\"" + closing.toUtf8());
    REQUIRE(at > 0);
    xml.remove(at, xml.indexOf("</event>", at) + 8 - at);
    xml.replace("<title>Opening keynote: why open data, why now</title>", "<title>Opening keynote</title>");
    const QString updated = dir.path(QStringLiteral("updated.xml"));
    test::writeFile(updated, xml);

    const QByteArray before = test::eventState(podium);
    const test::CliRun dry = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, updated,
                                           QStringLiteral("--merge"), QStringLiteral("--dry-run")});
    INFO(dry.err.toStdString());
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.out.contains(QLatin1String("Dry run, nothing written")));
    CHECK(dry.out.contains(QLatin1String("sessions added: 0, changed: 1, unchanged: 2, not in the file (kept): 1")));
    CHECK(dry.out.contains(QStringLiteral("changed: “Opening keynote” (%1): title").arg(keynote)));
    CHECK(dry.out.contains(QStringLiteral("title: “Opening keynote: why open data, why now” → “Opening keynote”")));
    CHECK(dry.out.contains(QStringLiteral("not in the file: “Closing remarks” (%1)").arg(closing)));
    CHECK(dry.out.contains(QLatin1String("--remove-missing")));
    CHECK(test::eventState(podium) == before);

    const QString fresh = newEvent(dir, QStringLiteral("fresh.podium"));
    const QByteArray freshBefore = newEventState(fresh);
    const test::CliRun dryNew =
        test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), fresh, updated, QStringLiteral("--dry-run")});
    CHECK(dryNew.exitCode == 0);
    CHECK(dryNew.out.contains(QLatin1String("sessions added: 3, changed: 0")));
    CHECK(newEventState(fresh) == freshBefore);

    const test::CliRun noMerge = test::runCli(
        {QStringLiteral("import"), QStringLiteral("schedule"), podium, updated, QStringLiteral("--remove-missing")});
    CHECK(noMerge.exitCode == 2);
    CHECK(noMerge.err.contains(QLatin1String("--remove-missing needs --merge")));
    CHECK(test::eventState(podium) == before);

    const test::CliRun kept =
        test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, updated, QStringLiteral("--merge")});
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.out.contains(QLatin1String("changed: 1, unchanged: 2, not in the file (kept): 1")));
    CHECK(documentOf(podium).sessions.size() == 4);

    const test::CliRun again =
        test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, updated, QStringLiteral("--merge")});
    CHECK(again.out.contains(QLatin1String("added: 0, changed: 0, unchanged: 3")));

    const test::CliRun removed = test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, updated,
                                               QStringLiteral("--merge"), QStringLiteral("--remove-missing")});
    REQUIRE(removed.exitCode == 0);
    CHECK(removed.out.contains(QLatin1String("unchanged: 3, removed: 1")));
    CHECK(removed.out.contains(QStringLiteral("removed: “Closing remarks” (%1)").arg(closing)));
    CHECK(documentOf(podium).sessions.size() == 3);
}

TEST_CASE("Merging an event's own export changes nothing, and a merge keeps who moderates", "[stores]")
{
    test::TempDir dir;
    const QString generated = dir.path(QStringLiteral("generated.podium"));
    REQUIRE(test::runCli({QStringLiteral("generate"), generated, QStringLiteral("--sessions"), QStringLiteral("60"),
                          QStringLiteral("--participants"), QStringLiteral("0")})
                .exitCode == 0);
    const QString podium = test::placeEvent(generated, QStringLiteral("generated"));
    auto roleKinds = [&] {
        auto file = test::openTestEvent(podium);
        QStringList kinds;
        for (const SessionRole &r : file->sessions().allRoles().value())
            kinds << QStringLiteral("%1/%2/%3").arg(r.sessionId).arg(r.personId).arg(toKey(r.role));
        return kinds;
    };
    const QStringList rolesBefore = roleKinds();
    REQUIRE(std::any_of(rolesBefore.cbegin(), rolesBefore.cend(),
                        [](const QString &k) { return !k.endsWith(QLatin1String("/speaker")); }));
    const QString xml = dir.path(QStringLiteral("export.xml"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("schedule"), podium, QStringLiteral("-o"), xml})
                .exitCode == 0);

    // The export makes up frab ids for sessions that have none, and has no moderators.
    const QByteArray before = test::eventState(podium);
    const test::CliRun same =
        test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, xml, QStringLiteral("--merge")});
    INFO(same.err.toStdString());
    CHECK(same.out.contains(QLatin1String("sessions added: 0, changed: 0, unchanged: 60")));
    CHECK(test::eventState(podium) == before);

    // Every session retitled: each is written again, and everyone keeps their part.
    QByteArray edited = test::readFile(xml);
    edited.replace("<title>", "<title>New: ");
    test::writeFile(xml, edited);
    const test::CliRun changed =
        test::runCli({QStringLiteral("import"), QStringLiteral("schedule"), podium, xml, QStringLiteral("--merge")});
    CHECK(changed.out.contains(QLatin1String("changed: 60, unchanged: 0")));
    CHECK(roleKinds() == rolesBefore);
}
