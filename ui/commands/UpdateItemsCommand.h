#pragma once

#include "commands/EditCommand.h"
#include "commands/ItemTraits.h"
#include "commands/VersionFollow.h"
#include "storage/Transaction.h"

#include <QList>

// Changes one or more rooms, tracks or people (a rename, a new colour, two
// rooms swapping places), all or nothing.
template <typename T>
class UpdateItemsCommand : public EditCommand
{
public:
    UpdateItemsCommand(EventDocument *document, const QList<T> &before, const QList<T> &after, const QString &text)
        : EditCommand(document, ItemTraits<T>::parts(), text), m_before(before), m_after(after)
    {
    }

protected:
    Status apply() override { return write(m_after); }
    Status revert() override { return write(m_before); }
    Status write(const QList<T> &items)
    {
        const QList<T> written = items;
        Status status = store(written);
        if (status)
            VersionFollow::follow(written, m_before, m_after);
        return status;
    }

private:
    Status store(const QList<T> &items) const
    {
        const EventStore &file = document()->store();
        Transaction transaction(file);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        for (const T &item : items)
            if (Status st = ItemTraits<T>::repository(file).update(item); !st)
                return st;
        return transaction.commit();
    }
    QList<T> m_before;
    QList<T> m_after;
};
