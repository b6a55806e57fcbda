#pragma once

#include "commands/EditCommand.h"
#include "model/ChangeRecord.h"

// History ▸ Revert this change: sets the field back to its old value as a
// new change (recorded, undoable), only while it still holds the value that
// change gave it.
class RevertChangeCommand : public EditCommand
{
public:
    RevertChangeCommand(EventDocument *document, const ChangeRecord &record, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    ChangeRecord m_record;
};
