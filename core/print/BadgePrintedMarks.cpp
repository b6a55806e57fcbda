#include "print/BadgePrintedMarks.h"

#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/Transaction.h"

Status BadgePrintedMarks::write(const EventStore &file, const QHash<ParticipantId, bool> &printed)
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (auto it = printed.cbegin(); it != printed.cend(); ++it) {
        auto participant = file.participants().byId(it.key());
        if (!participant)
            continue; // removed meanwhile: nothing to mark
        if (participant->badgePrinted == it.value())
            continue;
        participant->badgePrinted = it.value();
        const Status updated = file.participants().update(participant.value());
        if (!updated)
            return updated;
    }
    return transaction.commit();
}

Status BadgePrintedMarks::markPrinted(const EventStore &file, const QList<Participant> &printed)
{
    QHash<ParticipantId, bool> marks;
    for (const Participant &p : printed)
        marks.insert(p.id, true);
    return write(file, marks);
}
