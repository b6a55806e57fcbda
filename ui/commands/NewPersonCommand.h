#pragma once

#include "commands/EditCommand.h"
#include "model/Person.h"

#include <memory>

// A person created on the spot (e.g. typed in the session editor); undo
// removes them, redo brings them back under the same id.
class NewPersonCommand : public EditCommand
{
public:
    // createdId, when given, receives the person's id when the command runs
    // (the stack may delete a command that failed, so do not ask the command).
    NewPersonCommand(EventDocument *document, const Person &person, std::shared_ptr<PersonId> createdId = {});

protected:
    Status apply() override;
    Status revert() override;

private:
    Person m_person;
    std::shared_ptr<PersonId> m_createdId;
};
