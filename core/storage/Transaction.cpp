#include "storage/Transaction.h"

#include "storage/EventFile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
};

QString savepoint(int level)
{
    return QStringLiteral("podium_%1").arg(level);
}

QString explain(const EventFile &file, const QSqlError &error)
{
    const QString text = error.text();
    if (text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return file.describe(Tr::tr("is being changed by another program: nothing was saved. Try again in a moment."));
    if (text.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return file.describe(Tr::tr("is read-only: nothing was saved."));
    return file.describe(Tr::tr("could not be written: %1. Nothing was saved.").arg(text));
}
} // namespace

Transaction::Transaction(const EventFile &file) : m_file(file)
{
    int &depth = m_file.transactionDepth();
    QSqlQuery q(m_file.database());
    // The outermost transaction takes the write lock at once (waiting for
    // another writer up to the busy timeout) instead of failing half-way.
    const QString sql = depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint(depth);
    m_active = q.exec(sql);
    if (!m_active) {
        m_error = explain(m_file, q.lastError());
        return;
    }
    m_level = depth++;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(m_error);
    QSqlQuery q(m_file.database());
    const QString sql = m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint(m_level);
    if (!q.exec(sql)) {
        const Status failed = Status::failure(explain(m_file, q.lastError()));
        rollback();
        return failed;
    }
    m_active = false;
    --m_file.transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_file.database());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_level));
        q.exec(QStringLiteral("RELEASE ") + savepoint(m_level));
    }
    m_active = false;
    --m_file.transactionDepth();
}
