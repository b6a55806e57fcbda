#pragma once

#include "commands/EditCommand.h"
#include "model/ParticipantRow.h"

// Changes one participant (their person and registration), from the table or the form.
class EditParticipantCommand : public EditCommand
{
public:
    EditParticipantCommand(EventDocument *document, const ParticipantRow &before, const ParticipantRow &after,
                           const QString &text = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    ParticipantRow m_before;
    ParticipantRow m_after;
};
