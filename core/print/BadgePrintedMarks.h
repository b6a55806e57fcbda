#pragma once

#include "model/Participant.h"
#include "util/Result.h"

#include <QHash>

class EventStore;

// Which badges are printed, written in one transaction: after printing (the
// GUI, undoably, and `podium-cli export badges --mark-printed`), so that
// "not printed yet" then finds only the badges still to do.
class BadgePrintedMarks
{
public:
    // Sets each participant's badge-printed flag to the value given; participants removed meanwhile are skipped.
    static Status write(const EventStore &file, const QHash<ParticipantId, bool> &printed);
    // Marks these participants' badges printed.
    static Status markPrinted(const EventStore &file, const QList<Participant> &printed);
};
