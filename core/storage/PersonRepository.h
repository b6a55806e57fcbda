#pragma once

#include "model/Person.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

#include <optional>

class EventFile;

class PersonRepository
{
public:
    explicit PersonRepository(const EventFile &file) : m_file(file) {}
    // Sorted by last name, first name.
    Result<QList<Person>> all() const;
    Result<Person> byId(PersonId id) const;
    // Case-insensitive; the first match when several people share an address.
    Result<std::optional<Person>> findByEmail(const QString &email) const;
    // Keeps person.id when set (undo of a removal); gives a new GUID when it has none.
    Result<PersonId> insert(const Person &person) const;
    Status update(const Person &person) const;
    // Also removes their roles and registrations.
    Status remove(PersonId id) const;
    Result<qint64> count() const;
    // The roles this person has, across sessions.
    Result<QList<SessionRole>> roles(PersonId id) const;

private:
    const EventFile &m_file;
};
