#include "commands/ChangeParticipantsCommand.h"

#include "commands/VersionFollow.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

ChangeParticipantsCommand::ChangeParticipantsCommand(EventDocument *document, const QList<Participant> &before,
                                                     const Change &change, const QString &text)
    : EditCommand(document, EventDocument::ParticipantsPart, text), m_before(before), m_after(before)
{
    for (Participant &p : m_after)
        change(p);
}

ChangeParticipantsCommand *ChangeParticipantsCommand::category(EventDocument *document,
                                                               const QList<Participant> &before,
                                                               ParticipantCategory category)
{
    return new ChangeParticipantsCommand(
        document, before, [category](Participant &p) { p.category = category; },
        QCoreApplication::translate("ChangeParticipantsCommand", "Set category of %n participant(s) to %1", nullptr,
                                    int(before.size()))
            .arg(toLabel(category)));
}

ChangeParticipantsCommand *ChangeParticipantsCommand::status(EventDocument *document, const QList<Participant> &before,
                                                             RegistrationStatus status)
{
    return new ChangeParticipantsCommand(
        document, before, [status](Participant &p) { p.status = status; },
        QCoreApplication::translate("ChangeParticipantsCommand", "Set status of %n participant(s) to %1", nullptr,
                                    int(before.size()))
            .arg(toLabel(status)));
}

Status ChangeParticipantsCommand::write(const QList<Participant> &rows)
{
    const EventStore &file = document()->store();
    Transaction t(file);
    if (!t.isActive())
        return Status::failure(t.error());
    for (const Participant &p : rows)
        if (Status s = file.participants().update(p); !s)
            return s;
    const QList<Participant> written = rows;
    Status committed = t.commit();
    if (committed)
        VersionFollow::follow(written, m_before, m_after);
    return committed;
}

Status ChangeParticipantsCommand::apply()
{
    return write(m_after);
}

Status ChangeParticipantsCommand::revert()
{
    return write(m_before);
}
