#pragma once

#include "model/PersonSummary.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// The searchable, sortable list of people behind the People page. It answers
// in two steps so that a list of 100,000 people stays quick: the ids of the
// matching people in order (one query), then the details of the few rows on
// screen.
class PersonDirectory
{
public:
    enum class Scope {
        ProgrammeAndContacts, // everyone but people who only registered
        WithRole,             // speakers, chairs, moderators, panellists
        Everyone,
    };
    enum class SortKey { Name, Organisation, OrganisationType, Position, Email, Country, Sessions };
    struct Query
    {
        // Every word must appear in the name, title, organisation, position, email or country.
        QString search;
        Scope scope = Scope::ProgrammeAndContacts;
        SortKey sortKey = SortKey::Name;
        bool descending = false;
    };

    explicit PersonDirectory(const EventStore &file) : m_file(file) {}
    Result<QList<PersonId>> ids(const Query &query) const;
    // The people with these ids, in the order given (ids not found are left out).
    Result<QList<PersonSummary>> summaries(const QList<PersonId> &ids) const;

private:
    const EventStore &m_file;
};
