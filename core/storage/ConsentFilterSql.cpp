#include "storage/ConsentFilterSql.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"

#include <QStringList>

QString ConsentFilterSql::where(const ConsentPolicy::Filter &filter, const QString &alias)
{
    QStringList conditions;
    if (filter.requiresListConsent)
        conditions << QStringLiteral("%1.consent_list = 1").arg(alias);
    if (filter.excludesCancelled)
        conditions << QStringLiteral("%1.status <> '%2'").arg(alias, toKey(RegistrationStatus::Cancelled));
    return conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
}

Result<QList<ParticipantId>> ConsentFilterSql::matchingIds(const EventStore &file, ConsentPolicy::Output output)
{
    Statement s(file, QStringLiteral("SELECT id FROM participant WHERE %1 ORDER BY id").arg(where(output)));
    if (Status st = s.exec(); !st)
        return Result<QList<ParticipantId>>::failure(st.error());
    QList<ParticipantId> ids;
    while (s.next())
        ids << s.value(0).toLongLong();
    return ids;
}
