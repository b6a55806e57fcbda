#include "storage/postgres/PgCopyCursor.h"

#include "storage/EventStore.h"
#include "storage/postgres/PgConnection.h"

#include <libpq-fe.h>

PgCopyCursor::PgCopyCursor(const EventStore &store, const QString &query, const QList<int> &byteaColumns)
    : m_store(store), m_byteaColumns(byteaColumns), m_bytes(size_t(byteaColumns.size()))
{
    PGconn *connection = PgConnection::of(store);
    if (!connection) {
        m_status = store.failure(QStringLiteral("no connection to the server"));
        return;
    }
    PgConnection::settle(connection);
    const QByteArray command = QStringLiteral("COPY (%1) TO STDOUT").arg(query).toUtf8();
    PGresult *result = PQexec(connection, command.constData());
    m_open = PQresultStatus(result) == PGRES_COPY_OUT;
    if (!m_open)
        m_status = store.failure(QString::fromUtf8(PQresultErrorMessage(result)).trimmed());
    PQclear(result);
}

PgCopyCursor::~PgCopyCursor()
{
    // Rows left unread are read and dropped: the connection is free again.
    while (m_open && next()) {
    }
}

void PgCopyCursor::end()
{
    m_open = false;
    PGconn *connection = PgConnection::of(m_store);
    QString error;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty() && m_status)
        m_status = m_store.failure(error);
}

bool PgCopyCursor::next()
{
    if (!m_open || !m_status)
        return false;
    PGconn *connection = PgConnection::of(m_store);
    char *line = nullptr;
    const int size = PQgetCopyData(connection, &line, 0);
    if (size == -1) { // the end
        end();
        return false;
    }
    if (size < 0) {
        m_status = m_store.failure(PgConnection::lastError(connection));
        end();
        return false;
    }
    parse(line, size);
    PQfreemem(line);
    // bytea comes as \x and two hex digits a byte (the server's default bytea_output).
    for (int i = 0; i < m_byteaColumns.size(); ++i) {
        const int column = m_byteaColumns[i];
        if (column >= int(m_fields.size()))
            continue;
        Field &f = m_fields[size_t(column)];
        QByteArrayView text(m_row.constData() + f.start, f.size);
        if (text.startsWith("\\x"))
            text = text.sliced(2);
        m_bytes[size_t(i)] = QByteArray::fromHex(text.toByteArray());
        f.bytea = i;
    }
    return true;
}

void PgCopyCursor::parse(const char *line, qsizetype size)
{
    // COPY's text format: a row per line, tab between values, \N for NULL,
    // backslash escapes for the rest (the server writes \\ \b \f \n \r \t \v).
    if (size > 0 && line[size - 1] == '\n')
        --size;
    m_row.resize(0);
    m_row.reserve(size);
    m_fields.clear();
    Field field;
    field.start = 0;
    const char *end = line + size;
    const auto close = [&]() {
        field.size = m_row.size() - field.start;
        m_fields.push_back(field);
        field = Field();
        field.start = m_row.size();
    };
    for (const char *p = line;; ++p) {
        if (p == end || *p == '\t') {
            close();
            if (p == end)
                break;
            continue;
        }
        if (*p != '\\' || p + 1 == end) {
            m_row.append(*p);
            continue;
        }
        const char c = *++p;
        switch (c) {
        case 'N': field.null = true; break;
        case 'b': m_row.append('\b'); break;
        case 'f': m_row.append('\f'); break;
        case 'n': m_row.append('\n'); break;
        case 'r': m_row.append('\r'); break;
        case 't': m_row.append('\t'); break;
        case 'v': m_row.append('\v'); break;
        default:
            if (c >= '0' && c <= '7') { // octal, up to three digits
                int value = c - '0';
                for (int i = 0; i < 2 && p + 1 != end && p[1] >= '0' && p[1] <= '7'; ++i)
                    value = value * 8 + (*++p - '0');
                m_row.append(char(value));
            } else {
                m_row.append(c); // \\ and any other escaped character stand for themselves
            }
        }
    }
}

qint64 PgCopyCursor::integer(int column) const
{
    const QByteArrayView bytes = utf8(column);
    // Booleans come as t and f; integers as digits.
    if (bytes.size() == 1 && (bytes[0] == 't' || bytes[0] == 'f'))
        return bytes[0] == 't';
    return bytes.toLongLong();
}
