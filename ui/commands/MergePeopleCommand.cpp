#include "commands/MergePeopleCommand.h"

#include "commands/ItemTraits.h"
#include "storage/PersonMerger.h"

#include <QCoreApplication>

MergePeopleCommand::MergePeopleCommand(EventDocument *document, const Person &merged, const QList<PersonId> &absorbed)
    : EditCommand(document, ItemTraits<Person>::parts(),
                  QCoreApplication::translate("MergePeopleCommand", "Merge People into “%1”").arg(merged.displayName())),
      m_merged(merged), m_absorbed(absorbed)
{
}

Status MergePeopleCommand::apply()
{
    const EventFile &file = document()->file();
    m_records.clear();
    for (PersonId id : QList<PersonId>{m_merged.id} + m_absorbed) {
        auto record = file.people().record(id);
        if (!record)
            return Status::failure(record.error());
        m_records << record.value();
    }
    return PersonMerger(file).merge(m_merged, m_absorbed);
}

Status MergePeopleCommand::revert()
{
    return document()->file().people().restore(m_records);
}
