#pragma once

#include "commands/EditCommand.h"
#include "model/Participant.h"

#include <QDateTime>

// Records an arrival at the desk (or, from the table, takes one back).
class CheckInCommand : public EditCommand
{
public:
    // after: the arrival time (UTC), or invalid to mark as not arrived.
    CheckInCommand(EventDocument *document, ParticipantId id, const QDateTime &before, const QDateTime &after,
                   const QString &name);

protected:
    Status apply() override;
    Status revert() override;

private:
    ParticipantId m_id;
    QDateTime m_before;
    QDateTime m_after;
};
