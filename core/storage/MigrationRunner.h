#pragma once

#include "util/Result.h"

class EventFile;

// Brings an event file up to a schema version, one step at a time, all steps
// inside one transaction: a failed upgrade leaves the file as it was.
class MigrationRunner
{
public:
    explicit MigrationRunner(const EventFile &file) : m_file(file) {}
    Status upgradeTo(int version);

private:
    const EventFile &m_file;
};
