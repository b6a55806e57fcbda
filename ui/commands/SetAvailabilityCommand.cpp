#include "commands/SetAvailabilityCommand.h"

#include "storage/AvailabilityRepository.h"

namespace {
EventDocument::Parts partsOf(const AvailabilityChange &change)
{
    // The timetable's conflicts change with availability, so the programme refreshes too.
    EventDocument::Parts parts = EventDocument::SessionsPart;
    if (!change.people.isEmpty())
        parts |= EventDocument::PeoplePart;
    if (!change.rooms.isEmpty())
        parts |= EventDocument::RoomsPart;
    return parts;
}
} // namespace

SetAvailabilityCommand::SetAvailabilityCommand(EventDocument *document, const AvailabilityChange &before,
                                               const AvailabilityChange &after, const QString &text)
    : EditCommand(document, partsOf(after), text), m_before(before), m_after(after)
{
}

Status SetAvailabilityCommand::apply()
{
    return AvailabilityRepository(document()->file()).replace(m_after.people, m_after.rooms);
}

Status SetAvailabilityCommand::revert()
{
    return AvailabilityRepository(document()->file()).replace(m_before.people, m_before.rooms);
}
