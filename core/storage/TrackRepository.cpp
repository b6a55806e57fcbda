#include "storage/TrackRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/VersionedUpdate.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrackRepository)
};
Track read(const Statement &s)
{
    Track t;
    t.id = s.value(0).toLongLong();
    t.name = s.value(1).toString();
    t.color = QColor(s.value(2).toString());
    t.version = s.value(3).toInt();
    return t;
}
} // namespace

Result<QList<Track>> TrackRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT id, name, color, version FROM track ORDER BY name, id"));
    if (Status st = s.exec(); !st)
        return Result<QList<Track>>::failure(st.error());
    QList<Track> tracks;
    while (s.next())
        tracks << read(s);
    return tracks;
}

Result<Track> TrackRepository::byId(TrackId id) const
{
    Statement s(m_file, QStringLiteral("SELECT id, name, color, version FROM track WHERE id = ?"));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Track>::failure(st.error());
    if (!s.next())
        return Result<Track>::failure(Tr::tr("There is no track with id %1.").arg(id));
    return read(s);
}

Result<TrackId> TrackRepository::insert(const Track &t) const
{
    Statement s(m_file, m_file.dialect().returningId(
                    QStringLiteral("INSERT INTO track (id, name, color, version) VALUES (%1, ?, ?, ?)").arg(m_file.dialect().newRowId(QStringLiteral("track")))), Statement::Cached);
    s.bind({t.id ? QVariant(t.id) : QVariant(), t.name, t.color.name(), std::max(t.version, 1)});
    if (Status st = s.exec(); !st)
        return Result<TrackId>::failure(st.error());
    return s.lastInsertId();
}

Status TrackRepository::update(const Track &t) const
{
    return VersionedUpdate(m_file, QStringLiteral("track")).run(QStringLiteral("name = ?, color = ?"),
                                                                {t.name, t.color.name()}, t.id, t.version);
}

Status TrackRepository::remove(TrackId id) const
{
    // As RoomRepository::remove: the sessions lose their track as a recorded change.
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    Statement unplace(m_file, QStringLiteral("UPDATE session SET track_id = NULL, version = version + 1 WHERE track_id = ?"));
    unplace.bind(id);
    if (Status st = unplace.exec(); !st)
        return st;
    Statement s(m_file, QStringLiteral("DELETE FROM track WHERE id = ?"));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return st;
    return transaction.commit();
}

Result<qint64> TrackRepository::count() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM track"));
}

Result<qint64> TrackRepository::sessionCount(TrackId id) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Track).count(id);
}

Result<TrackRepository::Record> TrackRepository::record(TrackId id) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Track).record(*this, id);
}

Status TrackRepository::restore(const Record &record) const
{
    return SessionPlacement(m_file, SessionPlacement::Column::Track).restore(*this, record);
}
