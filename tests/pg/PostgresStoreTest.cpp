// The event store on the server (PostgresStore): created empty, migrated like a file, refused when
// newer, read and written through the login's role, and nothing half-written when the connection
// goes mid-edit.
#include "model/Event.h"
#include "checkin/CheckInDesk.h"
#include "model/Participant.h"
#include "model/Person.h"
#include "model/Room.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/Schema.h"
#include "storage/StoreOpener.h"
#include "storage/Transaction.h"
#include "storage/postgres/EventServer.h"
#include "storage/postgres/PostgresEventSchema.h"
#include "storage/postgres/ServerRegistry.h"
#include "support/ServerTestEvent.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace test;

namespace {
std::unique_ptr<PostgresStore> createEvent(const QString &event)
{
    requireOk(EventServer::init(serverUri()));
    Event e;
    e.name = QStringLiteral("Pharma meets Academia");
    auto created = EventServer::createEvent(StoreLocation::parse(serverEventUri(event)), e);
    INFO(created.error() << " / " << created.details());
    REQUIRE(created);
    return std::move(created).value();
}

std::unique_ptr<EventStore> open(const QString &uri, const QString &password = {}, bool readOnly = false)
{
    EventStore::OpenOptions options;
    options.password = password;
    options.readOnly = readOnly;
    auto opened = StoreOpener::open(uri, options);
    INFO(opened.error() << " / " << opened.details());
    REQUIRE(opened);
    return std::move(opened).value();
}

QString openError(const QString &uri, const QString &password = {})
{
    EventStore::OpenOptions options;
    options.password = password;
    auto opened = StoreOpener::open(uri, options);
    REQUIRE_FALSE(opened);
    return opened.error();
}

Room room(const QString &name)
{
    Room r;
    r.name = name;
    r.capacity = 120;
    return r;
}
} // namespace

TEST_CASE("A new server event is empty, at the current version, with its roles and the organiser's rights", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("new"));
    auto store = createEvent(event);
    CHECK(store->isOnServer());
    CHECK(store->schemaVersion() == Schema::currentVersion());
    CHECK(store->displayName() == event);
    CHECK(store->eventSchema().startsWith(QLatin1String("event_")));
    CHECK(store->handle() != nullptr);
    CHECK(store->event().load()->name == QLatin1String("Pharma meets Academia"));
    CHECK(store->rooms().count().value() == 0);
    const StorePermissions p = store->permissions();
    CHECK(p.roleName == QLatin1String("organiser"));
    CHECK(p.editProgramme);
    CHECK(p.seeContactDetails);

    // Every edit moves the data version (what the GUI polls to reload).
    const qint64 before = store->dataVersion();
    REQUIRE(store->rooms().insert(room(QStringLiteral("Auditorium"))));
    CHECK(store->dataVersion() > before);
    CHECK(psql(QStringLiteral("SELECT name FROM %1.room").arg(store->eventSchema())).out == QLatin1String("Auditorium"));

    // A second event of the same name is refused; dropped, it is gone with its roles.
    Event e;
    e.name = QStringLiteral("again");
    const auto twice = EventServer::createEvent(StoreLocation::parse(serverEventUri(event)), e);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().contains(QLatin1String("already has an event")));
    const QString schema = store->eventSchema();
    store.reset();
    requireOk(EventServer::dropEvent(StoreLocation::parse(serverEventUri(event))));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname LIKE '%1%'").arg(schema)).out
          == QLatin1String("0"));
    CHECK(psql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'podium/%1/%'").arg(event)).out
          == QLatin1String("0"));
    CHECK(openError(serverEventUri(event)).contains(QLatin1String("No event")));
}

TEST_CASE("A server event of an older format is upgraded when an organiser opens it, and a newer one refused", "[server]")
{
    requireOk(EventServer::init(serverUri()));
    const QString event = uniqueEventName(QStringLiteral("old"));
    const QString schema = QStringLiteral("event_old_") + event.section(QLatin1Char('-'), 1).replace(QLatin1Char('-'), QLatin1Char('_'));
    const int old = Schema::currentVersion() - 1;
    {
        QSqlDatabase admin = connectAs(event);
        QSqlQuery q(admin);
        REQUIRE(q.exec(QStringLiteral("BEGIN")));
        requireOk(PostgresEventSchema::create(admin, schema, event, old));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO %1.event (id, name) VALUES (1, 'Old')").arg(schema)));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO %1.room (name) VALUES ('Old room')").arg(schema)));
        REQUIRE(q.exec(QStringLiteral("COMMIT")));
    }
    QSqlDatabase::removeDatabase(event);
    const QString registry = QStringLiteral("SELECT schema_version FROM podium.events WHERE name = '%1'").arg(event);
    CHECK(psql(registry).out == QString::number(old));

    // Read-only, it cannot be upgraded: refused, untouched.
    EventStore::OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto refused = StoreOpener::open(serverEventUri(event), readOnly);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QLatin1String("older version")));
    CHECK(psql(registry).out == QString::number(old));

    auto store = open(serverEventUri(event));
    CHECK(store->schemaVersion() == Schema::currentVersion());
    CHECK(psql(registry).out == QString::number(Schema::currentVersion()));
    CHECK(store->rooms().all()->value(0).name == QLatin1String("Old room"));
    // The desk's views were rebuilt with the new columns.
    CHECK(psql(QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = '%1_desk' "
                              "AND table_name = 'participant' AND column_name = 'desk'").arg(schema)).out
          == QLatin1String("1"));
    store.reset();

    // Written by a newer Podium: refused in one sentence, untouched.
    REQUIRE(psql(QStringLiteral("UPDATE podium.events SET schema_version = 99 WHERE name = '%1'").arg(event)).exitCode == 0);
    const QString newer = openError(serverEventUri(event));
    CHECK(newer.contains(QLatin1String("newer version of Podium")));
    CHECK(newer.contains(QLatin1String("format 99")));
    CHECK(psql(registry).out == QLatin1String("99"));
}

TEST_CASE("A desk login opens the event with the desk's rights, and the server refuses the rest", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("desk"));
    auto organiser = createEvent(event);
    const auto roomId = organiser->rooms().insert(room(QStringLiteral("Hall")));
    REQUIRE(roomId);
    const QString desk = login(QStringLiteral("desk"));
    {
        QSqlDatabase admin = connectAs(event);
        requireOk(EventRoles::grant(admin, event, EventRoles::Role::Desk, desk));
    }
    QSqlDatabase::removeDatabase(event);

    // Wrong password first.
    CHECK(openError(serverEventUri(event, desk), QStringLiteral("wrong")).contains(QLatin1String("refused the password")));

    auto store = open(serverEventUri(event, desk), QStringLiteral("pw-") + desk);
    const StorePermissions p = store->permissions();
    CHECK(p.roleName == QLatin1String("desk"));
    CHECK(p.checkIn);
    CHECK(p.seeParticipants);
    CHECK_FALSE(p.editProgramme);
    CHECK_FALSE(p.editParticipants);
    CHECK_FALSE(p.seeContactDetails);
    CHECK(p.refusal == EventRoles::refusal(EventRoles::Role::Desk));
    CHECK(store->rooms().all()->size() == 1);

    const auto added = store->rooms().insert(room(QStringLiteral("Desk's room")));
    REQUIRE_FALSE(added);
    CHECK(added.error() == EventRoles::refusal(EventRoles::Role::Desk) + QStringLiteral(" Nothing was saved."));
    CHECK(organiser->rooms().count().value() == 1);
    // A person's e-mail is an emptied column of the desk's view: refused the same way.
    Person someone;
    someone.firstName = QStringLiteral("Eve");
    someone.email = QStringLiteral("eve@example.org");
    const auto person = store->people().insert(someone);
    REQUIRE_FALSE(person);
    CHECK(person.error() == EventRoles::refusal(EventRoles::Role::Desk) + QStringLiteral(" Nothing was saved."));
    CHECK(organiser->people().count().value() == 0);

    // podium-cli as the desk login (its password from PGPASSWORD, as libpq reads it).
    qputenv("PGPASSWORD", QStringLiteral("pw-%1").arg(desk).toUtf8());
    const CliRun info = runCli({QStringLiteral("info"), serverEventUri(event, desk)});
    const CliRun refused = runCli({QStringLiteral("design"), QStringLiteral("new"), serverEventUri(event, desk),
                                   QStringLiteral("badge")});
    // Its views hold no addresses: looking someone up by one is refused, not answered "no one".
    const TempDir out;
    const CliRun lookup = runCli({QStringLiteral("person"), QStringLiteral("export"), serverEventUri(event, desk),
                                  QStringLiteral("eve@example.org"), QStringLiteral("-o"), out.path(QStringLiteral("eve.json"))});
    qunsetenv("PGPASSWORD");
    INFO(info.err);
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QLatin1String("Rooms:        1")));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains(QLatin1String("door desk")));
    INFO(lookup.err);
    CHECK(lookup.exitCode != 0);
    CHECK(lookup.err.contains(QLatin1String("door desk")));
    CHECK_FALSE(lookup.err.contains(QLatin1String("no one")));
    CHECK_FALSE(QFileInfo::exists(out.path(QStringLiteral("eve.json"))));
}

TEST_CASE("A connection lost in the middle of an edit leaves nothing of it on the server", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("lost"));
    auto store = createEvent(event);
    QSqlQuery pid(store->database());
    REQUIRE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")));
    REQUIRE(pid.next());
    const QString backend = pid.value(0).toString();
    {
        Transaction edit(*store);
        REQUIRE(edit.isActive());
        REQUIRE(store->rooms().insert(room(QStringLiteral("Half"))));
        // The server ends the connection (a restart, a network cut) before the edit is committed.
        REQUIRE(psql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)).exitCode == 0);
        const auto second = store->rooms().insert(room(QStringLiteral("Second half")));
        REQUIRE_FALSE(second);
        CHECK(second.error().startsWith(QLatin1String("The connection to the server was lost: nothing of this change "
                                                      "was saved.")));
        CHECK_FALSE(edit.commit());
    }
    auto again = open(serverEventUri(event));
    CHECK(again->rooms().count().value() == 0);
}

TEST_CASE("The door desk's search ignores accents and case on the server as in a file", "[server]")
{
    auto store = createEvent(uniqueEventName(QStringLiteral("search")));
    for (const auto &[first, last] : {std::pair{"Hélène", "Müller"}, std::pair{"Łukasz", "Strauß"}, std::pair{"Ada", "Lovelace"}}) {
        Person p;
        p.firstName = QString::fromUtf8(first);
        p.lastName = QString::fromUtf8(last);
        const auto person = store->people().insert(p);
        REQUIRE(person);
        Participant r;
        r.personId = person.value();
        r.code = QStringLiteral("CODE%1").arg(person.value());
        REQUIRE(store->participants().insert(r));
    }
    const CheckInDesk desk(*store);
    const auto names = [&](const char *typed) {
        QStringList found;
        for (const ParticipantRow &row : desk.search(QString::fromUtf8(typed), 10).value())
            found << row.person.lastName;
        return found.join(QLatin1Char(','));
    };
    CHECK(names("muller") == QStringLiteral("Müller"));
    CHECK(names("HELENE") == QStringLiteral("Müller"));
    CHECK(names("lukasz strauss") == QStringLiteral("Strauß"));
    CHECK(names("love") == QStringLiteral("Lovelace"));
    CHECK(names("100%") == QString());
}
