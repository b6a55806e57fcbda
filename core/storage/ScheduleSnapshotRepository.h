#pragma once

#include "schedule/ScheduleSnapshot.h"
#include "util/Result.h"

class EventStore;

// Reads a ScheduleSnapshot: the event, rooms and tracks, then all sessions in
// one query and all roles with the people's names in another (through
// the store's RowCursor, without QVariants: this runs after every edit of the timetable).
class ScheduleSnapshotRepository
{
public:
    explicit ScheduleSnapshotRepository(const EventStore &file) : m_file(file) {}
    Result<ScheduleSnapshot> load() const;

private:
    Status readSessions(ScheduleSnapshot &snapshot) const;
    Status readRoles(ScheduleSnapshot &snapshot) const;
    const EventStore &m_file;
};
