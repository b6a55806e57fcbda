#pragma once

#include "designer/DesignEditor.h"

#include <QUndoCommand>

// One change of the design in the designer: the design before and after, and
// the side and element that were being edited, which undo and redo show again.
// Changes with the same merge key (typing into one field, nudging one element)
// merge into one step.
class DesignChangeCommand : public QUndoCommand
{
public:
    // selectedAfter: the element selected once the change is made (an added one, say).
    DesignChangeCommand(DesignEditor *editor, const Design &before, const Design &after, int selectedAfter,
                        const QString &text, const QString &mergeKey);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    DesignEditor *m_editor;
    Design m_before;
    Design m_after;
    DesignEditor::Side m_side;
    int m_selectedBefore;
    int m_selectedAfter;
    QString m_mergeKey;
};
