#pragma once

#include "model/Session.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

class EventStore;

class SessionRepository
{
public:
    explicit SessionRepository(const EventStore &file) : m_file(file) {}
    // Scheduled sessions by start time and room, then unscheduled ones.
    Result<QList<Session>> all() const;
    Result<Session> byId(SessionId id) const;
    Result<Session> byGuid(const QString &guid) const;
    // Keeps session.id when set (undo of a removal); gives a new GUID when it has none.
    Result<SessionId> insert(const Session &session) const;
    Status update(const Session &session) const;
    // Also removes the session's roles and links.
    Status remove(SessionId id) const;
    Result<qint64> count() const;

    // The people of a session in order of appearance.
    Result<QList<SessionRole>> roles(SessionId session) const;
    // Every role of every session, ordered by session and position.
    Result<QList<SessionRole>> allRoles() const;
    // Replaces the session's people with these.
    Status setRoles(SessionId session, const QList<SessionRole> &roles) const;
    Status addRole(const SessionRole &role) const;
    // How many distinct people have a role in some session.
    Result<qint64> speakerCount() const;

private:
    // The session's links, then its attachments (kind 'attachment').
    Status writeLinks(SessionId id, const Session &session) const;
    Status readLinks(QList<Session> &sessions) const;
    Result<QList<SessionRole>> readRoles(const QString &where, std::initializer_list<QVariant> binds) const;
    const EventStore &m_file;
};
