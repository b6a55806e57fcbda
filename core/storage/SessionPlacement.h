#pragma once

#include "model/Session.h"
#include "storage/Transaction.h"
#include "util/Result.h"

#include <QList>

class EventStore;

// A room or track together with the sessions that were in it: what removing
// it loses (the sessions stay, without a room or track), so that undo can put
// both back.
template <typename T>
struct Placed
{
    T item;
    QList<SessionId> sessions;
};

// Which sessions sit in a room or belong to a track, and putting them back.
class SessionPlacement
{
public:
    enum class Column { Room, Track };
    SessionPlacement(const EventStore &file, Column column) : m_file(file), m_column(column) {}

    Result<QList<SessionId>> sessions(qint64 id) const;
    Result<qint64> count(qint64 id) const;
    Status place(const QList<SessionId> &sessions, qint64 id) const;

    // The item (read through its repository) with its sessions.
    template <typename Repository, typename T = typename Repository::Item>
    Result<Placed<T>> record(const Repository &repository, qint64 id) const
    {
        auto item = repository.byId(id);
        if (!item)
            return Result<Placed<T>>::failure(item.error());
        auto ids = sessions(id);
        if (!ids)
            return Result<Placed<T>>::failure(ids.error());
        return Placed<T>{item.value(), ids.value()};
    }

    // Inserts the recorded item with its id and places its sessions again, in one transaction.
    template <typename Repository, typename T = typename Repository::Item>
    Status restore(const Repository &repository, const Placed<T> &record) const
    {
        Transaction transaction(m_file);
        if (!transaction.isActive())
            return Status::failure(transaction.error());
        if (auto inserted = repository.insert(record.item); !inserted)
            return Status::failure(inserted.error());
        if (Status st = place(record.sessions, record.item.id); !st)
            return st;
        return transaction.commit();
    }

private:
    QString column() const;
    const EventStore &m_file;
    Column m_column;
};
