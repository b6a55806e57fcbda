#pragma once

#include "commands/EditCommand.h"
#include "commands/ItemTraits.h"

// Adds a room, track or person. Redo after undo inserts it again with the
// same id (and GUID), so later commands that refer to it stay valid.
template <typename T>
class InsertItemCommand : public EditCommand
{
public:
    InsertItemCommand(EventDocument *document, const T &item, const QString &text)
        : EditCommand(document, ItemTraits<T>::parts(), text), m_item(item)
    {
    }
    // The item as stored (with its id once the command ran).
    const T &item() const { return m_item; }

protected:
    Status apply() override
    {
        const auto repository = ItemTraits<T>::repository(document()->store());
        auto id = repository.insert(m_item);
        if (!id)
            return Status::failure(id.error());
        if (auto stored = repository.byId(id.value()))
            m_item = stored.value(); // keeps what the file gave it: id, GUID
        return {};
    }
    Status revert() override { return ItemTraits<T>::repository(document()->store()).remove(m_item.id); }

private:
    T m_item;
};
