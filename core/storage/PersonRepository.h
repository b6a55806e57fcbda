#pragma once

#include "model/Participant.h"
#include "model/Person.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

#include <optional>

class EventStore;
class Statement;

class PersonRepository
{
public:
    using Item = Person;
    // Everything that removing a person deletes: enough to put them back exactly.
    struct Record
    {
        Person person;
        QList<SessionRole> roles;
        QList<Participant> registrations;
    };

    explicit PersonRepository(const EventStore &file) : m_file(file) {}
    // Sorted by last name, first name.
    Result<QList<Person>> all() const;
    // The people with a role in a session (speakers, chairs...), sorted the same way:
    // what a programme needs, without reading every registered participant.
    Result<QList<Person>> withRoles() const;
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

    Result<Record> record(PersonId id) const;
    // Puts people back as recorded (same ids, roles and registrations), in one
    // transaction; people that exist are overwritten, with their current roles
    // and registrations replaced by the recorded ones.
    Status restore(const QList<Record> &records) const;
    Status restore(const Record &record) const { return restore(QList<Record>{record}); }

    // For storage classes reading people in their own queries: the column list
    // (each prefixed with `alias.` when given) and the reader of those columns.
    static QString selectColumns(const QString &alias = QString());
    static Person read(const Statement &statement);
    static int columnCount();

private:
    // The people matching a WHERE clause (or all), sorted by name.
    Result<QList<Person>> select(const QString &where) const;
    const EventStore &m_file;
};
