#include "commands/EditSessionCommand.h"

#include "commands/VersionFollow.h"

#include "storage/EventStore.h"
#include "storage/SessionRepository.h"

EditSessionCommand::EditSessionCommand(EventDocument *document, const Session &before, const Session &after,
                                       const QString &text)
    : EditCommand(document, EventDocument::SessionsPart, text), m_before{before, {}}, m_after{after, {}},
      m_withRoles(false)
{
}

EditSessionCommand::EditSessionCommand(EventDocument *document, const SessionRecord &before,
                                       const SessionRecord &after, const QString &text)
    : EditCommand(document, EventDocument::SessionsPart, text), m_before(before), m_after(after), m_withRoles(true)
{
}

Status EditSessionCommand::apply()
{
    return written(write(m_after), m_after);
}

Status EditSessionCommand::revert()
{
    return written(write(m_before), m_before);
}

Status EditSessionCommand::written(const Status &status, const SessionRecord &record)
{
    if (status) {
        const Session session = record.session;
        VersionFollow::follow(session, m_before.session, m_after.session);
    }
    return status;
}

Status EditSessionCommand::write(const SessionRecord &record) const
{
    const EventStore &file = document()->store();
    return m_withRoles ? record.update(file) : file.sessions().update(record.session);
}
