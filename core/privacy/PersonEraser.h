#pragma once

#include "model/Person.h"
#include "privacy/ErasurePlan.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

class EventStore;

// Erasure on request (GDPR right to erasure): removes people with their
// registrations and their roles in sessions, for good. Sessions they spoke
// at stay, without them: no placeholder name is kept. The file is then
// rewritten so that their name and address are gone from its bytes too,
// including free space and journal files.
class PersonEraser
{
    Q_DECLARE_TR_FUNCTIONS(PersonEraser)
public:
    explicit PersonEraser(const EventStore &file) : m_file(file) {}

    // What erase() would remove for these people.
    Result<ErasurePlan> plan(const QList<Person> &people) const;
    // Removes the plan's people (one transaction), then compacts the file.
    Status erase(const ErasurePlan &plan) const;

private:
    const EventStore &m_file;
};
