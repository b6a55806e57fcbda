#include "people/SmallEvent.h"

#include "generate/DemoEvent.h"
#include "storage/PersonMerger.h"

#include <QSet>

using namespace people_test;

namespace {
QSet<QString> roleKeys(const QList<SessionRole> &roles)
{
    QSet<QString> keys;
    for (const SessionRole &r : roles)
        keys.insert(QStringLiteral("%1/%2").arg(r.sessionId).arg(toKey(r.role)));
    return keys;
}
} // namespace

TEST_CASE("Merging two people keeps every role of both, once, and the registration")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    const Person anna = must(e.file->people().byId(e.anna));
    const Person dup = must(e.file->people().byId(e.annaDup));
    const QList<Participant> dupRegistration = must(e.file->participants().forPerson(e.annaDup));
    const QList<SessionRole> otherRoles = must(e.file->people().roles(e.other));

    const Person merged = PersonMerger::proposal(anna, {dup});
    // The kept person's values win; blanks are filled from the duplicate.
    CHECK(merged.title == QLatin1String("Dr."));
    CHECK(merged.email == QLatin1String("anna.chioti@example.org"));
    CHECK(merged.organisation == QLatin1String("Luxembourg Institute of Health"));
    CHECK(merged.organisationType == OrganisationType::Academia);
    CHECK(merged.country == QLatin1String("LU"));
    CHECK(merged.id == e.anna);

    auto plan = must(PersonMerger(*e.file).plan(e.anna, {e.annaDup}));
    CHECK(plan.roles.size() == 4);
    CHECK(plan.duplicateRoles == 1);
    CHECK(plan.registrations.size() == 1);
    CHECK(plan.dropped.isEmpty());

    must(PersonMerger(*e.file).merge(merged, {e.annaDup}));
    e.file.reset();

    auto file = reopen(e.path);
    CHECK(must(file->people().byId(e.anna)) == merged);
    CHECK_FALSE(file->people().byId(e.annaDup).ok());
    const QList<SessionRole> roles = must(file->people().roles(e.anna));
    CHECK(roleKeys(roles)
          == QSet<QString>{QStringLiteral("%1/speaker").arg(e.s1), QStringLiteral("%1/moderator").arg(e.s1),
                           QStringLiteral("%1/chair").arg(e.s2), QStringLiteral("%1/speaker").arg(e.s3)});
    CHECK(roles.size() == 4); // the chair of s2 both had is there once
    // The registration moved to the kept person with everything it held.
    const QList<Participant> registrations = must(file->participants().forPerson(e.anna));
    REQUIRE(registrations.size() == 1);
    Participant expected = dupRegistration.first();
    expected.personId = e.anna;
    CHECK(registrations.first() == expected);
    CHECK(must(file->participants().count()) == 1);
    // Nobody else changed.
    CHECK(sorted(must(file->people().roles(e.other))) == sorted(otherRoles));
    CHECK(must(file->people().count()) == 2);
}

TEST_CASE("When both are registered, the kept person's registration stays and the other's goes")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    Participant own;
    own.personId = e.anna;
    const ParticipantId ownId = must(e.file->participants().insert(own));
    const Person anna = must(e.file->people().byId(e.anna));
    const Person dup = must(e.file->people().byId(e.annaDup));

    auto plan = must(PersonMerger(*e.file).plan(e.anna, {e.annaDup}));
    REQUIRE(plan.registrations.size() == 1);
    CHECK(plan.registrations.first().id == ownId);
    CHECK(plan.dropped.size() == 1);

    must(PersonMerger(*e.file).merge(PersonMerger::proposal(anna, {dup}), {e.annaDup}));
    e.file.reset();
    auto file = reopen(e.path);
    const QList<Participant> registrations = must(file->participants().all());
    REQUIRE(registrations.size() == 1);
    CHECK(registrations.first().id == ownId);
    CHECK(registrations.first().personId == e.anna);
}

TEST_CASE("Merging refuses nonsense and changes nothing")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    const Person anna = must(e.file->people().byId(e.anna));
    CHECK_FALSE(PersonMerger(*e.file).merge(anna, {}).ok());
    CHECK_FALSE(PersonMerger(*e.file).merge(anna, {e.anna}).ok());
    const Status missing = PersonMerger(*e.file).merge(anna, {e.annaDup, 9999});
    CHECK_FALSE(missing.ok());
    CHECK(missing.error().contains(QLatin1String("9999")));
    // All or nothing: the duplicate and its roles are still there.
    CHECK(must(e.file->people().count()) == 3);
    CHECK(must(e.file->people().roles(e.annaDup)).size() == 3);
}

TEST_CASE("Merging two speakers of the demo event keeps every role of both")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto file = must(EventFile::create(path, Event()));
    must(DemoEvent::fill(*file));
    // The two people with the most roles, so that the merge moves several.
    QHash<PersonId, QList<SessionRole>> byPerson;
    for (const SessionRole &r : must(file->sessions().allRoles()))
        byPerson[r.personId] << r;
    QList<PersonId> speakers = byPerson.keys();
    std::sort(speakers.begin(), speakers.end(), [&](PersonId a, PersonId b) {
        return std::make_pair(byPerson[a].size(), -a) > std::make_pair(byPerson[b].size(), -b);
    });
    REQUIRE(speakers.size() >= 2);
    const PersonId kept = speakers.at(0);
    const PersonId absorbed = speakers.at(1);
    const QSet<QString> expected = roleKeys(byPerson[kept]) + roleKeys(byPerson[absorbed]);
    const qint64 rolesBefore = must(file->sessions().allRoles()).size();
    const qint64 peopleBefore = must(file->people().count());

    const Person keptPerson = must(file->people().byId(kept));
    must(PersonMerger(*file).merge(PersonMerger::proposal(keptPerson, {must(file->people().byId(absorbed))}),
                                   {absorbed}));
    file.reset();

    auto reopened = reopen(path);
    const QList<SessionRole> roles = must(reopened->people().roles(kept));
    CHECK(roleKeys(roles) == expected);
    CHECK(roles.size() == expected.size());
    CHECK(must(reopened->people().roles(absorbed)).isEmpty());
    CHECK_FALSE(reopened->people().byId(absorbed).ok());
    CHECK(must(reopened->people().count()) == peopleBefore - 1);
    const qint64 duplicates = byPerson[kept].size() + byPerson[absorbed].size() - expected.size();
    CHECK(must(reopened->sessions().allRoles()).size() == rolesBefore - duplicates);
    // Both were registered as speakers: one registration remains, the kept person's.
    CHECK(must(reopened->participants().forPerson(kept)).size() == 1);
}
