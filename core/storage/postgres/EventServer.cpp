#include "storage/postgres/EventServer.h"

#include "model/Event.h"
#include "storage/EventRepository.h"
#include "storage/Schema.h"
#include "storage/Transaction.h"
#include "storage/postgres/PostgresEventSchema.h"
#include "storage/postgres/ServerLogin.h"
#include "storage/postgres/ServerRegistry.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventServer)
};

QString notInitialised(const StoreLocation &location)
{
    return Tr::tr("This database holds no Podium events yet: run `podium-cli server init %1` first.")
        .arg(location.serverOnly());
}
} // namespace

Status EventServer::init(const QString &uri)
{
    const StoreLocation location = StoreLocation::parse(uri);
    auto store = PostgresStore::connect(location, QString());
    if (!store)
        return Status::failure(store.error(), store.details());
    const PostgresStore &server = *store.value();
    Transaction transaction(server);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = ServerRegistry::init(server.database()); !s)
        return s;
    return transaction.commit();
}

Result<QList<EventRoles::EventAccess>> EventServer::list(const QString &uri, const QString &password)
{
    using R = Result<QList<EventRoles::EventAccess>>;
    const StoreLocation location = StoreLocation::parse(uri);
    auto store = PostgresStore::connect(location, password);
    if (!store)
        return R::failure(store.error(), store.details());
    const QSqlDatabase db = store.value()->database();
    auto initialised = ServerRegistry::isInitialised(db);
    if (!initialised)
        return R::failure(initialised.error(), initialised.details());
    if (!initialised.value())
        return R::failure(notInitialised(location));
    auto registered = ServerRegistry::all(db);
    if (!registered)
        return R::failure(registered.error(), registered.details());
    auto mine = EventRoles::eventsOf(db);
    if (!mine)
        return mine;
    // The events of the registry this login has a role for (roles of events
    // dropped by hand are left out).
    QList<EventRoles::EventAccess> events;
    for (const EventRoles::EventAccess &access : mine.value())
        for (const ServerRegistry::Entry &entry : registered.value())
            if (entry.name == access.event)
                events.append(access);
    return events;
}

Result<std::unique_ptr<PostgresStore>> EventServer::createEvent(const StoreLocation &location, const Event &event,
                                                                const QString &password)
{
    return createEvent(location, event, Fill(), false, password);
}

Result<std::unique_ptr<PostgresStore>> EventServer::createEvent(const StoreLocation &location, const Event &event,
                                                                const Fill &fill, bool replace,
                                                                const QString &password)
{
    using R = Result<std::unique_ptr<PostgresStore>>;
    const QString name = location.event();
    if (name.isEmpty())
        return R::failure(Tr::tr("Name the event in the address: %1?event=NAME.").arg(location.serverOnly()));
    auto connected = PostgresStore::connect(location, password);
    if (!connected)
        return connected;
    PostgresStore &store = *connected.value();
    store.m_event = name;
    {
        // Gone before the connection is closed below (else Qt warns that it is still in use).
        const QSqlDatabase db = store.database();
        Transaction transaction(store);
        if (!transaction.isActive())
            return R::failure(transaction.error());
        auto initialised = ServerRegistry::isInitialised(db);
        if (!initialised)
            return R::failure(initialised.error(), initialised.details());
        if (!initialised.value())
            return R::failure(notInitialised(location));
        auto existing = ServerRegistry::find(db, name);
        if (!existing)
            return R::failure(existing.error(), existing.details());
        if (existing->has_value()) {
            if (!replace)
                return R::failure(Tr::tr("The server already has an event “%1”: choose another name, or add --replace "
                                         "to overwrite it.")
                                      .arg(name));
            if (Status s = PostgresEventSchema::drop(db, existing->value().schema, name, true); !s)
                return R::failure(s.error(), s.details());
        }
        auto schema = ServerRegistry::newSchemaName(db, name);
        if (!schema)
            return R::failure(schema.error(), schema.details());
        if (Status s = PostgresEventSchema::create(db, schema.value(), name); !s)
            return R::failure(s.error(), s.details());
        store.m_schema = schema.value();
        store.m_version = Schema::currentVersion();
        if (Status s = store.useSchema(store.m_schema); !s)
            return R::failure(s.error(), s.details());
        if (Status s = store.event().save(event); !s)
            return R::failure(s.error(), s.details());
        if (fill) {
            if (Status s = fill(store); !s)
                return R::failure(s.error(), s.details());
        }
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error(), s.details());
    }
    // Opened as anyone else would open it now: role, permissions, counters.
    connected.value().reset();
    EventStore::OpenOptions options;
    options.password = password;
    auto opened = PostgresStore::open(location, options);
    return opened;
}

Status EventServer::dropEvent(const StoreLocation &location)
{
    auto connected = PostgresStore::connect(location, QString());
    if (!connected)
        return Status::failure(connected.error(), connected.details());
    PostgresStore &store = *connected.value();
    const QSqlDatabase db = store.database();
    Transaction transaction(store);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto entry = ServerRegistry::find(db, location.event());
    if (!entry)
        return Status::failure(entry.error(), entry.details());
    if (!entry->has_value())
        return Status::failure(Tr::tr("No event “%1” on this server; `podium-cli server list %2` shows them.")
                                   .arg(location.event(), location.serverOnly()));
    if (Status s = PostgresEventSchema::drop(db, entry->value().schema, location.event(), false); !s)
        return s;
    return transaction.commit();
}
