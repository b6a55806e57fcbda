#pragma once

#include "commands/EditCommand.h"
#include "model/ParticipantRow.h"

// Registers a new person. Undo removes both; redo brings back the same ids and code.
class AddParticipantCommand : public EditCommand
{
public:
    AddParticipantCommand(EventDocument *document, const ParticipantRow &row);
    ParticipantId participantId() const { return m_row.participant.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    ParticipantRow m_row;
};
