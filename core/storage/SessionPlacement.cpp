#include "storage/SessionPlacement.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"

QString SessionPlacement::column() const
{
    return m_column == Column::Room ? QStringLiteral("room_id") : QStringLiteral("track_id");
}

Result<QList<SessionId>> SessionPlacement::sessions(qint64 id) const
{
    Statement s(m_file, QStringLiteral("SELECT id FROM session WHERE %1 = ? ORDER BY id").arg(column()));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<QList<SessionId>>::failure(st.error());
    QList<SessionId> ids;
    while (s.next())
        ids << s.value(0).toLongLong();
    return ids;
}

Result<qint64> SessionPlacement::count(qint64 id) const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM session WHERE %1 = ?").arg(column()), {id});
}

Status SessionPlacement::place(const QList<SessionId> &sessions, qint64 id) const
{
    for (SessionId session : sessions) {
        Statement s(m_file, QStringLiteral("UPDATE session SET %1 = ?, version = version + 1 WHERE id = ?").arg(column()));
        s.bind({id, session});
        if (Status st = s.exec(); !st)
            return st;
    }
    return {};
}
