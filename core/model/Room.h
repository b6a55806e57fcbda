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

    bool operator==(const Room &o) const
    {
        return id == o.id && name == o.name && capacity == o.capacity && location == o.location
            && position == o.position;
    }
};
