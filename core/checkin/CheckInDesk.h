#pragma once

#include "checkin/CheckInOutcome.h"
#include "util/Result.h"

class EventFile;

// The registration desk: decides whether a code may check in (known, not
// cancelled, not yet checked in) and records the arrival. The GUI wraps the
// recording in an undoable command; podium-cli checkin calls both at once.
class CheckInDesk
{
public:
    explicit CheckInDesk(const EventFile &file) : m_file(file) {}
    // Looks the code up and decides, without writing anything.
    Result<CheckInOutcome> consider(const QString &typed) const;
    // Records the arrival time (UTC); an invalid time takes it back (undo).
    Status setCheckedIn(ParticipantId id, const QDateTime &utc) const;

private:
    const EventFile &m_file;
};
