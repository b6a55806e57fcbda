#pragma once

#include "model/Event.h"
#include "util/Result.h"

class EventStore;

// The event's own facts (one row per file).
class EventRepository
{
public:
    explicit EventRepository(const EventStore &file) : m_file(file) {}
    Result<Event> load() const;
    Status save(const Event &event) const;

private:
    const EventStore &m_file;
};
