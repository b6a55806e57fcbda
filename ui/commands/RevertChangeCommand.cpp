#include "commands/RevertChangeCommand.h"

#include "storage/ChangeLogRepository.h"

RevertChangeCommand::RevertChangeCommand(EventDocument *document, const ChangeRecord &record, const QString &text)
    : EditCommand(document, EventDocument::AllParts, text), m_record(record)
{
}

Status RevertChangeCommand::apply()
{
    return ChangeLogRepository(document()->store()).setField(m_record, m_record.oldValue, m_record.newValue);
}

Status RevertChangeCommand::revert()
{
    return ChangeLogRepository(document()->store()).setField(m_record, m_record.newValue, m_record.oldValue);
}
