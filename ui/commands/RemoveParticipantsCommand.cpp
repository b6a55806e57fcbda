#include "commands/RemoveParticipantsCommand.h"

#include "commands/ParticipantWriter.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

RemoveParticipantsCommand::RemoveParticipantsCommand(EventDocument *document, const QList<ParticipantRow> &rows)
    : EditCommand(document, EventDocument::ParticipantsPart | EventDocument::PeoplePart,
                  rows.size() == 1 ? QCoreApplication::translate("RemoveParticipantsCommand", "Delete %1")
                                         .arg(rows.first().person.displayName())
                                   : QCoreApplication::translate("RemoveParticipantsCommand",
                                                                 "Delete %n participant(s)", nullptr, int(rows.size())))
{
    const EventStore &file = document->store();
    for (const ParticipantRow &row : rows) {
        auto roles = file.people().roles(row.person.id);
        auto registrations = file.participants().forPerson(row.person.id);
        const bool onlyThis = registrations && registrations->size() <= 1;
        m_removals << Removal{row, roles && roles->isEmpty() && onlyThis};
    }
}

Status RemoveParticipantsCommand::apply()
{
    const EventStore &file = document()->store();
    Transaction t(file);
    if (!t.isActive())
        return Status::failure(t.error());
    const ParticipantWriter writer(file);
    for (const Removal &r : std::as_const(m_removals))
        if (Status s = writer.remove(r.row, r.removePerson); !s)
            return s;
    return t.commit();
}

Status RemoveParticipantsCommand::revert()
{
    const EventStore &file = document()->store();
    Transaction t(file);
    if (!t.isActive())
        return Status::failure(t.error());
    const ParticipantWriter writer(file);
    for (Removal &r : m_removals)
        if (Status s = writer.insert(r.row, !r.removePerson); !s)
            return s;
    return t.commit();
}
