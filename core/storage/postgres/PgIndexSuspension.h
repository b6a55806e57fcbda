#pragma once

#include "util/Result.h"

#include <QStringList>

class EventStore;

// Sets tables' plain indexes and foreign keys aside for a bulk load and
// makes them again at the end, inside the loading transaction (which holds
// the tables exclusively from the first DROP on; a rollback brings them
// back by itself). PostgreSQL then builds each index in one sort and checks
// each key in one pass instead of a row at a time: a 100,000-row load spent
// most of its time in them. The primary keys and unique constraints stay.
class PgIndexSuspension
{
public:
    explicit PgIndexSuspension(const EventStore &store) : m_store(store) {}

    Status suspend(const QStringList &tables);
    // The indexes first, then the keys (a broken key refuses the load).
    Status restore();
    bool active() const { return !m_indexes.isEmpty() || !m_keys.isEmpty(); }

private:
    const EventStore &m_store;
    QStringList m_indexes; // their CREATE INDEX statements
    QStringList m_keys;    // ALTER TABLE … ADD CONSTRAINT … FOREIGN KEY
};
