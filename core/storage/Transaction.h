#pragma once

#include "util/Result.h"

class EventStore;

// RAII transaction: rolled back unless commit() succeeds. Nests: an inner
// transaction is a savepoint of the outer one, so a repository call that
// needs several statements can run inside an import's transaction.
class Transaction
{
public:
    explicit Transaction(const EventStore &file);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when the transaction could not start (file locked by another writer...).
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }
    Status commit();
    void rollback();

private:
    const EventStore &m_file;
    int m_level = 0;
    bool m_active = false;
    QString m_error;
};
