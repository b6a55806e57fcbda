#include "commands/SetEventConstraintsCommand.h"

#include "storage/ConstraintRepository.h"

SetEventConstraintsCommand::SetEventConstraintsCommand(EventDocument *document, const EventConstraints &before,
                                                       const EventConstraints &after, const QString &text)
    : EditCommand(document, EventDocument::SessionsPart | EventDocument::TracksPart, text), m_before(before),
      m_after(after)
{
}

Status SetEventConstraintsCommand::apply()
{
    return ConstraintRepository(document()->store()).setEvent(m_after);
}

Status SetEventConstraintsCommand::revert()
{
    return ConstraintRepository(document()->store()).setEvent(m_before);
}
