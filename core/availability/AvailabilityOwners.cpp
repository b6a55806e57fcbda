#include "availability/AvailabilityOwners.h"

namespace {
QString fold(const QString &text)
{
    return text.simplified().toCaseFolded();
}
} // namespace

AvailabilityOwners::AvailabilityOwners(QList<Person> people, QList<Room> rooms)
    : m_people(std::move(people)), m_rooms(std::move(rooms))
{
    for (int i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people[i];
        m_indexOf.insert(p.id, i);
        if (!p.email.trimmed().isEmpty())
            m_byEmail[p.email.trimmed().toLower()] << i;
        if (!p.guid.isEmpty())
            m_byGuid.insert(p.guid.toLower(), i);
        QList<QString> names{fold(p.fullName()), fold(p.displayName())};
        names.removeAll(QString());
        if (names.size() == 2 && names[0] == names[1])
            names.removeLast();
        for (const QString &name : names)
            m_byName[name] << i;
    }
}

std::optional<PersonId> AvailabilityOwners::person(const QString &text, QString *why) const
{
    const QString t = text.trimmed();
    auto one = [&](const QList<int> &found) -> std::optional<PersonId> {
        if (found.size() == 1)
            return m_people[found.first()].id;
        if (why)
            *why = tr("%n people are called “%1”: write their email instead.", nullptr, int(found.size())).arg(t);
        return std::nullopt;
    };
    if (t.contains(QLatin1Char('@'))) {
        QString email = t.toLower();
        if (email.startsWith(QLatin1String("mailto:")))
            email = email.mid(7);
        if (const auto it = m_byEmail.constFind(email); it != m_byEmail.constEnd()) {
            if (it->size() == 1)
                return m_people[it->first()].id;
            if (why)
                *why = tr("%n people have the email “%1”: write their name instead.", nullptr, int(it->size())).arg(t);
            return std::nullopt;
        }
    }
    QString guid = t.toLower();
    if (guid.startsWith(QLatin1String("urn:uuid:")))
        guid = guid.mid(9);
    if (const auto it = m_byGuid.constFind(guid); it != m_byGuid.constEnd())
        return m_people[*it].id;
    if (const auto it = m_byName.constFind(fold(t)); it != m_byName.constEnd())
        return one(*it);
    if (why)
        *why = tr("no one in the event is called or has the email “%1”.").arg(t);
    return std::nullopt;
}

std::optional<RoomId> AvailabilityOwners::room(const QString &text, QString *why) const
{
    const QString t = fold(text);
    for (const Room &r : m_rooms)
        if (fold(r.name) == t)
            return r.id;
    if (why)
        *why = tr("the event has no room called “%1”.").arg(text.trimmed());
    return std::nullopt;
}

QString AvailabilityOwners::personKey(PersonId id) const
{
    const Person *p = personById(id);
    if (!p)
        return {};
    const QString email = p->email.trimmed();
    if (!email.isEmpty() && m_byEmail.value(email.toLower()).size() == 1)
        return email;
    const QString name = p->fullName();
    if (!name.trimmed().isEmpty() && m_byName.value(fold(name)).size() == 1)
        return name;
    return p->guid;
}

QString AvailabilityOwners::roomName(RoomId id) const
{
    for (const Room &r : m_rooms)
        if (r.id == id)
            return r.name;
    return {};
}

const Person *AvailabilityOwners::personById(PersonId id) const
{
    const auto it = m_indexOf.constFind(id);
    return it == m_indexOf.constEnd() ? nullptr : &m_people[*it];
}
