#pragma once

#include "model/ParticipantRow.h"

#include <QDateTime>
#include <QString>

// A registration checked in at two desks while one of them was offline: the
// check-in that desk queued, and the one it found when it sent it. The
// registration keeps the earlier; both desks are told, with both times.
struct DoubleCheckIn
{
    qint64 id = 0;
    ParticipantRow row;  // who (name, organisation, code)
    QString queuedDesk;  // the desk that was offline
    QDateTime queuedUtc;
    QString otherDesk;   // the desk whose check-in reached the event first
    QDateTime otherUtc;

    // Whether `desk` is one of the two.
    bool involves(const QString &desk) const { return queuedDesk == desk || otherDesk == desk; }
};
