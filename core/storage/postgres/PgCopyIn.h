#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

class EventStore;

// Rows for one table of a store on a server, written with COPY ... FROM
// STDIN in COPY's text format: many times faster than an INSERT per row
// (one round trip for thousands of rows, no statement per row). Values are
// added column by column and buffered; stream() opens the COPY and sends
// what is buffered, finish() ends it. While a COPY is open the connection
// runs nothing else: callers that must read or write in between finish()
// first. The caller holds the transaction.
class PgCopyIn
{
public:
    PgCopyIn(const EventStore &store, const QString &table, const QStringList &columns);
    ~PgCopyIn();
    PgCopyIn(const PgCopyIn &) = delete;
    PgCopyIn &operator=(const PgCopyIn &) = delete;

    void text(QByteArrayView utf8);
    void text(QStringView text) { this->text(QByteArrayView(text.toUtf8())); }
    void integer(qint64 value);
    void null();
    // Text, or NULL when there are no bytes (times: none stored as NULL).
    void textOrNull(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            null();
        else
            text(utf8);
    }
    void endRow();

    qsizetype bufferedBytes() const { return m_buffer.size(); }
    qint64 rows() const { return m_rows; }
    bool isOpen() const { return m_open; }

    // Opens the COPY when needed and sends the buffered rows.
    Status stream();
    // Sends the rest and ends the COPY: the rows are in the table afterwards
    // (nothing happens when no row was added since the last finish()).
    Status finish();

private:
    void separate();
    Status fail(const QString &text);

    const EventStore &m_store;
    QByteArray m_command;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    bool m_open = false;
    bool m_rowStarted = false;
};
