#pragma once

#include "commands/EditCommand.h"
#include "model/EventConstraints.h"

// Changes the event's scheduling rules (times kept free, rooms and limits of
// tracks, minimum gap between one person's sessions) as one undo step.
class SetEventConstraintsCommand : public EditCommand
{
public:
    SetEventConstraintsCommand(EventDocument *document, const EventConstraints &before, const EventConstraints &after,
                               const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    EventConstraints m_before;
    EventConstraints m_after;
};
