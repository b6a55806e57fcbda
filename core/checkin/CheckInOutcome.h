#pragma once

#include "model/ParticipantRow.h"

#include <QDateTime>
#include <QString>

// What the check-in desk says about a typed or scanned code, or a person chosen by name.
struct CheckInOutcome
{
    enum class Kind {
        Accepted,         // may check in
        UnknownCode,      // nobody has this code
        AlreadyCheckedIn, // arrived before, at checkedInLocal
        Waitlisted,       // on the waiting list: check in only when the desk confirms
        Cancelled,        // registration cancelled: check in only when the desk confirms
    };
    Kind kind = Kind::UnknownCode;
    QString code;            // normalised
    ParticipantRow row;      // when the code is known
    QDateTime checkedInLocal; // the earlier arrival, in the event's time zone (AlreadyCheckedIn)
    QString reason;          // for anything but Accepted: "already checked in at 09:12"

    bool accepted() const { return kind == Kind::Accepted; }
    // Someone a person at the desk may still let in, after a second look.
    bool needsConfirmation() const { return kind == Kind::Waitlisted || kind == Kind::Cancelled; }
    bool found() const { return row.participant.id != 0; }
};
