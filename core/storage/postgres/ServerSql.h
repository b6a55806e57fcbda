#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Statements on a server connection that has no event store yet (server
// init, creating, migrating and dropping events). A failure gives `sentence`
// and keeps the server's words as details.
class ServerSql
{
public:
    // PostgreSQL prepares no DDL: statements without binds run as they are.
    static Status run(QSqlDatabase db, const QString &sql, const QString &sentence, const QVariantList &binds = {});
    // The first column of the first row (null when there is no row).
    static Result<QVariant> value(QSqlDatabase db, const QString &sql, const QString &sentence,
                                  const QVariantList &binds = {});
    // 'text' as an SQL literal.
    static QString literal(const QString &text);
};
