#include "storage/TrackRepository.h"

#include "storage/EventFile.h"
#include "storage/Statement.h"

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
    return t;
}
} // namespace

Result<QList<Track>> TrackRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT id, name, color FROM track ORDER BY name, id"));
    if (Status st = s.exec(); !st)
        return Result<QList<Track>>::failure(st.error());
    QList<Track> tracks;
    while (s.next())
        tracks << read(s);
    return tracks;
}

Result<Track> TrackRepository::byId(TrackId id) const
{
    Statement s(m_file, QStringLiteral("SELECT id, name, color FROM track WHERE id = ?"));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Track>::failure(st.error());
    if (!s.next())
        return Result<Track>::failure(Tr::tr("There is no track with id %1.").arg(id));
    return read(s);
}

Result<TrackId> TrackRepository::insert(const Track &t) const
{
    Statement s(m_file, QStringLiteral("INSERT INTO track (id, name, color) VALUES (?, ?, ?)"), Statement::Cached);
    s.bind({t.id ? QVariant(t.id) : QVariant(), t.name, t.color.name()});
    if (Status st = s.exec(); !st)
        return Result<TrackId>::failure(st.error());
    return s.lastInsertId();
}

Status TrackRepository::update(const Track &t) const
{
    Statement s(m_file, QStringLiteral("UPDATE track SET name = ?, color = ? WHERE id = ?"));
    s.bind({t.name, t.color.name(), t.id});
    return s.exec();
}

Status TrackRepository::remove(TrackId id) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM track WHERE id = ?"));
    s.bind(id);
    return s.exec();
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
