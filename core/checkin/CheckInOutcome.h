#pragma once

#include "model/ParticipantRow.h"

#include <QDateTime>
#include <QString>

// What the check-in desk says about a typed or scanned code.
struct CheckInOutcome
{
    enum class Kind { Accepted, UnknownCode, Cancelled, AlreadyCheckedIn };
    Kind kind = Kind::UnknownCode;
    QString code;         // normalised
    ParticipantRow row;   // when the code is known
    QString reason;       // for a refusal: "already checked in at 09:12"; empty when accepted

    bool accepted() const { return kind == Kind::Accepted; }
};
