#pragma once

#include "storage/StoreLocation.h"
#include "storage/postgres/EventRoles.h"
#include "storage/postgres/PostgresStore.h"
#include "util/Result.h"

#include <QList>

#include <functional>
#include <memory>

struct Event;

// A server's events: preparing a database for them (server init), listing
// them, creating one (empty, or filled in the same transaction: publish) and
// dropping one. See docs/TEAM-MODE.md for the design.
class EventServer
{
public:
    static Status init(const QString &uri);                        // idempotent
    static Result<QList<EventRoles::EventAccess>> list(const QString &uri, const QString &password = {});
    // Empty, current schema, roles set up.
    static Result<std::unique_ptr<PostgresStore>> createEvent(const StoreLocation &location, const Event &event,
                                                              const QString &password = {});
    static Status dropEvent(const StoreLocation &location);

    // Creates the event and runs `fill` on it inside the same transaction:
    // either the whole event is on the server afterwards or nothing is. With
    // `replace`, an event of that name is dropped first (its roles, and so
    // who was granted them, stay); without it an existing event is refused.
    using Fill = std::function<Status(PostgresStore &)>;
    static Result<std::unique_ptr<PostgresStore>> createEvent(const StoreLocation &location, const Event &event,
                                                              const Fill &fill, bool replace,
                                                              const QString &password = {});
};
