#include "storage/SqliteRowCursor.h"

#include <sqlite3.h>

SqliteRowCursor::SqliteRowCursor(const EventFile &file, const QString &sql, const QVariantList &binds)
    : m_statement(file, sql)
{
    int index = 0;
    for (const QVariant &value : binds) {
        ++index;
        if (value.isNull())
            m_statement.bindNull(index);
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            m_statement.bindInt(index, value.toLongLong());
        else
            m_statement.bindText(index, value.toString());
    }
}

bool SqliteRowCursor::isNull(int column) const
{
    return sqlite3_column_type(m_statement.handle(), column) == SQLITE_NULL;
}

qint64 SqliteRowCursor::integer(int column) const
{
    return sqlite3_column_int64(m_statement.handle(), column);
}

QByteArrayView SqliteRowCursor::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.handle(), column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_statement.handle(), column) : 0);
}
