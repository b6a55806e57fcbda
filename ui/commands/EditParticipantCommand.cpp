#include "commands/EditParticipantCommand.h"

#include "commands/ParticipantWriter.h"

#include <QCoreApplication>

EditParticipantCommand::EditParticipantCommand(EventDocument *document, const ParticipantRow &before,
                                               const ParticipantRow &after, const QString &text)
    : EditCommand(document, EventDocument::ParticipantsPart | EventDocument::PeoplePart,
                  text.isEmpty() ? QCoreApplication::translate("EditParticipantCommand", "Edit %1")
                                       .arg(after.person.displayName())
                                 : text),
      m_before(before), m_after(after)
{
}

Status EditParticipantCommand::apply()
{
    return ParticipantWriter(document()->store()).update(m_before, m_after, m_before, m_after);
}

Status EditParticipantCommand::revert()
{
    return ParticipantWriter(document()->store()).update(m_after, m_before, m_before, m_after);
}
