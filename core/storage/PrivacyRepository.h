#pragma once

#include "model/ParticipantBreakdown.h"
#include "model/Person.h"
#include "model/PersonalDataCounts.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

class EventStore;

// The SQL behind personal-data requests: finding everyone with an address,
// removing people for good, anonymising an event, and rewriting the file so
// that removed bytes are gone from it (see core/privacy for the rules).
class PrivacyRepository
{
public:
    explicit PrivacyRepository(const EventStore &file) : m_file(file) {}

    // Everyone whose e-mail address is this one, ignoring case and spaces around it, by id.
    Result<QList<Person>> peopleWithEmail(const QString &email) const;
    // Where else these texts appear (session texts, the event's details,
    // settings), ignoring ASCII case: "session “Title”"...
    Result<QStringList> mentions(const QStringList &texts) const;

    // Registrations per category, organisation type and country.
    Result<ParticipantBreakdown> breakdown() const;
    // What anonymise() would remove now.
    Result<PersonalDataCounts> personalDataCounts() const;

    // Removes these people, their registrations and their roles in sessions,
    // overwriting the deleted records (secure_delete), in one transaction.
    Status removePeople(const QList<PersonId> &ids) const;
    // Clears needs, notes, phones and e-mails of everyone; names, organisation,
    // title, position, biography and outside ids of everyone without a session
    // role; gives every registration a new code. Without keepStatistics, also
    // the organisation type and country of people without a session role.
    // Categories, statuses, consents, check-in and registration times stay.
    Status anonymise(bool keepStatistics) const;

    // Rewrites the file (VACUUM) so deleted records leave no bytes in free
    // pages, and empties a write-ahead or persistent journal. Must run outside
    // any transaction.
    Status compact() const;

private:
    const EventStore &m_file;
};
