#pragma once

#include "schedule/ScheduleSnapshot.h"
#include "util/Result.h"

class EventFile;

// Reads a ScheduleSnapshot: the event, rooms and tracks, then all sessions in
// one query and all roles with the people's names in another (through
// SQLite directly: this runs after every edit of the timetable).
class ScheduleSnapshotRepository
{
public:
    explicit ScheduleSnapshotRepository(const EventFile &file) : m_file(file) {}
    Result<ScheduleSnapshot> load() const;

private:
    Status readSessions(ScheduleSnapshot &snapshot) const;
    Status readRoles(ScheduleSnapshot &snapshot) const;
    const EventFile &m_file;
};
