#pragma once

#include "model/Participant.h"

#include <QDateTime>
#include <QString>

// What the event's store answered to one check-in by code (DoorRepository):
// recorded or not, and the check-in it held before (which desk, when).
struct DoorCheckIn
{
    ParticipantId participantId = 0; // 0: no registration has the code
    bool recorded = false;           // this check-in is the one the registration now holds
    QDateTime priorUtc;              // the check-in it held before, if any
    QString priorDesk;
    qint64 doubleCheckInId = 0;      // the double check-in recorded for a queued one (0: none)

    bool found() const { return participantId != 0; }
};
