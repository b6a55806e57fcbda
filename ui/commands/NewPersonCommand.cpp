#include "commands/NewPersonCommand.h"

#include "storage/EventStore.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

NewPersonCommand::NewPersonCommand(EventDocument *document, const Person &person, std::shared_ptr<PersonId> createdId)
    : EditCommand(document, EventDocument::PeoplePart,
                  QCoreApplication::translate("NewPersonCommand", "Add “%1”").arg(person.displayName())),
      m_person(person), m_createdId(std::move(createdId))
{
}

Status NewPersonCommand::apply()
{
    auto id = document()->store().people().insert(m_person);
    if (!id)
        return Status::failure(id.error());
    m_person.id = id.value();
    if (m_createdId)
        *m_createdId = id.value();
    return {};
}

Status NewPersonCommand::revert()
{
    return document()->store().people().remove(m_person.id);
}
