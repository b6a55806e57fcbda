#pragma once

#include "model/Availability.h"
#include "model/Person.h"
#include "model/Room.h"
#include "util/Result.h"

#include <QHash>

class EventStore;

// When people and rooms are available (table `availability`). A person or
// room without rows is available all the time; writing an Availability
// replaces all of its rows, normalised (sorted, merged).
class AvailabilityRepository
{
public:
    explicit AvailabilityRepository(const EventStore &file) : m_file(file) {}

    Result<Availability> ofPerson(PersonId person) const;
    Result<Availability> ofRoom(RoomId room) const;
    Status setPerson(PersonId person, const Availability &availability) const;
    Status setRoom(RoomId room, const Availability &availability) const;

    // Everyone and every room with limits (the others are not in the hashes).
    Result<QHash<PersonId, Availability>> allPeople() const;
    Result<QHash<RoomId, Availability>> allRooms() const;

    // Replaces the availability of each person and room named, all or
    // nothing (one transaction): what an import does.
    Status replace(const QHash<PersonId, Availability> &people, const QHash<RoomId, Availability> &rooms) const;

private:
    enum class Owner { Person, Room };
    Result<Availability> of(Owner owner, qint64 id) const;
    Result<QHash<qint64, Availability>> all(Owner owner) const;
    Status write(Owner owner, qint64 id, const Availability &availability) const;

    const EventStore &m_file;
};
