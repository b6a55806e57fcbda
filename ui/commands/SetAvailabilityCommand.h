#pragma once

#include "availability/AvailabilityChange.h"
#include "commands/EditCommand.h"

// Sets when people and rooms are available: one person's or room's from
// their editor, or everyone a file names (an import), as one undo step.
// `before` holds what the same people and rooms had (AvailabilityFiles::current).
class SetAvailabilityCommand : public EditCommand
{
public:
    SetAvailabilityCommand(EventDocument *document, const AvailabilityChange &before, const AvailabilityChange &after,
                           const QString &text);

    // Clears the availability of these people and rooms (before deleting
    // them), null when none has any: undone, it writes it back.
    static SetAvailabilityCommand *clearing(EventDocument *document, const QList<PersonId> &people,
                                            const QList<RoomId> &rooms, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    AvailabilityChange m_before;
    AvailabilityChange m_after;
};
