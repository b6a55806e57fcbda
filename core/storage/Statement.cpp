#include "storage/Statement.h"

#include "storage/EventStore.h"

#include "util/TestHook.h"

#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

namespace {
// Whether running the query may change the file (SQLite knows once it is prepared).
bool mayWrite(const QSqlQuery &query)
{
    const QVariant handle = query.result() ? query.result()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3_stmt*") == 0) {
        if (auto *statement = *static_cast<sqlite3_stmt *const *>(handle.constData()))
            return !sqlite3_stmt_readonly(statement);
    }
    return true;
}

// The database's own words, without the Qt driver's ("Unable to fetch row").
QString driverText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

Statement::Statement(const EventStore &file, const QString &sql, Preparation preparation)
    : m_file(file), m_own(preparation == Cached ? QSqlQuery() : QSqlQuery(file.database())),
      m_query(preparation == Cached ? &file.cachedQuery(sql) : &m_own)
{
    if (preparation == Cached && m_query->lastQuery() == sql) {
        m_query->finish();
        return;
    }
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_prepareError = driverText(m_query->lastError());
}

Statement &Statement::bind(const QVariant &value)
{
    // Flags are integer columns (SQLite has no booleans; PostgreSQL's bigint takes no 'true').
    if (value.typeId() == QMetaType::Bool) {
        m_query->bindValue(m_bound++, qint64(value.toBool()));
        return *this;
    }
    // A null QString would be stored as NULL: text columns hold '' instead.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(m_bound++, QString(QLatin1String("")));
    else
        m_query->bindValue(m_bound++, value);
    return *this;
}

Statement &Statement::bind(std::initializer_list<QVariant> values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}


Status Statement::exec()
{
    if (!m_prepareError.isEmpty())
        return m_file.failure(m_prepareError);
    m_bound = 0;
    // Nothing is written to a file before it is known whole (once a session).
    const bool writes = mayWrite(*m_query);
    if (writes) {
        if (Status whole = m_file.ensureWhole(); !whole)
            return whole;
    }
    if (m_query->exec()) {
        if (writes)
            TestHook::passed(TestHook::Kind::Write);
        return {};
    }
    return m_file.failure(m_query->lastError());
}

Status Statement::failure(const EventStore &store, const QString &driverText)
{
    return store.failure(driverText);
}

qint64 Statement::lastInsertId() const
{
    if (m_file.dialect().returnsIdAsRow())
        return m_query->next() ? m_query->value(0).toLongLong() : 0;
    return m_query->lastInsertId().toLongLong();
}

Result<qint64> Statement::scalar(const EventStore &file, const QString &sql, std::initializer_list<QVariant> values)
{
    Statement s(file, sql);
    s.bind(values);
    if (Status st = s.exec(); !st)
        return Result<qint64>::failure(st.error());
    return s.next() ? s.value(0).toLongLong() : 0;
}

QVariant Statement::utc(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODate)) : QVariant();
}

QDateTime Statement::utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::optional<qint64> Statement::optionalId(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}
