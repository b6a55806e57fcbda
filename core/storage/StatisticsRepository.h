#pragma once

#include "model/EventCounts.h"
#include "util/Result.h"

class EventStore;

// Counts over the whole event, computed by SQLite (cheap on 100,000 rows).
class StatisticsRepository
{
public:
    explicit StatisticsRepository(const EventStore &file) : m_file(file) {}
    Result<EventCounts> counts() const;

private:
    const EventStore &m_file;
};
