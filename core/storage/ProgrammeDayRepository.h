#pragma once

#include "schedule/ProgrammeDay.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// Programme days with their own start and end, as an imported schedule gave them.
class ProgrammeDayRepository
{
public:
    explicit ProgrammeDayRepository(const EventStore &file) : m_file(file) {}
    Result<QList<ProgrammeDay>> all() const;
    // Replaces every stored day with these.
    Status replaceAll(const QList<ProgrammeDay> &days) const;

private:
    const EventStore &m_file;
};
