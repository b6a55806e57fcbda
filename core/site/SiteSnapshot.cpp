#include "site/SiteSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SiteSnapshot)
};

const QLatin1String formatKey("podium-site");
constexpr int formatVersion = 1;
} // namespace

SiteSnapshot SiteSnapshot::of(const SiteContent &content, const QDateTime &exportedAt)
{
    SiteSnapshot snapshot;
    snapshot.m_exportedAt = exportedAt.toUTC();
    for (const ScheduleSession *s : content.sessions()) {
        Entry e{s->title, s->start.toUTC(), s->end().toUTC(), s->room, {}, content.sessionFile(*s)};
        for (const SchedulePerson &p : s->persons)
            e.speakers.append(p.name);
        const QString guid = s->guid.isEmpty() ? content.sessionKey(*s) : s->guid;
        if (snapshot.m_entries.contains(guid))
            continue;
        snapshot.m_order.append(guid);
        snapshot.m_entries.insert(guid, e);
    }
    return snapshot;
}

QByteArray SiteSnapshot::toJson() const
{
    QJsonArray sessions;
    for (const QString &guid : m_order) {
        const Entry &e = m_entries[guid];
        sessions.append(QJsonObject{{QStringLiteral("guid"), guid},
                                    {QStringLiteral("title"), e.title},
                                    {QStringLiteral("start"), e.start.toString(Qt::ISODate)},
                                    {QStringLiteral("end"), e.end.toString(Qt::ISODate)},
                                    {QStringLiteral("room"), e.room},
                                    {QStringLiteral("speakers"), QJsonArray::fromStringList(e.speakers)},
                                    {QStringLiteral("file"), e.file}});
    }
    return QJsonDocument(QJsonObject{{formatKey, formatVersion},
                                     {QStringLiteral("exported"), m_exportedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("sessions"), sessions}})
        .toJson(QJsonDocument::Indented);
}

Result<SiteSnapshot> SiteSnapshot::fromJson(const QByteArray &json)
{
    using R = Result<SiteSnapshot>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return R::failure(Tr::tr("%1 is not valid JSON (%2).").arg(QLatin1String(fileName), error.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(formatKey).toInt() != formatVersion)
        return R::failure(Tr::tr("%1 was not written by this version of Podium.").arg(QLatin1String(fileName)));
    SiteSnapshot snapshot;
    snapshot.m_exportedAt = QDateTime::fromString(root.value(QStringLiteral("exported")).toString(), Qt::ISODate);
    for (const QJsonValue &v : root.value(QStringLiteral("sessions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString guid = o.value(QStringLiteral("guid")).toString();
        if (guid.isEmpty() || snapshot.m_entries.contains(guid))
            continue;
        Entry e;
        e.title = o.value(QStringLiteral("title")).toString();
        e.start = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
        e.end = QDateTime::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate).toUTC();
        e.room = o.value(QStringLiteral("room")).toString();
        for (const QJsonValue &name : o.value(QStringLiteral("speakers")).toArray())
            e.speakers.append(name.toString());
        e.file = o.value(QStringLiteral("file")).toString();
        snapshot.m_order.append(guid);
        snapshot.m_entries.insert(guid, e);
    }
    return snapshot;
}

QList<SiteSnapshot::Difference> SiteSnapshot::differencesFrom(const SiteSnapshot &previous) const
{
    QList<Difference> out;
    for (const QString &guid : m_order) {
        const Entry &now = m_entries[guid];
        if (!previous.m_entries.contains(guid)) {
            out.append({guid, {Change::Added}, {}, now});
            continue;
        }
        const Entry &before = previous.m_entries[guid];
        Difference d{guid, {}, before, now};
        if (before.start != now.start || before.end != now.end)
            d.changes.append(Change::Moved);
        if (before.room != now.room)
            d.changes.append(Change::RoomChanged);
        if (before.title != now.title)
            d.changes.append(Change::Retitled);
        if (before.speakers != now.speakers)
            d.changes.append(Change::SpeakersChanged);
        if (!d.changes.isEmpty())
            out.append(d);
    }
    for (const QString &guid : previous.m_order)
        if (!m_entries.contains(guid))
            out.append({guid, {Change::Removed}, previous.m_entries[guid], {}});
    return out;
}
