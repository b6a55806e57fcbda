#include "storage/Statement.h"

#include "storage/EventFile.h"

#include "util/DiskProblem.h"
#include "util/TestHook.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlResult>

#include <sqlite3.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
};
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

// SQLite's own words, without the Qt driver's ("Unable to fetch row").
QString sqliteText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}
} // namespace

Statement::Statement(const EventFile &file, const QString &sql, Preparation preparation)
    : m_file(file), m_own(preparation == Cached ? QSqlQuery() : QSqlQuery(file.database())),
      m_query(preparation == Cached ? &file.cachedQuery(sql) : &m_own)
{
    if (preparation == Cached && m_query->lastQuery() == sql) {
        m_query->finish();
        return;
    }
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql))
        m_prepareError = sqliteText(m_query->lastError());
}

Statement &Statement::bind(const QVariant &value)
{
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
        return failure(m_file, m_prepareError);
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
    return failure(m_file, sqliteText(m_query->lastError()));
}

Status Statement::failure(const EventFile &file, const QString &text)
{
    const auto has = [&](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("locked") || has("busy"))
        return Status::failure(file.describe(Tr::tr("is being changed by another program: nothing was saved. "
                                                    "Try again in a moment.")), text);
    if (has("readonly") || has("read-only"))
        return Status::failure(file.describe(Tr::tr("is read-only: nothing was saved.")), text);
    if (has("disk is full") || has("database or disk is full"))
        return Status::failure(DiskProblem::noSpace(file.path()), text);
    if (has("malformed") || has("not a database"))
        return Status::failure(file.describe(Tr::tr("is damaged: SQLite cannot read part of it. Nothing was "
                                                    "changed. Use File ▸ Repair.")), text);
    if (has("disk I/O error"))
        return Status::failure(file.describe(Tr::tr("could not be read or written: the disk reported an error. "
                                                    "Nothing was changed.")), text);
    if (has("no such column") || has("no such table"))
        return Status::failure(file.describe(Tr::tr("lacks part of what Podium stores (it was changed by another "
                                                    "program). Nothing was changed. Use File ▸ Repair.")), text);
    return Status::failure(file.describe(Tr::tr("could not be read or written (SQLite says: %1).").arg(text)), text);
}

Result<qint64> Statement::scalar(const EventFile &file, const QString &sql, std::initializer_list<QVariant> values)
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
