#include "storage/AvailabilityRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

namespace {

QString column(bool person)
{
    return person ? QStringLiteral("person_id") : QStringLiteral("room_id");
}

AvailabilitySpan readSpan(const Statement &s, int first)
{
    AvailabilitySpan span;
    span.start = Statement::utc(s.value(first));
    span.end = Statement::utc(s.value(first + 1));
    span.kind = Vocabulary<AvailabilityKind>::fromKey(s.value(first + 2).toString()).value_or(AvailabilityKind::Available);
    return span;
}

} // namespace

Result<Availability> AvailabilityRepository::ofPerson(PersonId person) const
{
    return of(Owner::Person, person);
}

Result<Availability> AvailabilityRepository::ofRoom(RoomId room) const
{
    return of(Owner::Room, room);
}

Status AvailabilityRepository::setPerson(PersonId person, const Availability &availability) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status st = write(Owner::Person, person, availability); !st)
        return st;
    return transaction.commit();
}

Status AvailabilityRepository::setRoom(RoomId room, const Availability &availability) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status st = write(Owner::Room, room, availability); !st)
        return st;
    return transaction.commit();
}

Result<QHash<PersonId, Availability>> AvailabilityRepository::allPeople() const
{
    return all(Owner::Person);
}

Result<QHash<RoomId, Availability>> AvailabilityRepository::allRooms() const
{
    return all(Owner::Room);
}

Status AvailabilityRepository::replace(const QHash<PersonId, Availability> &people,
                                       const QHash<RoomId, Availability> &rooms) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        if (Status st = write(Owner::Person, it.key(), it.value()); !st)
            return st;
    for (auto it = rooms.cbegin(); it != rooms.cend(); ++it)
        if (Status st = write(Owner::Room, it.key(), it.value()); !st)
            return st;
    return transaction.commit();
}

Result<Availability> AvailabilityRepository::of(Owner owner, qint64 id) const
{
    Statement s(m_file, QStringLiteral("SELECT start_utc, end_utc, kind FROM availability WHERE %1 = ? ORDER BY start_utc")
                            .arg(column(owner == Owner::Person)));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Availability>::failure(st.error());
    Availability availability;
    while (s.next())
        availability.spans << readSpan(s, 0);
    return availability;
}

Result<QHash<qint64, Availability>> AvailabilityRepository::all(Owner owner) const
{
    const QString key = column(owner == Owner::Person);
    Statement s(m_file, QStringLiteral("SELECT %1, start_utc, end_utc, kind FROM availability WHERE %1 IS NOT NULL "
                                       "ORDER BY %1, start_utc")
                            .arg(key));
    if (Status st = s.exec(); !st)
        return Result<QHash<qint64, Availability>>::failure(st.error());
    QHash<qint64, Availability> out;
    while (s.next())
        out[s.value(0).toLongLong()].spans << readSpan(s, 1);
    return out;
}

Status AvailabilityRepository::write(Owner owner, qint64 id, const Availability &availability) const
{
    const QString key = column(owner == Owner::Person);
    Statement clear(m_file, QStringLiteral("DELETE FROM availability WHERE %1 = ?").arg(key));
    clear.bind(id);
    if (Status st = clear.exec(); !st)
        return st;
    for (const AvailabilitySpan &span : availability.normalised().spans) {
        Statement s(m_file, QStringLiteral("INSERT INTO availability (%1, start_utc, end_utc, kind) VALUES (?, ?, ?, ?)")
                                .arg(key),
                    Statement::Cached);
        s.bind({id, Statement::utc(span.start), Statement::utc(span.end), toKey(span.kind)});
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}
