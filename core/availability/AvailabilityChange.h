#pragma once

#include "model/Availability.h"
#include "model/Person.h"
#include "model/Room.h"

#include <QHash>

// The availability an import gives: for each person and room it names, all
// of their times (replacing what they had); the others keep theirs.
struct AvailabilityChange
{
    QHash<PersonId, Availability> people;
    QHash<RoomId, Availability> rooms;

    bool isEmpty() const { return people.isEmpty() && rooms.isEmpty(); }
    int spanCount() const
    {
        int n = 0;
        for (const Availability &a : people)
            n += int(a.spans.size());
        for (const Availability &a : rooms)
            n += int(a.spans.size());
        return n;
    }
};
