#include "storage/postgres/ServerSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (binds.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}
} // namespace

Status ServerSql::run(QSqlDatabase db, const QString &sql, const QString &sentence, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!exec(q, sql, binds))
        return Status::failure(sentence, q.lastError().text());
    return {};
}

Result<QVariant> ServerSql::value(QSqlDatabase db, const QString &sql, const QString &sentence, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!exec(q, sql, binds))
        return Result<QVariant>::failure(sentence, q.lastError().text());
    return q.next() ? q.value(0) : QVariant();
}

QString ServerSql::literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}
