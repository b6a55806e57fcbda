#pragma once

#include "model/Participant.h"
#include "privacy/ConsentPolicy.h"
#include "util/Result.h"

#include <QList>
#include <QString>

class EventStore;

// Turns ConsentPolicy's filter into SQL, so an export of thousands of
// registrations asks SQLite for the ones that may appear instead of loading
// everyone and filtering in C++. Exports and printed lists add where() to
// their own queries on the participant table.
class ConsentFilterSql
{
public:
    // A condition on the participant table (named `alias` in the query), e.g.
    // "p.consent_list = 1 AND p.status <> 'cancelled'"; "1" when everyone may appear.
    static QString where(const ConsentPolicy::Filter &filter, const QString &alias = QStringLiteral("participant"));
    static QString where(ConsentPolicy::Output output, const QString &alias = QStringLiteral("participant"))
    {
        return where(ConsentPolicy::filterFor(output), alias);
    }
    // The registrations that may appear in this output, by id.
    static Result<QList<ParticipantId>> matchingIds(const EventStore &file, ConsentPolicy::Output output);
};
