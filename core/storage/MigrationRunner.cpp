#include "storage/MigrationRunner.h"

#include "storage/EventFile.h"
#include "storage/ForeignKeyChecksOff.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MigrationRunner)
};
} // namespace

Status MigrationRunner::upgradeTo(int version)
{
    // Steps rebuild tables (drop, copy, rename); with foreign keys on,
    // dropping a table would first delete the rows that refer to it.
    const ForeignKeyChecksOff noForeignKeyChecks(m_file);
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto checks = Statement::scalar(m_file, QStringLiteral("PRAGMA foreign_keys"));
    if (!checks || checks.value() != 0)
        return Status::failure(m_file.describe(Tr::tr("cannot be upgraded inside another change: try again.")));
    auto current = Statement::scalar(m_file, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return Status::failure(current.error());
    for (const Schema::Step &step : Schema::steps()) {
        if (step.version <= current.value() || step.version > version)
            continue;
        for (const QString &sql : step.statementsFor(SqlDialect::Kind::SQLite)) {
            if (Status s = Statement(m_file, sql).exec(); !s)
                return Status::failure(m_file.describe(
                    Tr::tr("could not be upgraded to file format %1: %2").arg(step.version).arg(s.error())));
        }
        if (Status s = Statement(m_file, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec(); !s)
            return s;
    }
    return transaction.commit();
}
