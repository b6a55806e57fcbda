#include "people/SmallEvent.h"

#include "storage/PersonDirectory.h"

using namespace people_test;

namespace {
QList<PersonId> ids(const EventStore &file, PersonDirectory::Scope scope, const QString &search = QString())
{
    PersonDirectory::Query query;
    query.scope = scope;
    query.search = search;
    return must(PersonDirectory(file).ids(query));
}
} // namespace

TEST_CASE("The People list leaves out people who only registered, unless asked for everyone")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    Person attendee;
    attendee.firstName = QStringLiteral("Zoé");
    attendee.lastName = QStringLiteral("Attendee");
    const PersonId registeredOnly = must(e.file->people().insert(attendee));
    Participant p;
    p.personId = registeredOnly;
    must(e.file->participants().insert(p));
    Person contact;
    contact.firstName = QStringLiteral("Yves");
    contact.lastName = QStringLiteral("Contact");
    contact.organisation = QStringLiteral("100% Pharma_Lab");
    const PersonId contactId = must(e.file->people().insert(contact));

    using Scope = PersonDirectory::Scope;
    // Sorted by last name: Attendee, Chioti (twice, by id), Contact, Weber.
    CHECK(ids(*e.file, Scope::Everyone) == QList<PersonId>{registeredOnly, e.anna, e.annaDup, contactId, e.other});
    CHECK(ids(*e.file, Scope::ProgrammeAndContacts) == QList<PersonId>{e.anna, e.annaDup, contactId, e.other});
    CHECK(ids(*e.file, Scope::WithRole) == QList<PersonId>{e.anna, e.annaDup, e.other});

    // Every word must match somewhere; % and _ are plain characters.
    CHECK(ids(*e.file, Scope::Everyone, QStringLiteral("anna  LIH")).isEmpty());
    CHECK(ids(*e.file, Scope::Everyone, QStringLiteral("anna luxembourg")) == QList<PersonId>{e.annaDup});
    CHECK(ids(*e.file, Scope::Everyone, QStringLiteral("100%")) == QList<PersonId>{contactId});
    CHECK(ids(*e.file, Scope::Everyone, QStringLiteral("a_L")) == QList<PersonId>{contactId});
    CHECK(ids(*e.file, Scope::Everyone, QStringLiteral("0%P")).isEmpty());

    // Sorting by sessions, most first; summaries come back in the order asked.
    PersonDirectory::Query bySessions;
    bySessions.sortKey = PersonDirectory::SortKey::Sessions;
    bySessions.descending = true;
    const QList<PersonId> order = must(PersonDirectory(*e.file).ids(bySessions));
    CHECK(order.first() == e.annaDup); // three sessions
    const QList<PersonSummary> rows = must(PersonDirectory(*e.file).summaries(order));
    REQUIRE(rows.size() == order.size());
    CHECK(rows.first().sessionCount == 3);
    CHECK(rows.first().registered);
    CHECK(rows.last().sessionCount == 0);
    CHECK_FALSE(rows.last().registered);
}
