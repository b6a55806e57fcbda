#pragma once

#include "storage/RowCursor.h"

#include <QByteArray>
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
    PgCopyCursor(const EventStore &store, const QString &query);
    ~PgCopyCursor() override;

    bool next() override;
    Status status() const override { return m_status; }
    bool isNull(int column) const override { return m_fields[size_t(column)].null; }
    qint64 integer(int column) const override;
    QByteArrayView utf8(int column) const override
    {
        const Field &f = m_fields[size_t(column)];
        return QByteArrayView(m_row.constData() + f.start, f.size);
    }

private:
    struct Field
    {
        qsizetype start = 0;
        qsizetype size = 0;
        bool null = false;
    };
    void parse(const char *line, qsizetype size);
    void end();

    const EventStore &m_store;
    Status m_status;
    bool m_open = false;
    QByteArray m_row; // the current row's values, unescaped, one after the other
    std::vector<Field> m_fields;
};
