#pragma once

#include "commands/EditCommand.h"
#include "commands/SessionRecord.h"

#include <memory>

// Adds a session with its people, or deletes one; undo does the opposite
// and gives the session back its id, so later commands still find it.
class SessionPresenceCommand : public EditCommand
{
public:
    enum Action { Add, Delete };
    // createdId, when given, receives an added session's id when the command runs.
    SessionPresenceCommand(EventDocument *document, Action action, const SessionRecord &record, const QString &text,
                           std::shared_ptr<SessionId> createdId = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Status insert();
    Status remove();
    Action m_action;
    SessionRecord m_record;
    std::shared_ptr<SessionId> m_createdId;
};
