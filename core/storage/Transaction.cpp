#include "storage/Transaction.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "util/TestHook.h"

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

// The same sentences as a failed statement's (locked, read-only, disk full...), without Qt's driver text.
Status explain(const EventStore &store, const QSqlError &error)
{
    return store.failure(error);
}
} // namespace

Transaction::Transaction(const EventStore &file) : m_file(file)
{
    int &depth = m_file.transactionDepth();
    // Nothing is written to a file before it is known whole (once a session).
    if (depth == 0) {
        if (Status whole = m_file.ensureWhole(); !whole) {
            m_error = whole.error();
            return;
        }
    }
    QSqlQuery q(m_file.database());
    // The outermost transaction takes the write lock at once (waiting for
    // another writer up to the busy timeout) instead of failing half-way.
    const QString sql = depth == 0 ? m_file.dialect().beginTransaction() : QStringLiteral("SAVEPOINT ") + savepoint(depth);
    m_active = q.exec(sql);
    if (!m_active) {
        m_error = explain(m_file, q.lastError()).error();
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
        const Status failed = explain(m_file, q.lastError());
        rollback();
        return failed;
    }
    m_active = false;
    --m_file.transactionDepth();
    if (m_level == 0)
        TestHook::passed(TestHook::Kind::Committed);
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
