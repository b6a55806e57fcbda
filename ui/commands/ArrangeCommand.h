#pragma once

#include "arrange/ArrangePlan.h"
#include "commands/EditCommand.h"

// Programme ▸ Arrange: the arranger's plan as one undoable edit. Redo writes
// every placed and moved session's new place (and takes off those left
// unplaced that had one), undo writes the old places back, each in one transaction.
class ArrangeCommand : public EditCommand
{
public:
    ArrangeCommand(EventDocument *document, ArrangePlan plan, const QString &text);

protected:
    Status apply() override { return m_plan.apply(document()->store()); }
    Status revert() override { return m_plan.revert(document()->store()); }

private:
    ArrangePlan m_plan;
};
