#include "commands/EditEventCommand.h"

#include "storage/EventFile.h"
#include "storage/EventRepository.h"

#include <QCoreApplication>

EditEventCommand::EditEventCommand(EventDocument *document, const Event &before, const Event &after)
    : EditCommand(document, EventDocument::EventPart, QCoreApplication::translate("EditEventCommand", "Edit Event Properties")),
      m_before(before), m_after(after)
{
}

Status EditEventCommand::apply()
{
    return document()->file().event().save(m_after);
}

Status EditEventCommand::revert()
{
    return document()->file().event().save(m_before);
}
