#pragma once

class EventFile;

// Turns SQLite's foreign-key checks off for a bulk write whose rows refer
// only to rows the same code has just written or read inside its
// transaction (imports, test-data generation): the check then costs as much
// as the insert itself and can never fail. Back on when this goes out of
// scope. Construct it before the Transaction: SQLite ignores the switch
// inside a transaction, so within someone else's the checks simply stay on.
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(const EventFile &file);
    ~ForeignKeyChecksOff();
    ForeignKeyChecksOff(const ForeignKeyChecksOff &) = delete;
    ForeignKeyChecksOff &operator=(const ForeignKeyChecksOff &) = delete;

private:
    const EventFile &m_file;
};
