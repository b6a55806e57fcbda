#pragma once

#include "model/Room.h"
#include "storage/SessionPlacement.h"
#include "util/Result.h"

#include <QList>

class EventStore;

class RoomRepository
{
public:
    using Item = Room;
    // The room and the sessions in it: what removing it loses.
    using Record = Placed<Room>;

    explicit RoomRepository(const EventStore &file) : m_file(file) {}
    // In timetable order.
    Result<QList<Room>> all() const;
    Result<Room> byId(RoomId id) const;
    // Keeps room.id when it is set (undo of a removal), else assigns one.
    Result<RoomId> insert(const Room &room) const;
    Status update(const Room &room) const;
    // Sessions in the room lose their room (room_id set to NULL).
    Status remove(RoomId id) const;
    Result<qint64> count() const;
    // How many sessions are in the room.
    Result<qint64> sessionCount(RoomId id) const;
    Result<Record> record(RoomId id) const;
    // Inserts the room with its id again and puts its sessions back in it.
    Status restore(const Record &record) const;

private:
    const EventStore &m_file;
};
