#pragma once

#include "storage/RawStatement.h"
#include "storage/RowCursor.h"

#include <QVariantList>

class EventFile;

// The SQLite file's RowCursor: reads its statement's columns in place.
class SqliteRowCursor final : public RowCursor
{
public:
    SqliteRowCursor(const EventFile &file, const QString &sql, const QVariantList &binds);
    bool next() override { return m_status && m_statement.step(m_status); }
    Status status() const override { return m_status; }
    bool isNull(int column) const override;
    qint64 integer(int column) const override;
    QByteArrayView utf8(int column) const override;

private:
    RawStatement m_statement;
    Status m_status;
};
