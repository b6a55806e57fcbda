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
    return AvailabilityRepository(document()->store()).replace(m_after.people, m_after.rooms);
}

Status SetAvailabilityCommand::revert()
{
    return AvailabilityRepository(document()->store()).replace(m_before.people, m_before.rooms);
}

SetAvailabilityCommand *SetAvailabilityCommand::clearing(EventDocument *document, const QList<PersonId> &people,
                                                         const QList<RoomId> &rooms, const QString &text)
{
    const AvailabilityRepository repo(document->store());
    AvailabilityChange before;
    AvailabilityChange after;
    for (PersonId id : people)
        if (auto a = repo.ofPerson(id); a && !a->isAlways()) {
            before.people.insert(id, a.value());
            after.people.insert(id, {});
        }
    for (RoomId id : rooms)
        if (auto a = repo.ofRoom(id); a && !a->isAlways()) {
            before.rooms.insert(id, a.value());
            after.rooms.insert(id, {});
        }
    return before.isEmpty() ? nullptr : new SetAvailabilityCommand(document, before, after, text);
}
