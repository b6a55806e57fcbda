#pragma once

#include "commands/EditCommand.h"
#include "commands/SessionRecord.h"

// Any change to an existing session: a move or resize on the grid,
// (un)scheduling, or the session editor's changes including its people.
class EditSessionCommand : public EditCommand
{
public:
    // Changes the session only (its people stay as they are).
    EditSessionCommand(EventDocument *document, const Session &before, const Session &after, const QString &text);
    // Changes the session and replaces its people.
    EditSessionCommand(EventDocument *document, const SessionRecord &before, const SessionRecord &after,
                       const QString &text);

    SessionId sessionId() const { return m_after.session.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const SessionRecord &record) const;
    Status written(const Status &status, const SessionRecord &record);
    SessionRecord m_before;
    SessionRecord m_after;
    bool m_withRoles;
};
