#include "storage/postgres/PgCopyIn.h"

#include "storage/EventStore.h"
#include "storage/postgres/PgConnection.h"

#include <libpq-fe.h>

namespace {
QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

PgCopyIn::PgCopyIn(const EventStore &store, const QString &table, const QStringList &columns) : m_store(store)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << quotedIdentifier(column);
    m_command = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quotedIdentifier(table), quoted.join(QLatin1String(", "))).toUtf8();
    m_buffer.reserve(1 << 16);
}

PgCopyIn::~PgCopyIn()
{
    // An unfinished COPY (a failure on the way) is abandoned: the server
    // fails it, and the caller's transaction rolls back.
    if (m_open)
        if (PGconn *connection = PgConnection::of(m_store)) {
            PQputCopyEnd(connection, "abandoned");
            while (PGresult *result = PQgetResult(connection))
                PQclear(result);
        }
}

void PgCopyIn::separate()
{
    if (m_rowStarted)
        m_buffer.append('\t');
    m_rowStarted = true;
}

void PgCopyIn::text(QByteArrayView utf8)
{
    separate();
    // COPY's text format: backslash, tab, newline and carriage return escaped.
    const char *from = utf8.data();
    const char *end = from + utf8.size();
    for (const char *p = from; p != end; ++p) {
        char escape = 0;
        switch (*p) {
        case '\\': escape = '\\'; break;
        case '\t': escape = 't'; break;
        case '\n': escape = 'n'; break;
        case '\r': escape = 'r'; break;
        default: continue;
        }
        m_buffer.append(from, p - from);
        m_buffer.append('\\');
        m_buffer.append(escape);
        from = p + 1;
    }
    m_buffer.append(from, end - from);
}

void PgCopyIn::integer(qint64 value)
{
    separate();
    char digits[24];
    char *p = digits + sizeof digits;
    quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    m_buffer.append(p, digits + sizeof digits - p);
}

void PgCopyIn::null()
{
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopyIn::endRow()
{
    m_buffer.append('\n');
    m_rowStarted = false;
    ++m_rows;
}

Status PgCopyIn::fail(const QString &text)
{
    m_buffer.clear();
    return m_store.failure(text);
}

Status PgCopyIn::stream()
{
    if (m_buffer.isEmpty())
        return {};
    PGconn *connection = PgConnection::of(m_store);
    if (!connection)
        return fail(QStringLiteral("no connection to the server"));
    if (!m_open) {
        PgConnection::settle(connection);
        PGresult *result = PQexec(connection, m_command.constData());
        const bool copying = PQresultStatus(result) == PGRES_COPY_IN;
        const QString error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!copying)
            return fail(error.isEmpty() ? PgConnection::lastError(connection) : error);
        m_open = true;
    }
    // Blocking connection: PQputCopyData queues and sends; -1 is a failure.
    if (PQputCopyData(connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        return fail(PgConnection::lastError(connection));
    m_buffer.clear();
    return {};
}

Status PgCopyIn::finish()
{
    if (Status s = stream(); !s)
        return s;
    if (!m_open)
        return {};
    m_open = false;
    PGconn *connection = PgConnection::of(m_store);
    if (PQputCopyEnd(connection, nullptr) != 1)
        return fail(PgConnection::lastError(connection));
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty())
        return fail(error);
    return {};
}
