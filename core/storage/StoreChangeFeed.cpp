#include "storage/StoreChangeFeed.h"

#include "storage/postgres/PostgresStore.h"
#include "storage/postgres/ServerNotifications.h"

std::unique_ptr<StoreChangeFeed> StoreChangeFeed::open(const EventStore &store)
{
    const auto *server = dynamic_cast<const PostgresStore *>(&store);
    if (!server)
        return nullptr;
    auto feed = std::make_unique<ServerNotifications>(server->database(), server->eventSchema());
    if (!feed->isListening())
        return nullptr;
    return feed;
}
