#include "site/SiteContent.h"

#include <QCollator>
#include <QRegularExpression>

#include <algorithm>
#include <map>

SiteContent::SiteContent(const ScheduleDocument &schedule, const SiteText &text)
    : m_schedule(schedule), m_text(text), m_zone(schedule.timeZone())
{
    for (int i = 0; i < schedule.tracks.size(); ++i)
        m_trackIndex.insert(schedule.tracks.at(i).name, i);

    QList<const ScheduleSession *> scheduled;
    QHash<QString, int> keysUsed;
    for (const ScheduleSession &s : schedule.sessions) {
        if (!s.isScheduled())
            continue;
        scheduled.append(&s);
        QString key = safeKey(s.guid);
        if (key.isEmpty())
            key = safeKey(ScheduleDocument::stableGuid(s.title + s.start.toString(Qt::ISODate) + s.room));
        if (const int n = keysUsed[key]++; n > 0) // two sessions with one GUID: a damaged file, still two pages
            key += QStringLiteral("-%1").arg(n + 1);
        m_sessionKeys.insert(&s, key);
        if (!m_trackIndex.contains(s.track) && !s.track.isEmpty())
            m_trackIndex.insert(s.track, m_trackIndex.size());
    }
    QHash<QString, int> roomOrder;
    for (int i = 0; i < schedule.rooms.size(); ++i)
        roomOrder.insert(schedule.rooms.at(i).name, i);
    std::stable_sort(scheduled.begin(), scheduled.end(), [&](const ScheduleSession *a, const ScheduleSession *b) {
        if (a->start != b->start)
            return a->start < b->start;
        return roomOrder.value(a->room, 1 << 20) < roomOrder.value(b->room, 1 << 20);
    });

    std::map<QDate, QList<const ScheduleSession *>> byDay;
    for (const QDate &d : schedule.days())
        byDay[d];
    for (const ScheduleSession *s : scheduled)
        byDay[schedule.dayOf(s->start)].append(s);
    int number = 0;
    for (auto &[date, sessions] : byDay) {
        ++number;
        Day day;
        day.number = number;
        day.date = date;
        day.file = number == 1 ? QStringLiteral("index.html") : QStringLiteral("day-%1.html").arg(number);
        day.sessions = sessions;
        m_days.append(day);
    }

    std::map<QString, Speaker> speakers; // by key
    for (const ScheduleSession *s : scheduled) {
        for (const SchedulePerson &p : s->persons) {
            Speaker &speaker = speakers[personKey(p)];
            speaker.key = personKey(p);
            speaker.name = p.name;
            speaker.file = QStringLiteral("speaker-%1.html").arg(speaker.key);
            if (!speaker.sessions.contains(s))
                speaker.sessions.append(s);
        }
    }
    for (auto &entry : speakers)
        m_speakers.append(entry.second);
    const QCollator collator = [&] {
        QCollator c(text.locale());
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    std::stable_sort(m_speakers.begin(), m_speakers.end(),
                     [&](const Speaker &a, const Speaker &b) { return collator.compare(a.name, b.name) < 0; });
}

QList<const ScheduleSession *> SiteContent::sessions() const
{
    QList<const ScheduleSession *> all;
    for (const Day &d : m_days)
        all += d.sessions;
    return all;
}

QStringList SiteContent::roomsOf(const Day &day) const
{
    QStringList used;
    for (const ScheduleSession *s : day.sessions)
        if (!used.contains(s->room))
            used.append(s->room);
    QStringList ordered;
    for (const ScheduleRoom &r : m_schedule.rooms)
        if (used.contains(r.name))
            ordered.append(r.name);
    for (const QString &r : used) // rooms a file names only on its sessions
        if (!ordered.contains(r))
            ordered.append(r);
    return ordered;
}

QString SiteContent::sessionKey(const ScheduleSession &session) const
{
    return m_sessionKeys.value(&session);
}

QString SiteContent::sessionFile(const ScheduleSession &session) const
{
    return QStringLiteral("session-%1.html").arg(sessionKey(session));
}

QString SiteContent::speakerFile(const SchedulePerson &person) const
{
    return QStringLiteral("speaker-%1.html").arg(personKey(person));
}

int SiteContent::trackIndex(const QString &track) const
{
    return track.isEmpty() ? -1 : m_trackIndex.value(track, -1);
}

QColor SiteContent::trackColor(int index) const
{
    if (index < 0)
        return QColor(0x88, 0x88, 0x88);
    // A track's own colour, unless an earlier track has it too (an import that gave them all one).
    if (index < m_schedule.tracks.size() && m_schedule.tracks.at(index).color.isValid()) {
        const QColor own = m_schedule.tracks.at(index).color;
        bool shared = false;
        for (int i = 0; i < index && !shared; ++i)
            shared = m_schedule.tracks.at(i).color == own;
        if (!shared)
            return own;
    }
    // Tracks without a colour of their own: a palette whose neighbours are
    // told apart (Tableau 10), then hues for very many tracks.
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0x76b7b2,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    constexpr int size = int(sizeof(palette) / sizeof(palette[0]));
    if (index < size)
        return QColor(palette[index]);
    return QColor::fromHsv((index * 137) % 360, 160, 200);
}

QString SiteContent::time(const QDateTime &utc) const
{
    return m_text.locale().toString(local(utc).time(), QStringLiteral("HH:mm"));
}

QString SiteContent::timeRange(const ScheduleSession &session) const
{
    return QStringLiteral("%1–%2").arg(time(session.start), time(session.end()));
}

QString SiteContent::longDate(QDate date) const
{
    return m_text.locale().toString(date, QLocale::LongFormat);
}

QString SiteContent::shortDate(QDate date) const
{
    return m_text.locale().toString(date, QStringLiteral("ddd d MMM"));
}

QString SiteContent::zoneName() const
{
    return QString::fromUtf8(m_zone.id());
}

QString SiteContent::personKey(const SchedulePerson &person)
{
    const QString key = safeKey(person.guid);
    return key.isEmpty() ? safeKey(ScheduleDocument::stableGuid(person.name)) : key;
}

QString SiteContent::safeKey(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9-]"));
    return QString(text).remove(unsafe).left(64).toLower();
}
