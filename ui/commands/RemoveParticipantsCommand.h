#pragma once

#include "commands/EditCommand.h"
#include "model/ParticipantRow.h"

#include <QList>

// Deletes registrations. A person goes too unless they have a role in the
// programme (a speaker stays a speaker). Undo restores everything with the same ids and codes.
class RemoveParticipantsCommand : public EditCommand
{
public:
    // rows: complete (loaded from the file, guid included).
    RemoveParticipantsCommand(EventDocument *document, const QList<ParticipantRow> &rows);

protected:
    Status apply() override;
    Status revert() override;

private:
    struct Removal
    {
        ParticipantRow row;
        bool removePerson = false;
    };
    QList<Removal> m_removals;
};
