#include "io/ScheduleDocument.h"

#include "io/ScheduleTime.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <set>

QDateTime WrittenTime::in(const QTimeZone &zone, QTime dayChange) const
{
    if (!isValid())
        return {};
    const QDate calendarDate = onProgrammeDay && time < dayChange ? date.addDays(1) : date;
    return QDateTime(calendarDate, time, offset ? QTimeZone(*offset) : zone).toUTC();
}

QTimeZone ScheduleDocument::timeZone() const
{
    QTimeZone zone(conference.timeZoneId);
    return zone.isValid() ? zone : QTimeZone::utc();
}

QStringList ScheduleDocument::readTimesIn(const QByteArray &zoneId)
{
    conference.timeZoneId = zoneId;
    const QTimeZone zone = timeZone();
    QStringList disagreements;
    for (ScheduleSession &s : sessions) {
        if (!s.written.isValid())
            continue;
        s.start = s.written.in(zone, conference.dayChange);
        if (!zoneId.isEmpty() && s.written.offset && zone.offsetFromUtc(s.start) != *s.written.offset)
            disagreements << QCoreApplication::translate("ScheduleDocument", "%1: “%2” is given at %3 (UTC%4), but %5 "
                                                                              "is at UTC%6 then.")
                                 .arg(s.origin, s.title,
                                      QDateTime(s.written.date, s.written.time).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                      ScheduleTime::formatOffset(*s.written.offset), QString::fromUtf8(zoneId),
                                      ScheduleTime::formatOffset(zone.offsetFromUtc(s.start)));
    }
    conference.givenDays.clear();
    for (const auto &[date, bounds] : std::as_const(conference.writtenDays))
        conference.givenDays << ProgrammeDay{date, bounds.first.in(zone), bounds.second.in(zone)};
    return disagreements;
}

QString ScheduleDocument::offsetWarning(const QByteArray &zoneId, const QStringList &disagreements)
{
    constexpr int shown = 10;
    QString text = QCoreApplication::translate("ScheduleDocument",
                                               "%n session(s) give a UTC offset that is not the offset of %1 at that "
                                               "time (each keeps the moment its file gives):",
                                               nullptr, int(disagreements.size()))
                       .arg(QString::fromUtf8(zoneId));
    for (const QString &line : disagreements.mid(0, shown))
        text += QStringLiteral("\n  ") + line;
    if (disagreements.size() > shown)
        text += QStringLiteral("\n  ")
            + QCoreApplication::translate("ScheduleDocument", "… and %n more.", nullptr, int(disagreements.size()) - shown);
    return text;
}

ProgrammeDays ScheduleDocument::programmeDays() const
{
    return ProgrammeDays(timeZone(), conference.dayChange, conference.givenDays);
}

QDate ScheduleDocument::dayOf(const QDateTime &utc) const
{
    return programmeDays().dayOf(utc);
}

QList<QDate> ScheduleDocument::days() const
{
    const ProgrammeDays rule = programmeDays();
    std::set<QDate> sessionDays;
    for (const ScheduleSession &s : sessions)
        if (s.isScheduled())
            sessionDays.insert(rule.dayOf(s.start));
    // The event's own days between the first and the last day with a
    // session (an empty day before or after would only be an empty page in
    // the apps), then each other day a session is on. Only those: a session
    // dated years away (a damaged file) must not make millions of empty days.
    constexpr int longestEvent = 1000;
    std::set<QDate> days = sessionDays;
    QDate first = conference.firstDay;
    QDate last = conference.lastDay.isValid() ? conference.lastDay : first;
    if (!sessionDays.empty()) {
        first = std::max(first, *sessionDays.begin());
        last = std::min(last, *sessionDays.rbegin());
    }
    for (QDate d = first; d.isValid() && d <= last && int(days.size()) < longestEvent; d = d.addDays(1))
        days.insert(d);
    return QList<QDate>(days.begin(), days.end());
}

QDateTime ScheduleDocument::dayStart(QDate day) const
{
    return programmeDays().start(day);
}

QDateTime ScheduleDocument::dayEnd(QDate day) const
{
    return programmeDays().end(day);
}

QList<ScheduleDay> ScheduleDocument::timetable() const
{
    QList<ScheduleDay> out;
    QHash<QDate, int> dayIndex;
    const ProgrammeDays rule = programmeDays();
    for (const QDate &date : days()) {
        ScheduleDay day;
        day.index = int(out.size()) + 1;
        day.date = date;
        day.start = rule.start(date);
        day.end = rule.end(date);
        for (const ScheduleRoom &room : rooms)
            day.rooms << ScheduleRoomSessions{room, {}};
        dayIndex.insert(date, int(out.size()));
        out << day;
    }
    for (const ScheduleSession &s : sessions) {
        if (!s.isScheduled())
            continue;
        ScheduleDay &day = out[dayIndex.value(rule.dayOf(s.start))];
        // A session outside the bounds a file gave its day widens the day.
        day.start = std::min(day.start, s.start);
        day.end = std::max(day.end, s.end());
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
    // The JSON schema's pattern, which the XSD's ([a-z0-9_-]{4,}) also accepts.
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-][a-z0-9_]{3,}$"));
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

bool ScheduleDocument::isUuid(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString ScheduleDocument::exportGuid(const QString &guid)
{
    return isUuid(guid) ? guid : stableGuid(QStringLiteral("guid/") + guid);
}

bool ScheduleDocument::isExportableSlug(const QString &slug)
{
    // Both the XSD's voc-slug-new and the JSON schema's slug pattern.
    static const QRegularExpression both(QStringLiteral("^(?=[a-z0-9_]{4,}-[a-z0-9_-]{4,}$)[a-z0-9_-]+[a-z0-9]$"));
    return both.match(slug).hasMatch();
}

QHash<QString, QString> ScheduleDocument::exportSlugs() const
{
    // Slugs must be unique in a file (the XSD says so): a second session
    // with the same slug gets a made one, which holds its unique id.
    QHash<QString, QString> byGuid;
    QSet<QString> taken;
    for (const ScheduleSession &s : sessions) {
        QString slug = isExportableSlug(s.slug) && !taken.contains(s.slug) ? s.slug : madeSlug(s);
        taken.insert(slug);
        byGuid.insert(s.guid, slug);
    }
    return byGuid;
}

QString ScheduleDocument::madeSlug(const ScheduleSession &s) const
{
    QString words;
    for (const QChar c : s.title.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            words += c;
        else if (!words.isEmpty() && !words.endsWith(u'_'))
            words += u'_';
        if (words.size() >= 60)
            break;
    }
    while (words.endsWith(u'_'))
        words.chop(1);
    const QString tail = words.size() >= 4 ? words : words.isEmpty() ? QStringLiteral("talk") : words + QStringLiteral("_talk");
    const qint64 id = s.externalId.value_or(0);
    const QString slug = QStringLiteral("%1-%2-%3").arg(exportAcronym()).arg(id).arg(tail);
    return isExportableSlug(slug) ? slug : QStringLiteral("talk_%1-%2").arg(id).arg(tail);
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
        {QStringLiteral("type"), s.typeText()},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("abstract"), s.abstract},
        {QStringLiteral("description"), s.description},
    };
}
