#pragma once

#include "commands/EditCommand.h"
#include "model/Event.h"

// File ▸ Properties: changes the event's own facts.
class EditEventCommand : public EditCommand
{
public:
    EditEventCommand(EventDocument *document, const Event &before, const Event &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Event m_before;
    Event m_after;
};
