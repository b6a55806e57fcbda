#pragma once

#include "storage/RowCursor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

class EventStore;

// The rows of a query on a server read with COPY (query) TO STDOUT: one
// stream instead of a result per row, for whole tables (pull, copies). The
// connection runs nothing else until the cursor has read its last row or is
// destroyed. No bound values (COPY takes none).
class PgCopyCursor final : public RowCursor
{
public:
    // `byteaColumns`: the columns of type bytea, given as their bytes (not as COPY's \x hex).
    PgCopyCursor(const EventStore &store, const QString &query, const QList<int> &byteaColumns = {});
    ~PgCopyCursor() override;

    bool next() override;
    Status status() const override { return m_status; }
    bool isNull(int column) const override { return m_fields[size_t(column)].null; }
    qint64 integer(int column) const override;
    QByteArrayView utf8(int column) const override
    {
        const Field &f = m_fields[size_t(column)];
        if (f.bytea >= 0)
            return m_bytes[size_t(f.bytea)];
        return QByteArrayView(m_row.constData() + f.start, f.size);
    }

private:
    struct Field
    {
        qsizetype start = 0;
        qsizetype size = 0;
        bool null = false;
        int bytea = -1; // its bytes in m_bytes
    };
    void parse(const char *line, qsizetype size);
    void end();

    const EventStore &m_store;
    Status m_status;
    bool m_open = false;
    QByteArray m_row; // the current row's values, unescaped, one after the other
    std::vector<Field> m_fields;
    QList<int> m_byteaColumns;
    std::vector<QByteArray> m_bytes; // the bytea columns' values, decoded
};
