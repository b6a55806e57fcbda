#pragma once

#include "model/SchedulingRules.h"
#include "util/Result.h"

class EventStore;

// Reads everything that limits where sessions go in a few bulk queries:
// for the conflict check and for arranging.
class SchedulingRulesRepository
{
public:
    explicit SchedulingRulesRepository(const EventStore &file) : m_file(file) {}
    Result<SchedulingRules> load() const;

private:
    const EventStore &m_file;
};
