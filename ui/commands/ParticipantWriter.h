#pragma once

#include "model/ParticipantRow.h"
#include "util/Result.h"

class EventStore;

// The writes the participant commands share: a person and their
// registration together, in one transaction.
class ParticipantWriter
{
public:
    explicit ParticipantWriter(const EventStore &file) : m_file(file) {}
    // Writes both parts of the row where they differ from `current`.
    Status update(const ParticipantRow &current, const ParticipantRow &wanted) const;
    // The same, for an undo command: its copies a and b follow the versions written (VersionFollow).
    Status update(const ParticipantRow &current, const ParticipantRow &wanted, ParticipantRow &a, ParticipantRow &b) const;
    // Inserts the person (unless personExists) and the registration, keeping
    // their ids when set (redo after undo); fills in the ids given.
    Status insert(ParticipantRow &row, bool personExists) const;
    // Removes the registration, and the person too when removePerson.
    Status remove(const ParticipantRow &row, bool removePerson) const;

private:
    const EventStore &m_file;
};
