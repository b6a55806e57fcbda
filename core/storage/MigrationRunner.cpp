#include "storage/MigrationRunner.h"

#include "storage/EventFile.h"
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
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    auto current = Statement::scalar(m_file, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return Status::failure(current.error());
    for (const Schema::Step &step : Schema::steps()) {
        if (step.version <= current.value() || step.version > version)
            continue;
        for (const QString &sql : step.statements) {
            if (Status s = Statement(m_file, sql).exec(); !s)
                return Status::failure(m_file.describe(
                    Tr::tr("could not be upgraded to file format %1: %2").arg(step.version).arg(s.error())));
        }
        if (Status s = Statement(m_file, QStringLiteral("PRAGMA user_version = %1").arg(step.version)).exec(); !s)
            return s;
    }
    return transaction.commit();
}
