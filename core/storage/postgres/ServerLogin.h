#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

// A connection to a PostgreSQL server from a libpq URI
// (postgresql://USER:PASSWORD@HOST:PORT/DATABASE?host=/run/postgresql&sslmode=require&event=NAME),
// for the server's administrative commands (server grant/revoke). libpq's own
// ways apply unchanged: ~/.pgpass, PGPASSWORD, PGSERVICE, sslmode and the
// other query parameters. `event` is Podium's and names the event.
class ServerLogin
{
public:
    // Opens a QPSQL connection named `connection`; the caller removes it
    // (QSqlDatabase::removeDatabase) when done. Fails in one sentence.
    static Result<QSqlDatabase> open(const QString &uri, const QString &connection, const QString &password = {});
    // The ?event= of the URI, or empty.
    static QString eventOf(const QString &uri);
};
