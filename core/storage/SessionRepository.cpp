#include "storage/SessionRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "storage/VersionedUpdate.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionRepository)
};

const QString columns = QStringLiteral(
    "id, guid, external_id, title, subtitle, abstract, description, type, track_id, room_id, start_utc, "
    "duration_min, language, status, expected_attendance, recording_optout, url, slug, type_name, version");

const QString attachmentKind = QStringLiteral("attachment");

Session read(const Statement &s)
{
    Session x;
    x.id = s.value(0).toLongLong();
    x.guid = s.value(1).toString();
    x.externalId = Statement::optionalId(s.value(2));
    x.title = s.value(3).toString();
    x.subtitle = s.value(4).toString();
    x.abstract = s.value(5).toString();
    x.description = s.value(6).toString();
    x.type = Vocabulary<SessionType>::fromKey(s.value(7).toString()).value_or(SessionType::Other);
    x.trackId = Statement::optionalId(s.value(8));
    x.roomId = Statement::optionalId(s.value(9));
    x.start = Statement::utc(s.value(10));
    x.durationMinutes = s.value(11).toInt();
    x.language = s.value(12).toString();
    x.status = Vocabulary<SessionStatus>::fromKey(s.value(13).toString()).value_or(SessionStatus::Draft);
    if (!s.value(14).isNull())
        x.expectedAttendance = s.value(14).toInt();
    x.recordingOptOut = s.value(15).toBool();
    x.url = s.value(16).toString();
    x.slug = s.value(17).toString();
    x.typeName = s.value(18).toString();
    x.version = s.value(19).toInt();
    return x;
}

// A session_link row (url, title, kind, type from `first`) into the session's links or attachments.
void addLink(Session &session, const Statement &s, int first)
{
    SessionLink link{s.value(first).toString(), s.value(first + 1).toString(), s.value(first + 3).toString()};
    (s.value(first + 2).toString() == attachmentKind ? session.attachments : session.links) << link;
}

QVariantList values(const Session &x)
{
    return {x.externalId ? QVariant(*x.externalId) : QVariant(), x.title, x.subtitle, x.abstract, x.description,
            toKey(x.type), Statement::nullable(x.trackId), Statement::nullable(x.roomId), Statement::utc(x.start),
            x.durationMinutes, x.language, toKey(x.status), Statement::nullable(x.expectedAttendance),
            x.recordingOptOut ? 1 : 0, x.url, x.slug, x.typeName};
}

SessionRole readRole(const Statement &s)
{
    SessionRole r;
    r.sessionId = s.value(0).toLongLong();
    r.personId = s.value(1).toLongLong();
    r.role = Vocabulary<Role>::fromKey(s.value(2).toString()).value_or(Role::Speaker);
    r.position = s.value(3).toInt();
    return r;
}
} // namespace

Result<QList<Session>> SessionRepository::all() const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM session ORDER BY start_utc IS NULL, start_utc, room_id, id")
                            .arg(columns));
    if (Status st = s.exec(); !st)
        return Result<QList<Session>>::failure(st.error());
    QList<Session> sessions;
    while (s.next())
        sessions << read(s);
    if (Status st = readLinks(sessions); !st)
        return Result<QList<Session>>::failure(st.error());
    return sessions;
}

Status SessionRepository::readLinks(QList<Session> &sessions) const
{
    QHash<SessionId, int> index;
    for (int i = 0; i < sessions.size(); ++i)
        index.insert(sessions[i].id, i);
    Statement s(m_file, QStringLiteral("SELECT session_id, url, title, kind, type FROM session_link "
                                       "ORDER BY session_id, position"));
    if (Status st = s.exec(); !st)
        return st;
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it != index.constEnd())
            addLink(sessions[*it], s, 1);
    }
    return {};
}

Result<Session> SessionRepository::byId(SessionId id) const
{
    Statement s(m_file, QStringLiteral("SELECT %1 FROM session WHERE id = ?").arg(columns));
    s.bind(id);
    if (Status st = s.exec(); !st)
        return Result<Session>::failure(st.error());
    if (!s.next())
        return Result<Session>::failure(Tr::tr("There is no session with id %1.").arg(id));
    Session x = read(s);
    Statement l(m_file, QStringLiteral("SELECT url, title, kind, type FROM session_link WHERE session_id = ? "
                                       "ORDER BY position"));
    l.bind(id);
    if (Status st = l.exec(); !st)
        return Result<Session>::failure(st.error());
    while (l.next())
        addLink(x, l, 0);
    return x;
}

Result<Session> SessionRepository::byGuid(const QString &guid) const
{
    auto id = Statement::scalar(m_file, QStringLiteral("SELECT id FROM session WHERE guid = ?"), {guid});
    if (!id)
        return Result<Session>::failure(id.error());
    if (id.value() == 0)
        return Result<Session>::failure(Tr::tr("There is no session with GUID %1.").arg(guid));
    return byId(id.value());
}

Result<SessionId> SessionRepository::insert(const Session &x) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Result<SessionId>::failure(transaction.error());
    Statement s(m_file,
                m_file.dialect().returningId(
                    QStringLiteral("INSERT INTO session (id, guid, external_id, title, subtitle, abstract, description, type, "
                               "track_id, room_id, start_utc, duration_min, language, status, expected_attendance, "
                               "recording_optout, url, slug, type_name, version) "
                               "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(m_file.dialect().newRowId(QStringLiteral("session")))),
                Statement::Cached);
    const QString guid = x.guid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : x.guid;
    s.bind({x.id ? QVariant(x.id) : QVariant(), guid});
    for (const QVariant &v : values(x))
        s.bind(v);
    s.bind(std::max(x.version, 1));
    if (Status st = s.exec(); !st)
        return Result<SessionId>::failure(st.error());
    const SessionId id = s.lastInsertId();
    if (Status st = writeLinks(id, x); !st)
        return Result<SessionId>::failure(st.error());
    if (Status st = transaction.commit(); !st)
        return Result<SessionId>::failure(st.error());
    return id;
}

Status SessionRepository::update(const Session &x) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    QVariantList bound = values(x);
    bound << x.guid;
    const Status updated = VersionedUpdate(m_file, QStringLiteral("session"))
                               .run(QStringLiteral("external_id = ?, title = ?, subtitle = ?, abstract = ?, "
                                                   "description = ?, type = ?, track_id = ?, room_id = ?, start_utc = ?, "
                                                   "duration_min = ?, language = ?, status = ?, expected_attendance = ?, "
                                                   "recording_optout = ?, url = ?, slug = ?, type_name = ?, guid = ?"),
                                    bound, x.id, x.version);
    if (!updated)
        return updated;
    if (Status st = writeLinks(x.id, x); !st)
        return st;
    return transaction.commit();
}

Status SessionRepository::writeLinks(SessionId id, const Session &session) const
{
    Statement clear(m_file, QStringLiteral("DELETE FROM session_link WHERE session_id = ?"), Statement::Cached);
    clear.bind(id);
    if (Status st = clear.exec(); !st)
        return st;
    int position = 0;
    const QString linkKind = QStringLiteral("link");
    for (const auto &[kind, list] : {std::pair{&linkKind, &session.links}, std::pair{&attachmentKind, &session.attachments}}) {
        for (const SessionLink &link : *list) {
            Statement s(m_file, QStringLiteral("INSERT INTO session_link (session_id, position, url, title, kind, type) "
                                               "VALUES (?, ?, ?, ?, ?, ?)"),
                        Statement::Cached);
            s.bind({id, position++, link.url, link.title, *kind, link.type});
            if (Status st = s.exec(); !st)
                return st;
        }
    }
    return {};
}

Status SessionRepository::remove(SessionId id) const
{
    Statement s(m_file, QStringLiteral("DELETE FROM session WHERE id = ?"));
    s.bind(id);
    return s.exec();
}

Result<qint64> SessionRepository::count() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM session"));
}

Result<QList<SessionRole>> SessionRepository::readRoles(const QString &where, std::initializer_list<QVariant> binds) const
{
    Statement s(m_file, QStringLiteral("SELECT session_id, person_id, role, position FROM session_person %1 "
                                       "ORDER BY session_id, position, %2")
                            .arg(where, m_file.dialect().insertionOrder()));
    s.bind(binds);
    if (Status st = s.exec(); !st)
        return Result<QList<SessionRole>>::failure(st.error());
    QList<SessionRole> out;
    while (s.next())
        out << readRole(s);
    return out;
}

Result<QList<SessionRole>> SessionRepository::roles(SessionId session) const
{
    return readRoles(QStringLiteral("WHERE session_id = ?"), {session});
}

Result<QList<SessionRole>> SessionRepository::allRoles() const
{
    return readRoles(QString(), {});
}

Status SessionRepository::setRoles(SessionId session, const QList<SessionRole> &roles) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    Statement clear(m_file, QStringLiteral("DELETE FROM session_person WHERE session_id = ?"));
    clear.bind(session);
    if (Status st = clear.exec(); !st)
        return st;
    for (SessionRole r : roles) {
        r.sessionId = session;
        if (Status st = addRole(r); !st)
            return st;
    }
    return transaction.commit();
}

Status SessionRepository::addRole(const SessionRole &r) const
{
    Statement s(m_file, QStringLiteral("INSERT INTO session_person (session_id, person_id, role, position) "
                                       "VALUES (?, ?, ?, ?) ON CONFLICT (session_id, person_id, role) "
                                       "DO UPDATE SET position = excluded.position"),
                Statement::Cached);
    s.bind({r.sessionId, r.personId, toKey(r.role), r.position});
    return s.exec();
}

Result<qint64> SessionRepository::speakerCount() const
{
    return Statement::scalar(m_file, QStringLiteral("SELECT COUNT(DISTINCT person_id) FROM session_person"));
}
