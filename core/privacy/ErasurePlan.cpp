#include "privacy/ErasurePlan.h"

QList<PersonId> ErasurePlan::personIds() const
{
    QList<PersonId> ids;
    for (const Entry &e : entries)
        ids << e.person.id;
    return ids;
}

QString ErasurePlan::describe() const
{
    QStringList lines;
    for (const Entry &e : entries) {
        QString who = e.person.displayName();
        if (who.isEmpty())
            who = tr("(no name)");
        if (!e.person.email.isEmpty())
            who += QStringLiteral(" <%1>").arg(e.person.email);
        if (!e.person.organisation.isEmpty())
            who += QStringLiteral(", %1").arg(e.person.organisation);
        lines << tr("%1: the person and all their details").arg(who);
        for (const Participant &r : e.registrations)
            lines << tr("  - registration %1 (%2, %3), with its needs, consents, check-in and notes")
                         .arg(r.code, toLabel(r.category), toLabel(r.status));
        for (const SessionPart &s : e.sessions)
            lines << tr("  - %1 in “%2”: the session stays, without them").arg(toLabel(s.role), s.sessionTitle);
    }
    if (!mentions.isEmpty()) {
        lines << tr("Their name or address also appears as text in %1. Erasing does not change that text: "
                    "edit it by hand.")
                     .arg(mentions.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}
