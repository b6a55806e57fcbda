#include "storage/postgres/PgConnection.h"

#include "storage/EventStore.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

PGconn *PgConnection::of(const EventStore &store)
{
    if (store.dialect().kind() != SqlDialect::Kind::PostgreSQL)
        return nullptr;
    const QSqlDatabase db = store.database();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    // Qt documents this way of reading the handle (QSqlDriver::handle()); Qt 6
    // names the type by libpq's struct, "pg_conn*" (Qt 5 said "PGconn*").
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

void PgConnection::settle(PGconn *connection)
{
    if (PQtransactionStatus(connection) != PQTRANS_ACTIVE)
        return;
    while (PGresult *result = PQgetResult(connection))
        PQclear(result);
}

Status PgConnection::exec(const EventStore &store, const QByteArray &sql)
{
    PGconn *connection = of(store);
    if (!connection)
        return store.failure(QStringLiteral("no connection to the server"));
    settle(connection);
    PGresult *result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return {};
    return store.failure(error.isEmpty() ? lastError(connection) : error);
}

QString PgConnection::lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}
