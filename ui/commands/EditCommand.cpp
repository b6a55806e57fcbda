#include "commands/EditCommand.h"

EditCommand::EditCommand(EventDocument *document, EventDocument::Parts parts, const QString &text)
    : QUndoCommand(text), m_document(document), m_parts(parts)
{
}

void EditCommand::redo()
{
    finish(apply());
}

void EditCommand::undo()
{
    finish(revert());
}

void EditCommand::finish(const Status &status)
{
    if (!status) {
        setObsolete(true);
        m_document->reportError(status.error());
    }
    m_document->notifyChanged(m_parts);
}
