#include "io/SchedulePeopleIndex.h"

QString SchedulePeopleIndex::folded(const QString &name)
{
    return name.simplified().toCaseFolded();
}

void SchedulePeopleIndex::add(const Person &person)
{
    if (!person.guid.isEmpty())
        m_byGuid.insert(person.guid.toLower(), person.id);
    if (person.externalId)
        m_byId.insert(*person.externalId, person.id);
    m_byName.insert(folded(person.displayName()), person.id);
}

void SchedulePeopleIndex::add(const SchedulePerson &person, PersonId id)
{
    if (!person.guid.isEmpty())
        m_byGuid.insert(person.guid.toLower(), id);
    if (person.externalId)
        m_byId.insert(*person.externalId, id);
    m_byName.insert(folded(person.name), id);
}

std::optional<PersonId> SchedulePeopleIndex::find(const SchedulePerson &person) const
{
    if (!person.guid.isEmpty()) {
        if (auto it = m_byGuid.constFind(person.guid.toLower()); it != m_byGuid.constEnd())
            return *it;
    } else if (person.externalId) {
        if (auto it = m_byId.constFind(*person.externalId); it != m_byId.constEnd())
            return *it;
    } else if (auto it = m_byName.constFind(folded(person.name)); it != m_byName.constEnd()) {
        return *it;
    }
    return std::nullopt;
}
