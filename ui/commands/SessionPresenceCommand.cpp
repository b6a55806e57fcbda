#include "commands/SessionPresenceCommand.h"

#include "storage/EventStore.h"
#include "storage/SessionRepository.h"

SessionPresenceCommand::SessionPresenceCommand(EventDocument *document, Action action, const SessionRecord &record,
                                               const QString &text, std::shared_ptr<SessionId> createdId)
    : EditCommand(document, EventDocument::SessionsPart | EventDocument::PeoplePart, text), m_action(action),
      m_record(record), m_createdId(std::move(createdId))
{
}

Status SessionPresenceCommand::apply()
{
    return m_action == Add ? insert() : remove();
}

Status SessionPresenceCommand::revert()
{
    return m_action == Add ? remove() : insert();
}

Status SessionPresenceCommand::insert()
{
    auto id = m_record.insert(document()->store());
    if (!id)
        return Status::failure(id.error());
    m_record.session.id = id.value();
    for (SessionRole &role : m_record.roles)
        role.sessionId = id.value();
    if (m_createdId)
        *m_createdId = id.value();
    return {};
}

Status SessionPresenceCommand::remove()
{
    return document()->store().sessions().remove(m_record.session.id);
}
