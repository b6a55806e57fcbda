#pragma once

#include "model/Person.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// Who a personal-data request is about. A request comes from an e-mail
// address, and the same human may have been entered twice with it, so
// requests cover everyone with the address (ignoring case).
class DataSubjectFinder
{
public:
    // Everyone with this address, by id (empty when no one has it).
    static Result<QList<Person>> byEmail(const EventStore &file, const QString &email);
    // This person and everyone else with their address (just them when they have none).
    static Result<QList<Person>> sameAddressAs(const EventStore &file, PersonId person);
};
