#include "model/Session.h"

#include <QPair>
#include <QStringList>

bool Session::operator==(const Session &o) const
{
    return id == o.id && guid == o.guid && externalId == o.externalId && title == o.title
        && subtitle == o.subtitle && abstract == o.abstract && description == o.description && type == o.type
        && trackId == o.trackId && roomId == o.roomId && start == o.start
        && durationMinutes == o.durationMinutes && language == o.language && status == o.status
        && expectedAttendance == o.expectedAttendance && links == o.links && attachments == o.attachments
        && recordingOptOut == o.recordingOptOut && url == o.url && slug == o.slug && typeName == o.typeName;
}

SessionType Session::typeForName(const QString &name)
{
    // frab, pretalx and Indico name session types freely; map the usual words.
    const QString w = name.trimmed().toLower();
    if (auto known = Vocabulary<SessionType>::fromKey(w))
        return *known;
    static const QList<QPair<QStringList, SessionType>> words = {
        {{QStringLiteral("lecture"), QStringLiteral("lightning_talk"), QStringLiteral("lightning talk"),
          QStringLiteral("lightningtalk"), QStringLiteral("presentation"), QStringLiteral("contribution"),
          QStringLiteral("vortrag"), QStringLiteral("maintrack")},
         SessionType::Talk},
        {{QStringLiteral("podium"), QStringLiteral("discussion"), QStringLiteral("panel discussion")}, SessionType::Panel},
        {{QStringLiteral("hands-on"), QStringLiteral("tutorial"), QStringLiteral("bof"), QStringLiteral("devroom")},
         SessionType::Workshop},
        {{QStringLiteral("pause"), QStringLiteral("coffee break"), QStringLiteral("lunch")}, SessionType::Break},
        {{QStringLiteral("meeting"), QStringLiteral("meetup"), QStringLiteral("social")}, SessionType::Networking},
    };
    for (const auto &entry : words)
        if (entry.first.contains(w))
            return entry.second;
    if (w.contains(QLatin1String("keynote")))
        return SessionType::Keynote;
    if (w.contains(QLatin1String("talk")))
        return SessionType::Talk;
    if (w.contains(QLatin1String("workshop")))
        return SessionType::Workshop;
    return SessionType::Other;
}
