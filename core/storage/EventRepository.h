#pragma once

#include "model/Event.h"
#include "util/Result.h"

class EventFile;

// The event's own facts (one row per file).
class EventRepository
{
public:
    explicit EventRepository(const EventFile &file) : m_file(file) {}
    Result<Event> load() const;
    Status save(const Event &event) const;

private:
    const EventFile &m_file;
};
