#include "commands/EditEventCommand.h"

#include "storage/EventStore.h"
#include "storage/EventRepository.h"

#include <QCoreApplication>

EditEventCommand::EditEventCommand(EventDocument *document, const Event &before, const Event &after)
    : EditCommand(document, EventDocument::EventPart, QCoreApplication::translate("EditEventCommand", "Edit Event Properties")),
      m_before(before), m_after(after)
{
}

Status EditEventCommand::apply()
{
    return document()->store().event().save(m_after);
}

Status EditEventCommand::revert()
{
    return document()->store().event().save(m_before);
}
