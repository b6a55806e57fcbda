#include "storage/VersionedUpdate.h"

#include "storage/ChangeLogRepository.h"
#include "storage/Statement.h"
#include "util/ChangeAuthor.h"

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
    if (version > 0 && s.rowsAffected() == 0) {
        // Moved on only by this person's own later edits (an undo stack
        // replaying its copies, a restore): theirs to overwrite. Anyone
        // else's change since, or one from outside Podium, refuses it.
        auto exists = Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(m_table), {id});
        Statement check(m_file, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = ? AND row_id = ? "
                                               "AND row_version > ? AND (author IS NULL OR author <> ?)"));
        check.bind({m_table, id, version, ChangeAuthor::current().name});
        const bool othersChanged = !check.exec() || !check.next() || check.value(0).toLongLong() > 0;
        if (!exists || exists.value() == 0 || othersChanged)
            return ChangeLogRepository(m_file).refusedEdit(m_table, id, version);
        return run(assignments, values, id, 0);
    }
    return {};
}
