#pragma once

#include "io/ScheduleDocument.h"
#include "site/SiteText.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QString>

// What the site's pages show, worked out once from the schedule: the
// scheduled sessions in time order, their speakers, file names and times in
// the event's zone. File names come from GUIDs, so links and favourites stay
// the same from one export to the next.
class SiteContent
{
public:
    struct Speaker
    {
        QString key;  // GUID, or one made from the name
        QString name;
        QString file; // "speaker-….html"
        QList<const ScheduleSession *> sessions;
    };
    struct Day
    {
        int number = 1;
        QDate date;
        QString file; // index.html for the first day
        QList<const ScheduleSession *> sessions; // by start, then room
    };

    SiteContent(const ScheduleDocument &schedule, const SiteText &text);

    const ScheduleDocument &schedule() const { return m_schedule; }
    const SiteText &text() const { return m_text; }
    const QList<Day> &days() const { return m_days; }
    const QList<Speaker> &speakers() const { return m_speakers; }
    QList<const ScheduleSession *> sessions() const;
    QStringList roomsOf(const Day &day) const; // the event's rooms in order, those used that day

    QString sessionFile(const ScheduleSession &session) const;
    QString speakerFile(const SchedulePerson &person) const;
    QString sessionKey(const ScheduleSession &session) const;
    int trackIndex(const QString &track) const; // -1: none
    QColor trackColor(int index) const;

    QDateTime local(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    QString time(const QDateTime &utc) const;
    QString timeRange(const ScheduleSession &session) const;
    QString longDate(QDate date) const;
    QString shortDate(QDate date) const;
    QString zoneName() const;

    static QString personKey(const SchedulePerson &person);
    // Letters, digits and dashes only: safe in a file name and an HTML id.
    static QString safeKey(const QString &text);

private:
    const ScheduleDocument &m_schedule;
    const SiteText &m_text;
    QTimeZone m_zone;
    QList<Day> m_days;
    QList<Speaker> m_speakers;
    QHash<const ScheduleSession *, QString> m_sessionKeys;
    QHash<QString, int> m_trackIndex;
};
