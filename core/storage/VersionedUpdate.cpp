#include "storage/VersionedUpdate.h"

#include "storage/ChangeLogRepository.h"
#include "storage/Statement.h"

Status VersionedUpdate::run(const QString &assignments, const QVariantList &values, qint64 id, int version) const
{
    Statement s(m_file,
                QStringLiteral("UPDATE %1 SET %2, version = version + 1 WHERE id = ?%3")
                    .arg(m_table, assignments, version > 0 ? QStringLiteral(" AND version = ?") : QString()),
                Statement::Cached);
    for (const QVariant &v : values)
        s.bind(v);
    s.bind(id);
    if (version > 0)
        s.bind(version);
    if (Status st = s.exec(); !st)
        return st;
    if (version > 0 && s.rowsAffected() == 0)
        return ChangeLogRepository(m_file).refusedEdit(m_table, id, version);
    return {};
}
