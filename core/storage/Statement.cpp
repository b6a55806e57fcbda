#include "storage/Statement.h"

#include "storage/EventFile.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
};
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
        m_prepareError = m_query->lastError().text();
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
        return Status::failure(m_file.describe(Tr::tr("could not be read or written: %1.").arg(m_prepareError)));
    m_bound = 0;
    if (m_query->exec())
        return {};
    return failure(m_file, m_query->lastError().text());
}

Status Statement::failure(const EventFile &file, const QString &text)
{
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive))
        return Status::failure(file.describe(Tr::tr("is being changed by another program: nothing was saved. "
                                                    "Try again in a moment.")));
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        return Status::failure(file.describe(Tr::tr("is read-only: nothing was saved.")));
    if (text.contains(QLatin1String("malformed"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("not a database"), Qt::CaseInsensitive))
        return Status::failure(file.describe(Tr::tr("is damaged (SQLite reports: %1). Nothing was changed; open a "
                                                    "backup copy instead.").arg(text)));
    return Status::failure(file.describe(Tr::tr("could not be read or written: %1.").arg(text)));
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
