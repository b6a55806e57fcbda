#pragma once

#include "storage/EventStore.h"
#include "util/Result.h"

#include <memory>

// The one place that turns a location (a file path or a server URI, see
// StoreLocation) into an open store: podium-cli's commands and the GUI open
// events through it and then only talk to the EventStore.
class StoreOpener
{
public:
    static Result<std::unique_ptr<EventStore>> open(const QString &location, const EventStore::OpenOptions &options = {});
};
