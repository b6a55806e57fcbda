#pragma once

#include "util/Result.h"

#include <QByteArray>

class EventStore;
typedef struct pg_conn PGconn;

// The libpq connection under Qt's QPSQL driver of a store on a server, for
// what Qt's driver cannot do (COPY). Storage classes only.
class PgConnection
{
public:
    // The store's connection, or nullptr when it has none (a file, closed).
    static PGconn *of(const EventStore &store);
    // Makes the connection ready for a command of ours: a forward-only query
    // of Qt's may still be streaming its rows (Qt itself drops them the same
    // way before its next statement).
    static void settle(PGconn *connection);
    // Runs one command that returns no rows; the store's sentence on failure.
    static Status exec(const EventStore &store, const QByteArray &sql);
    // The server's message for the connection's last failure, on one line.
    static QString lastError(PGconn *connection);
};
