#pragma once

#include "model/Room.h"
#include "util/Result.h"

#include <QList>

class EventFile;

class RoomRepository
{
public:
    explicit RoomRepository(const EventFile &file) : m_file(file) {}
    // In timetable order.
    Result<QList<Room>> all() const;
    Result<Room> byId(RoomId id) const;
    // Keeps room.id when it is set (undo of a removal), else assigns one.
    Result<RoomId> insert(const Room &room) const;
    Status update(const Room &room) const;
    // Sessions in the room become unscheduled (room_id set to NULL).
    Status remove(RoomId id) const;
    Result<qint64> count() const;

private:
    const EventFile &m_file;
};
