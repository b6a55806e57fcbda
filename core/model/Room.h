#pragma once

#include <QString>

using RoomId = qint64;

struct Room
{
    RoomId id = 0;
    QString name;
    int capacity = 0; // 0: unknown
    QString location; // e.g. "Ground floor, left of the entrance"
    int position = 0; // order of the columns in the timetable
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    bool operator==(const Room &o) const
    {
        return id == o.id && name == o.name && capacity == o.capacity && location == o.location
            && position == o.position;
    }
};
