#include "io/ScheduleDocument.h"

#include "io/ScheduleTime.h"

#include <QHash>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <set>

QTimeZone ScheduleDocument::timeZone() const
{
    QTimeZone zone(conference.timeZoneId);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QDate ScheduleDocument::dayOf(const QDateTime &utc) const
{
    const QDateTime local = utc.toTimeZone(timeZone());
    return local.time() < conference.dayChange ? local.date().addDays(-1) : local.date();
}

QList<QDate> ScheduleDocument::days() const
{
    // The event's own days, then each other day a session is on. Only those:
    // a session dated years away (a damaged file) must not make millions of
    // empty days in between.
    constexpr int longestEvent = 1000;
    std::set<QDate> days;
    const QDate first = conference.firstDay;
    const QDate last = conference.lastDay.isValid() ? conference.lastDay : first;
    for (QDate d = first; d.isValid() && d <= last && int(days.size()) < longestEvent; d = d.addDays(1))
        days.insert(d);
    for (const ScheduleSession &s : sessions)
        if (s.isScheduled())
            days.insert(dayOf(s.start));
    return QList<QDate>(days.begin(), days.end());
}

QDateTime ScheduleDocument::dayStart(QDate day) const
{
    return QDateTime(day, conference.dayChange, timeZone()).toUTC();
}

QDateTime ScheduleDocument::dayEnd(QDate day) const
{
    return dayStart(day.addDays(1));
}

QList<ScheduleDay> ScheduleDocument::timetable() const
{
    QList<ScheduleDay> out;
    QHash<QDate, int> dayIndex;
    for (const QDate &date : days()) {
        ScheduleDay day;
        day.index = int(out.size()) + 1;
        day.date = date;
        day.start = dayStart(date);
        day.end = dayEnd(date);
        for (const ScheduleRoom &room : rooms)
            day.rooms << ScheduleRoomSessions{room, {}};
        dayIndex.insert(date, int(out.size()));
        out << day;
    }
    for (const ScheduleSession &s : sessions) {
        if (!s.isScheduled())
            continue;
        ScheduleDay &day = out[dayIndex.value(dayOf(s.start))];
        auto room = std::find_if(day.rooms.begin(), day.rooms.end(),
                                 [&](const ScheduleRoomSessions &r) { return r.room.name == s.room; });
        if (room == day.rooms.end()) {
            day.rooms << ScheduleRoomSessions{{s.room, stableGuid(QStringLiteral("room/") + s.room)}, {}};
            room = day.rooms.end() - 1;
        }
        room->sessions << &s;
    }
    for (ScheduleDay &day : out)
        for (ScheduleRoomSessions &room : day.rooms)
            std::stable_sort(room.sessions.begin(), room.sessions.end(),
                             [](const ScheduleSession *a, const ScheduleSession *b) { return a->start < b->start; });
    return out;
}

QString ScheduleDocument::exportAcronym() const
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-]{4,}$"));
    if (valid.match(conference.acronym).hasMatch())
        return conference.acronym;
    const QString source = conference.acronym.trimmed().isEmpty() ? conference.title : conference.acronym;
    QString slug;
    for (const QChar c : source.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(u'_'))
            slug += u'_';
    }
    while (slug.endsWith(u'_'))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("event");
    while (slug.size() < 4)
        slug += u'_';
    return slug;
}

QString ScheduleDocument::stableGuid(const QString &text)
{
    static const QUuid podiumNamespace(QStringLiteral("{6f0f2a2c-6a43-4a8e-9a55-2f1d8b8a7c01}"));
    return QUuid::createUuidV5(podiumNamespace, text).toString(QUuid::WithoutBraces);
}

QList<QPair<QString, QString>> ScheduleDocument::frabFields(const ScheduleSession &s) const
{
    const QTimeZone zone = timeZone();
    return {
        {QStringLiteral("date"), ScheduleTime::formatMoment(s.start, zone)},
        {QStringLiteral("start"), s.start.toTimeZone(zone).toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("duration"), ScheduleTime::formatDuration(s.durationMinutes)},
        {QStringLiteral("room"), s.room},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("subtitle"), s.subtitle},
        {QStringLiteral("track"), s.track},
        {QStringLiteral("type"), toKey(s.type)},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("abstract"), s.abstract},
        {QStringLiteral("description"), s.description},
    };
}
