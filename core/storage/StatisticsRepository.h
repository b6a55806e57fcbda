#pragma once

#include "model/EventCounts.h"
#include "util/Result.h"

class EventFile;

// Counts over the whole event, computed by SQLite (cheap on 100,000 rows).
class StatisticsRepository
{
public:
    explicit StatisticsRepository(const EventFile &file) : m_file(file) {}
    Result<EventCounts> counts() const;

private:
    const EventFile &m_file;
};
