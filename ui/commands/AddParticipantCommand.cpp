#include "commands/AddParticipantCommand.h"

#include "commands/ParticipantWriter.h"

#include <QCoreApplication>

AddParticipantCommand::AddParticipantCommand(EventDocument *document, const ParticipantRow &row)
    : EditCommand(document, EventDocument::ParticipantsPart | EventDocument::PeoplePart,
                  QCoreApplication::translate("AddParticipantCommand", "Add %1").arg(row.person.displayName())),
      m_row(row)
{
}

Status AddParticipantCommand::apply()
{
    return ParticipantWriter(document()->store()).insert(m_row, false);
}

Status AddParticipantCommand::revert()
{
    return ParticipantWriter(document()->store()).remove(m_row, true);
}
