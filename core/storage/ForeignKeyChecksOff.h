#pragma once

class EventStore;

// Turns the store's foreign-key checks off for a bulk write whose rows refer
// only to rows the same code has just written or read inside its
// transaction (imports, test-data generation): the check then costs as much
// as the insert itself and can never fail. Back on when this goes out of
// scope. Construct it before the Transaction: SQLite ignores the switch
// inside a transaction, so within someone else's the checks simply stay on.
// A server keeps its checks (they are its guarantee to every client).
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(const EventStore &store);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    const EventStore &m_store;
};
