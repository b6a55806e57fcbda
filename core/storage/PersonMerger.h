#pragma once

#include "model/Participant.h"
#include "model/Person.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// Merges people who are the same person (duplicates from imports and
// registrations). The kept person takes over every session role of the others
// (a role both had in the same session is kept once) and the others are
// removed.
//
// Registrations: the kept person's registrations stay as they are. Only when
// the kept person has none does the best registration of the others move over
// (registered before waitlisted before cancelled, then checked in, then the
// earliest); the others' remaining registrations are removed with them. Two
// registrations for one person would mean two badges and a double count.
//
// Availability likewise: the kept person's times stay; only when the kept
// person has none do the first of the others' times (in the order given) move over.
class PersonMerger
{
public:
    struct Plan
    {
        Person kept; // as stored
        QList<Person> absorbed;
        QList<SessionRole> roles; // the merged person's roles
        int duplicateRoles = 0;   // roles both had, kept once
        QList<Participant> registrations; // the merged person's registrations
        QList<Participant> dropped;       // removed with the absorbed people
    };

    explicit PersonMerger(const EventStore &file) : m_file(file) {}

    // The suggested merged person: the kept person's values, with blanks filled
    // from the others in order (organisation type "Other" counts as blank).
    static Person proposal(const Person &kept, const QList<Person> &others);

    Result<Plan> plan(PersonId kept, const QList<PersonId> &absorbed) const;
    // Saves `merged` (its id is the kept person) and merges the absorbed people
    // into it, in one transaction: all or nothing.
    Status merge(const Person &merged, const QList<PersonId> &absorbed) const;

private:
    const EventStore &m_file;
};
