#include "commands/EditCommand.h"

#include <QCoreApplication>

EditCommand::EditCommand(EventDocument *document, EventDocument::Parts parts, const QString &text)
    : QUndoCommand(text), m_document(document), m_parts(parts)
{
}

void EditCommand::redo()
{
    const Status status = apply();
    finish(status);
    if (!status)
        return;
    if (m_applied)
        m_document->reportDone(QCoreApplication::translate("EditCommand", "Redone: %1").arg(text()));
    else if (!m_doneText.isEmpty())
        m_document->reportDone(m_doneText);
    else
        m_document->reportDone(QCoreApplication::translate("EditCommand", "Done: %1").arg(text()));
    m_applied = true;
}

void EditCommand::undo()
{
    const Status status = revert();
    finish(status);
    if (status)
        m_document->reportDone(QCoreApplication::translate("EditCommand", "Undone: %1").arg(text()));
}

void EditCommand::finish(const Status &status)
{
    if (!status) {
        setObsolete(true);
        if (status.conflict())
            m_document->reportConflict(*status.conflict(), status.error());
        else
            m_document->reportError(status.error());
    }
    m_document->notifyChanged(m_parts);
}
