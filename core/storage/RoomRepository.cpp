#include "storage/RoomRepository.h"

#include "storage/EventFile.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RoomRepository)
};
const QString columns = QStringLiteral("id, name, capacity, location, position");
Room read(const Statement &s)
{
    Room r;
    r.id = s.value(0).toLongLong();
    r.name = s.value(1).toString();
    r.capacity = s.value(2).toInt();
    r.location = s.value(3).toString();
    r.position = s.value(4).toInt();
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
    Statement s(m_file, QStringLiteral("INSERT INTO room (id, name, capacity, location, position) VALUES (?, ?, ?, ?, ?)"),
                Statement::Cached);
    s.bind({r.id ? QVariant(r.id) : QVariant(), r.name, r.capacity, r.location, r.position});
    if (Status st = s.exec(); !st)
        return Result<RoomId>::failure(st.error());
    return s.lastInsertId();
}

Status RoomRepository::update(const Room &r) const
{
    Statement s(m_file, QStringLiteral("UPDATE room SET name = ?, capacity = ?, location = ?, position = ? WHERE id = ?"));
    s.bind({r.name, r.capacity, r.location, r.position, r.id});
    return s.exec();
}

Status RoomRepository::remove(RoomId id) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM room WHERE id = ?"));
    s.bind(id);
    return s.exec();
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
