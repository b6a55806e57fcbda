#pragma once

#include "model/SchedulingRules.h"
#include "util/Result.h"

class EventFile;

// Reads everything that limits where sessions go in a few bulk queries:
// for the conflict check and for arranging.
class SchedulingRulesRepository
{
public:
    explicit SchedulingRulesRepository(const EventFile &file) : m_file(file) {}
    Result<SchedulingRules> load() const;

private:
    const EventFile &m_file;
};
