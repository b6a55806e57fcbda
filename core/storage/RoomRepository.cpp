#include "storage/RoomRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/VersionedUpdate.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoomRepository)
};
const QString columns = QStringLiteral("id, name, capacity, location, position, version");
Room read(const Statement &s)
{
    Room r;
    r.id = s.value(0).toLongLong();
    r.name = s.value(1).toString();
    r.capacity = s.value(2).toInt();
    r.location = s.value(3).toString();
    r.position = s.value(4).toInt();
    r.version = s.value(5).toInt();
    return r;
}
} // namespace

Result<QList<Room>> RoomRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM room ORDER BY position, id").arg(columns));
    if (Status st = s.exec(); !st)
        return Result<QList<Room>>::failure(st.error());
    QList<Room> rooms;
    while (s.next())
        rooms << read(s);
    return rooms;
}

Result<Room> RoomRepository::byId(RoomId id) const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM room WHERE id = ?").arg(columns));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Room>::failure(st.error());
    if (!s.next())
        return Result<Room>::failure(Tr::tr("There is no room with id %1.").arg(id));
    return read(s);
}

Result<RoomId> RoomRepository::insert(const Room &r) const
{
    Statement s(m_file, m_file.dialect().returningId(
                    QStringLiteral("INSERT INTO room (id, name, capacity, location, position, version) VALUES (%1, ?, ?, ?, ?, ?)").arg(m_file.dialect().newRowId(QStringLiteral("room")))),
                Statement::Cached);
    s.bind({r.id ? QVariant(r.id) : QVariant(), r.name, r.capacity, r.location, r.position, std::max(r.version, 1)});
    if (Status st = s.exec(); !st)
        return Result<RoomId>::failure(st.error());
    return s.lastInsertId();
}

Status RoomRepository::update(const Room &r) const
{
    return VersionedUpdate(m_file, QStringLiteral("room"))
        .run(QStringLiteral("name = ?, capacity = ?, location = ?, position = ?"),
             {r.name, r.capacity, r.location, r.position}, r.id, r.version);
}

Status RoomRepository::remove(RoomId id) const
{
    // Its sessions lose their room as a change of theirs (recorded, version
    // raised) rather than by the foreign key, which every row's version check refuses.
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    Statement unplace(m_file, QStringLiteral("UPDATE session SET room_id = NULL, version = version + 1 WHERE room_id = ?"));
    unplace.bind(id);
    if (Status st = unplace.exec(); !st)
        return st;
    Statement s(m_file, QStringLiteral("DELETE FROM room WHERE id = ?"));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return st;
    return transaction.commit();
}

Result<qint64> RoomRepository::count() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM room"));
}

Result<qint64> RoomRepository::sessionCount(RoomId id) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Room).count(id);
}

Result<RoomRepository::Record> RoomRepository::record(RoomId id) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Room).record(*this, id);
}

Status RoomRepository::restore(const Record &record) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Room).restore(*this, record);
}
