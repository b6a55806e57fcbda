#include "designer/DesignChangeCommand.h"

DesignChangeCommand::DesignChangeCommand(DesignEditor *editor, const Design &before, const Design &after,
                                         int selectedAfter, const QString &text, const QString &mergeKey)
    : QUndoCommand(text), m_editor(editor), m_before(before), m_after(after), m_side(editor->side()),
      m_selectedBefore(editor->selected()), m_selectedAfter(selectedAfter), m_mergeKey(mergeKey)
{
}

void DesignChangeCommand::redo()
{
    m_editor->restore(m_after, m_side, m_selectedAfter);
}

void DesignChangeCommand::undo()
{
    m_editor->restore(m_before, m_side, m_selectedBefore);
}

int DesignChangeCommand::id() const
{
    // Commands without a key never merge (-1); keyed ones are compared in mergeWith().
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DesignChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DesignChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_side != m_side)
        return false;
    m_after = next->m_after;
    m_selectedAfter = next->m_selectedAfter;
    return true;
}
