#pragma once

#include "commands/EditCommand.h"
#include "commands/ItemTraits.h"
#include "commands/SetAvailabilityCommand.h"

#include <QUndoStack>

#include <optional>
#include <type_traits>
#include <utility>

// Deletes a room, track or person. Before deleting, it records everything
// the deletion loses (a room's sessions, a person's roles and registrations),
// and undo puts it all back with the same ids.
template <typename T>
class RemoveItemCommand : public EditCommand
{
    using Repository = decltype(ItemTraits<T>::repository(std::declval<const EventStore &>()));

public:
    RemoveItemCommand(EventDocument *document, qint64 id, const QString &text)
        : EditCommand(document, ItemTraits<T>::parts(), text), m_id(id)
    {
    }

    // Deletes these items as one step on the undo stack, called `text`.
    static void pushAll(EventDocument *document, const QList<qint64> &ids, const QString &text)
    {
        QUndoStack *stack = document->undoStack();
        stack->beginMacro(text);
        // A person's or room's availability goes with them, and comes back on undo.
        if constexpr (std::is_same_v<T, Person> || std::is_same_v<T, Room>)
            if (auto *keep = SetAvailabilityCommand::clearing(document, std::is_same_v<T, Person> ? ids : QList<qint64>(),
                                                              std::is_same_v<T, Room> ? ids : QList<qint64>(), text))
                stack->push(keep);
        for (qint64 id : ids)
            stack->push(new RemoveItemCommand<T>(document, id, text));
        stack->endMacro();
    }

protected:
    Status apply() override
    {
        const Repository repository = ItemTraits<T>::repository(document()->store());
        auto record = repository.record(m_id);
        if (!record)
            return Status::failure(record.error());
        m_record = record.value();
        return repository.remove(m_id);
    }
    Status revert() override
    {
        if (!m_record)
            return {};
        return ItemTraits<T>::repository(document()->store()).restore(*m_record);
    }

private:
    qint64 m_id;
    std::optional<typename Repository::Record> m_record;
};
