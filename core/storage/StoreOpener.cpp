#include "storage/StoreOpener.h"

#include "storage/EventFile.h"
#include "storage/StoreLocation.h"
#include "storage/postgres/PostgresStore.h"

namespace {
template <typename Store>
Result<std::unique_ptr<EventStore>> widened(Result<std::unique_ptr<Store>> opened)
{
    if (!opened)
        return Result<std::unique_ptr<EventStore>>::failure(opened.error(), opened.details());
    return std::unique_ptr<EventStore>(std::move(opened).value());
}
} // namespace

Result<std::unique_ptr<EventStore>> StoreOpener::open(const QString &location, const EventStore::OpenOptions &options)
{
    const StoreLocation where = StoreLocation::parse(location);
    if (where.isServer())
        return widened(PostgresStore::open(where, options));
    return widened(EventFile::open(where.path(), options));
}
