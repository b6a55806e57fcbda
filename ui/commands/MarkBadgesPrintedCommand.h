#pragma once

#include "commands/EditCommand.h"
#include "model/Participant.h"

#include <QHash>
#include <QList>

// After badges were printed: marks them printed, so that "not yet printed"
// finds only the ones still to do. Undo restores each badge's earlier state.
class MarkBadgesPrintedCommand : public EditCommand
{
public:
    MarkBadgesPrintedCommand(EventDocument *document, const QList<Participant> &printed);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(bool restore);
    QHash<ParticipantId, bool> m_before; // participant -> badgePrinted before
};
