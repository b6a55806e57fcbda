#include "commands/MarkBadgesPrintedCommand.h"

#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

MarkBadgesPrintedCommand::MarkBadgesPrintedCommand(EventDocument *document, const QList<Participant> &printed)
    : EditCommand(document, EventDocument::ParticipantsPart,
                  QCoreApplication::translate("MarkBadgesPrintedCommand", "Mark %n Badge(s) Printed", nullptr, int(printed.size())))
{
    for (const Participant &p : printed)
        m_before.insert(p.id, p.badgePrinted);
}

Status MarkBadgesPrintedCommand::apply()
{
    return write(false);
}

Status MarkBadgesPrintedCommand::revert()
{
    return write(true);
}

Status MarkBadgesPrintedCommand::write(bool restore)
{
    const EventFile &file = document()->file();
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        auto participant = file.participants().byId(it.key());
        if (!participant)
            continue; // removed meanwhile: nothing to mark
        participant->badgePrinted = restore ? it.value() : true;
        const Status updated = file.participants().update(participant.value());
        if (!updated)
            return updated;
    }
    return transaction.commit();
}
