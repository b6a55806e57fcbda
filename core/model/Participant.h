#pragma once

#include "model/Person.h"
#include "model/Vocabulary.h"

#include <QDateTime>
#include <QString>

using ParticipantId = qint64;

// A person's registration for the event.
struct Participant
{
    ParticipantId id = 0;
    PersonId personId = 0;
    ParticipantCategory category = ParticipantCategory::Attendee;
    RegistrationStatus status = RegistrationStatus::Registered;
    QString code; // see RegistrationCode
    QString dietary;
    QString accessibility;
    bool consentList = false;  // may appear on attendee lists shared with others
    bool consentPhoto = false; // may be photographed
    QDateTime checkedIn;       // UTC; invalid until checked in
    bool badgePrinted = false;
    QString notes;
    QDateTime registeredAt; // UTC
    QString desk;           // the desk that checked them in ("Desk 2"); empty before or when unnamed
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    bool isCheckedIn() const { return checkedIn.isValid(); }

    bool operator==(const Participant &o) const
    {
        return id == o.id && personId == o.personId && category == o.category && status == o.status
            && code == o.code && dietary == o.dietary && accessibility == o.accessibility
            && consentList == o.consentList && consentPhoto == o.consentPhoto && checkedIn == o.checkedIn
            && badgePrinted == o.badgePrinted && notes == o.notes && registeredAt == o.registeredAt && desk == o.desk;
    }
    bool operator!=(const Participant &o) const { return !(*this == o); }
};
