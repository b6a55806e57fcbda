#pragma once

#include "io/ScheduleDocument.h"
#include "model/Person.h"

#include <QHash>
#include <QString>

#include <optional>

// The people of an event as a schedule names them: by GUID, frab id or
// public name. The strongest identity the file gives decides and weaker ones
// are not consulted, so two people who share a name but not a GUID stay two.
// The importer and the merge preview share it, so the preview finds the
// people the import will find.
class SchedulePeopleIndex
{
public:
    void add(const Person &person);
    // A person the schedule brings, under the id they were given.
    void add(const SchedulePerson &person, PersonId id);
    std::optional<PersonId> find(const SchedulePerson &person) const;

    // Names compared as people type them: spacing and case do not matter.
    static QString folded(const QString &name);

private:
    QHash<QString, PersonId> m_byGuid; // lower case: GUIDs are compared as UUIDs
    QHash<qint64, PersonId> m_byId;
    QHash<QString, PersonId> m_byName;
};
