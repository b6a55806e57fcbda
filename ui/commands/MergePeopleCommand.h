#pragma once

#include "commands/EditCommand.h"
#include "model/Availability.h"
#include "storage/PersonRepository.h"

#include <QHash>

#include <QList>

// Merges duplicates into one person (see PersonMerger). Undo restores every
// person involved exactly as they were: ids, fields, roles, registrations,
// availability.
class MergePeopleCommand : public EditCommand
{
public:
    MergePeopleCommand(EventDocument *document, const Person &merged, const QList<PersonId> &absorbed);

protected:
    Status apply() override;
    Status revert() override;

private:
    Person m_merged;
    QList<PersonId> m_absorbed;
    QList<PersonRepository::Record> m_records; // before the merge
    QHash<PersonId, Availability> m_availability; // before the merge
};
