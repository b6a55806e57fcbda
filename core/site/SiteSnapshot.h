#pragma once

#include "site/SiteContent.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

// What an export published, kept beside the site (podium-site.json) so the
// next export into the same folder can list what changed: each session by
// GUID with its title, times, room and speakers.
class SiteSnapshot
{
public:
    struct Entry
    {
        QString title;
        QDateTime start; // UTC
        QDateTime end;
        QString room;
        QStringList speakers;
        QString file;
    };
    enum class Change { Added, Removed, Moved, RoomChanged, Retitled, SpeakersChanged };
    struct Difference
    {
        QString guid;
        QList<Change> changes;
        Entry before; // empty when added
        Entry after;  // empty when removed
    };

    static constexpr const char *fileName = "podium-site.json";

    static SiteSnapshot of(const SiteContent &content, const QDateTime &exportedAt);
    // A damaged or foreign file fails, with the reason.
    static Result<SiteSnapshot> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    QDateTime exportedAt() const { return m_exportedAt; }
    // What changed from `previous` to this one, in this one's order, removed sessions last.
    QList<Difference> differencesFrom(const SiteSnapshot &previous) const;

private:
    QDateTime m_exportedAt;
    QStringList m_order;
    QMap<QString, Entry> m_entries;
};
