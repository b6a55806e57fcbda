#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

// An event's own schema on the server: made by the file's schema steps
// (Schema::steps(), each Step::statementsFor(PostgreSQL)), upgraded by the
// same steps, and completed after each by what only a server has: the data
// version counter the GUI polls and the event's roles (EventRoles). The
// caller holds the transaction, so a failed step changes nothing.
class PostgresEventSchema
{
public:
    // Creates `schema` at the current version (an older one: tests of migrations),
    // records the event in the registry, sets up its roles.
    static Status create(QSqlDatabase db, const QString &schema, const QString &event, int version = 0);
    // Runs the steps after `from`, records the new version, rebuilds roles and counters.
    static Status upgrade(QSqlDatabase db, const QString &schema, const QString &event, int from);
    // Drops the event's schemas and the registry row; with keepRoles the roles
    // (and so who was granted them) stay for the event that replaces it.
    static Status drop(QSqlDatabase db, const QString &schema, const QString &event, bool keepRoles);
    // The name of the one-row table holding the event's data version.
    static QString dataVersionTable() { return QStringLiteral("data_version"); }

private:
    static Status runSteps(QSqlDatabase db, const QString &schema, int from, int to);
    // The data version counter and its statement triggers on every table (again after a migration).
    static Status installCounters(QSqlDatabase db, const QString &schema);
    static Status finish(QSqlDatabase db, const QString &schema, const QString &event);
};
