#include "commands/MergePeopleCommand.h"

#include "commands/ItemTraits.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventStore.h"
#include "storage/PersonMerger.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

MergePeopleCommand::MergePeopleCommand(EventDocument *document, const Person &merged, const QList<PersonId> &absorbed)
    : EditCommand(document, ItemTraits<Person>::parts(),
                  QCoreApplication::translate("MergePeopleCommand", "Merge People into “%1”").arg(merged.displayName())),
      m_merged(merged), m_absorbed(absorbed)
{
}

Status MergePeopleCommand::apply()
{
    const EventStore &file = document()->store();
    m_records.clear();
    m_availability.clear();
    const AvailabilityRepository availability(file);
    for (PersonId id : QList<PersonId>{m_merged.id} + m_absorbed) {
        auto record = file.people().record(id);
        if (!record)
            return Status::failure(record.error());
        m_records << record.value();
        auto times = availability.ofPerson(id);
        if (!times)
            return Status::failure(times.error());
        m_availability.insert(id, times.value());
    }
    return PersonMerger(file).merge(m_merged, m_absorbed);
}

Status MergePeopleCommand::revert()
{
    const EventStore &file = document()->store();
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status st = file.people().restore(m_records); !st)
        return st;
    // The people come back with the times they had (the kept person's, which the merge may have set, too).
    if (Status st = AvailabilityRepository(file).replace(m_availability, {}); !st)
        return st;
    return transaction.commit();
}
