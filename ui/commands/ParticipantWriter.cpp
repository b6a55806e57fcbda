#include "commands/ParticipantWriter.h"

#include "commands/VersionFollow.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

Status ParticipantWriter::update(const ParticipantRow &current, const ParticipantRow &wanted) const
{
    Transaction t(m_file);
    if (!t.isActive())
        return Status::failure(t.error());
    if (current.person != wanted.person)
        if (Status s = m_file.people().update(wanted.person); !s)
            return s;
    if (current.participant != wanted.participant)
        if (Status s = m_file.participants().update(wanted.participant); !s)
            return s;
    return t.commit();
}

Status ParticipantWriter::update(const ParticipantRow &current, const ParticipantRow &wanted, ParticipantRow &a,
                                 ParticipantRow &b) const
{
    const ParticipantRow from = current;
    const ParticipantRow to = wanted;
    Status status = update(from, to);
    if (status) {
        if (from.person != to.person)
            VersionFollow::follow(to.person, a.person, b.person);
        if (from.participant != to.participant)
            VersionFollow::follow(to.participant, a.participant, b.participant);
    }
    return status;
}

Status ParticipantWriter::insert(ParticipantRow &row, bool personExists) const
{
    Transaction t(m_file);
    if (!t.isActive())
        return Status::failure(t.error());
    if (!personExists) {
        auto person = m_file.people().insert(row.person);
        if (!person)
            return Status::failure(person.error());
        row.person.id = person.value();
        if (row.person.guid.isEmpty()) {
            auto stored = m_file.people().byId(row.person.id);
            if (stored)
                row.person.guid = stored->guid; // redo inserts the very same person
        }
    }
    row.participant.personId = row.person.id;
    auto participant = m_file.participants().insert(row.participant);
    if (!participant)
        return Status::failure(participant.error());
    row.participant.id = participant.value();
    if (row.participant.code.isEmpty()) {
        auto stored = m_file.participants().byId(row.participant.id);
        if (stored)
            row.participant.code = stored->code;
    }
    return t.commit();
}

Status ParticipantWriter::remove(const ParticipantRow &row, bool removePerson) const
{
    Transaction t(m_file);
    if (!t.isActive())
        return Status::failure(t.error());
    if (Status s = m_file.participants().remove(row.participant.id); !s)
        return s;
    if (removePerson)
        if (Status s = m_file.people().remove(row.person.id); !s)
            return s;
    return t.commit();
}
