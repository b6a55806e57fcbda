#pragma once

#include "model/Person.h"
#include "model/Room.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The people and rooms of an event as availability files name them: a
// person by email, GUID or name, a room by name (case does not matter).
// Exports write what imports find again: the email when the person has one
// that nobody else shares, otherwise the name, or the GUID when two people
// share that name too.
class AvailabilityOwners
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityOwners)
public:
    AvailabilityOwners(QList<Person> people, QList<Room> rooms);

    // The person a text names, or why none: "no one", "two people".
    std::optional<PersonId> person(const QString &text, QString *why) const;
    std::optional<RoomId> room(const QString &text, QString *why) const;
    // What an export writes to name them.
    QString personKey(PersonId id) const;
    QString roomName(RoomId id) const;
    const Person *personById(PersonId id) const;
    const QList<Person> &people() const { return m_people; }
    const QList<Room> &rooms() const { return m_rooms; }

private:
    QList<Person> m_people;
    QList<Room> m_rooms;
    QHash<QString, QList<int>> m_byEmail; // lower-case email -> people
    QHash<QString, int> m_byGuid;
    QHash<QString, QList<int>> m_byName; // case-folded full and display names -> people
    QHash<PersonId, int> m_indexOf;
};
