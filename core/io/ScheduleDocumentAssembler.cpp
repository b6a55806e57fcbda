#include "io/ScheduleDocumentAssembler.h"

#include "io/ScheduleTime.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDocumentAssembler)
};

// frab, pretalx and Indico name session types freely; map the usual words.
SessionType typeFromWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (auto known = Vocabulary<SessionType>::fromKey(w))
        return *known;
    static const QList<QPair<QStringList, SessionType>> words = {
        {{QStringLiteral("lecture"), QStringLiteral("lightning_talk"), QStringLiteral("lightning talk"),
          QStringLiteral("presentation"), QStringLiteral("contribution"), QStringLiteral("vortrag")},
         SessionType::Talk},
        {{QStringLiteral("podium"), QStringLiteral("discussion"), QStringLiteral("panel discussion")}, SessionType::Panel},
        {{QStringLiteral("hands-on"), QStringLiteral("tutorial"), QStringLiteral("bof")}, SessionType::Workshop},
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

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}
} // namespace

ScheduleDocumentAssembler::ScheduleDocumentAssembler(const QString &fileName, Syntax syntax)
    : m_fileName(fileName), m_syntax(syntax)
{
    m_document.conference.timeZoneId.clear();
}

QString ScheduleDocumentAssembler::message(const QString &origin, const QString &problem) const
{
    const QString file = QStringLiteral("“%1”").arg(QDir::toNativeSeparators(m_fileName));
    return origin.isEmpty() ? QStringLiteral("%1: %2").arg(file, problem)
                            : QStringLiteral("%1, %2: %3").arg(file, origin, problem);
}

QString ScheduleDocumentAssembler::field(const QString &name) const
{
    switch (m_syntax) {
    case Syntax::Xml: return QStringLiteral("<%1>").arg(name);
    case Syntax::Json: return QStringLiteral("\"%1\"").arg(name);
    case Syntax::Csv: break;
    }
    return Tr::tr("column “%1”").arg(name);
}

void ScheduleDocumentAssembler::warn(const QString &key, const QString &origin, const QString &text)
{
    auto it = m_warnings.find(key);
    if (it == m_warnings.end()) {
        m_warningOrder << key;
        it = m_warnings.insert(key, Warning{message(origin, text), 0});
    }
    ++it->count;
}

QTimeZone ScheduleDocumentAssembler::zone() const
{
    if (m_haveZone)
        return m_document.timeZone();
    return m_firstOffset ? QTimeZone(*m_firstOffset) : QTimeZone::utc();
}

QDateTime ScheduleDocumentAssembler::moment(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!m_firstOffset && parsed.isValid() && ScheduleTime::hasOffset(text))
        m_firstOffset = parsed.offsetFromUtc();
    return ScheduleTime::parseMoment(text, zone());
}

Status ScheduleDocumentAssembler::setConference(const RawScheduleConference &raw)
{
    ScheduleConference &c = m_document.conference;
    c.title = raw.title.trimmed();
    if (c.title.isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the conference has no %1.").arg(field(QStringLiteral("title")))));
    c.subtitle = raw.subtitle.trimmed();
    c.acronym = raw.acronym.trimmed();
    c.description = raw.description.trimmed();
    if (!raw.timeZone.trimmed().isEmpty()) {
        const QTimeZone zone(raw.timeZone.trimmed().toUtf8());
        if (!zone.isValid())
            return Status::failure(message(raw.origin, Tr::tr("the time zone “%1” in %2 is unknown.")
                                                           .arg(raw.timeZone.trimmed(), field(QStringLiteral("time_zone_name")))));
        c.timeZoneId = zone.id();
        m_haveZone = true;
    }
    auto date = [&](const QString &text, const QString &name, QDate *out) -> Status {
        if (text.trimmed().isEmpty())
            return {};
        QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            const QDateTime m = moment(text);
            d = m.isValid() ? m.toTimeZone(zone()).date() : QDate();
        }
        if (!d.isValid())
            return Status::failure(message(raw.origin, Tr::tr("%1 “%2” is not a date like 2024-05-30.")
                                                           .arg(field(name), text.trimmed())));
        *out = d;
        return {};
    };
    if (Status s = date(raw.start, QStringLiteral("start"), &c.firstDay); !s)
        return s;
    if (Status s = date(raw.end, QStringLiteral("end"), &c.lastDay); !s)
        return s;
    if (!c.lastDay.isValid() && c.firstDay.isValid() && !raw.days.trimmed().isEmpty()) {
        bool ok = false;
        const int days = raw.days.trimmed().toInt(&ok);
        if (!ok || days < 1 || days > 3660)
            return Status::failure(message(raw.origin, Tr::tr("%1 “%2” is not a number of days.")
                                                           .arg(field(QStringLiteral("days")), raw.days.trimmed())));
        c.lastDay = c.firstDay.addDays(days - 1);
    }
    if (c.firstDay.isValid() && c.lastDay.isValid() && c.lastDay < c.firstDay)
        return Status::failure(message(raw.origin, Tr::tr("the conference ends (%1) before it starts (%2).")
                                                       .arg(c.lastDay.toString(Qt::ISODate), c.firstDay.toString(Qt::ISODate))));
    return {};
}

void ScheduleDocumentAssembler::addTrack(const QString &name, const QString &color)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return;
    const QColor c(color.trimmed());
    if (auto it = m_trackIndex.constFind(n.toLower()); it != m_trackIndex.constEnd()) {
        if (c.isValid())
            m_document.tracks[*it].color = c;
        return;
    }
    m_trackIndex.insert(n.toLower(), int(m_document.tracks.size()));
    m_document.tracks << ScheduleTrack{n, c};
}

void ScheduleDocumentAssembler::addRoom(const QString &name, const QString &guid)
{
    const QString n = name.trimmed();
    if (n.isEmpty() || m_roomIndex.contains(n))
        return;
    m_roomIndex.insert(n, int(m_document.rooms.size()));
    m_document.rooms << ScheduleRoom{n, guid.trimmed()};
}

Status ScheduleDocumentAssembler::addDay(const QString &origin, const QString &date, const QString &start,
                                         const QString &end)
{
    QDate day = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!date.trimmed().isEmpty() && !day.isValid())
        return Status::failure(message(origin, Tr::tr("the day's date “%1” is not a date like 2024-05-30.").arg(date.trimmed())));
    QDateTime bounds[2];
    const QString texts[2] = {start.trimmed(), end.trimmed()};
    for (int i = 0; i < 2; ++i) {
        if (texts[i].isEmpty())
            continue;
        bounds[i] = moment(texts[i]);
        if (!bounds[i].isValid())
            return Status::failure(message(origin, Tr::tr("the day's %1 “%2” is not a date and time like "
                                                          "2024-05-30T09:00:00+02:00.")
                                                       .arg(i == 0 ? Tr::tr("start") : Tr::tr("end"), texts[i])));
    }
    if (!day.isValid() && bounds[0].isValid())
        day = bounds[0].toTimeZone(zone()).date();
    if (!day.isValid())
        return {};
    if (!m_haveDayChange && bounds[1].isValid()) {
        // frab ends a day at its day change ("04:00"), pretalx a minute before ("03:59").
        QDateTime local = bounds[1].toTimeZone(zone());
        if (local.time().minute() == 59)
            local = local.addSecs(60);
        if (local.date() == day.addDays(1) && local.time() < QTime(12, 0))
            m_document.conference.dayChange = QTime(local.time().hour(), local.time().minute());
        m_haveDayChange = true;
    }
    if (!m_firstListedDay.isValid() || day < m_firstListedDay)
        m_firstListedDay = day;
    if (!m_lastListedDay.isValid() || day > m_lastListedDay)
        m_lastListedDay = day;
    return {};
}

Result<QDateTime> ScheduleDocumentAssembler::startOf(const RawScheduleEvent &raw)
{
    using R = Result<QDateTime>;
    if (!raw.date.trimmed().isEmpty()) {
        const QDateTime start = moment(raw.date);
        if (!start.isValid())
            return R::failure(message(raw.origin, Tr::tr("%1 “%2” is not a date and time like 2024-05-30T09:00:00+02:00.")
                                                      .arg(field(QStringLiteral("date")), raw.date.trimmed())));
        return start;
    }
    if (raw.start.trimmed().isEmpty())
        return R::failure(message(raw.origin, Tr::tr("the event “%1” has no %2 or %3.")
                                                  .arg(raw.title.trimmed(), field(QStringLiteral("date")),
                                                       field(QStringLiteral("start")))));
    const auto clock = ScheduleTime::parseClock(raw.start);
    if (!clock)
        return R::failure(message(raw.origin, Tr::tr("%1 “%2” is not a time like 09:30.")
                                                  .arg(field(QStringLiteral("start")), raw.start.trimmed())));
    const QDate day = QDate::fromString(raw.day.trimmed(), Qt::ISODate);
    if (!day.isValid())
        return R::failure(message(raw.origin, Tr::tr("the event “%1” has a %2 but no %3 and no day date.")
                                                  .arg(raw.title.trimmed(), field(QStringLiteral("start")),
                                                       field(QStringLiteral("date")))));
    // Before the day change, a clock time belongs to the night after the day.
    const QDate date = *clock < m_document.conference.dayChange ? day.addDays(1) : day;
    return QDateTime(date, *clock, zone()).toUTC();
}

QString ScheduleDocumentAssembler::derivedGuid(const RawScheduleEvent &raw) const
{
    const QString key = raw.id.trimmed().isEmpty() ? raw.title.trimmed() + QLatin1Char('@') + raw.date + raw.start
                                                   : QStringLiteral("id:") + raw.id.trimmed();
    // Stable, so importing the same file twice (or merging a new version) finds the same sessions.
    return ScheduleDocument::stableGuid(QStringLiteral("session/") + m_document.conference.acronym + QLatin1Char('/') + key);
}

Status ScheduleDocumentAssembler::addEvent(const RawScheduleEvent &raw)
{
    ScheduleSession s;
    s.origin = raw.origin;
    s.title = raw.title.trimmed();
    if (s.title.isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the event has no %1.").arg(field(QStringLiteral("title")))));
    s.room = raw.room.trimmed();
    if (s.room.isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the event “%1” has no %2.").arg(s.title, field(QStringLiteral("room")))));
    auto start = startOf(raw);
    if (!start)
        return Status::failure(start.error());
    s.start = start.value();
    if (raw.duration.trimmed().isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the event “%1” has no %2.")
                                                       .arg(s.title, field(QStringLiteral("duration")))));
    const auto duration = ScheduleTime::parseDuration(raw.duration);
    if (!duration)
        return Status::failure(message(raw.origin, Tr::tr("%1 “%2” is not a duration like 00:30.")
                                                       .arg(field(QStringLiteral("duration")), raw.duration.trimmed())));
    s.durationMinutes = *duration;
    s.externalId = positiveId(raw.id);
    if (!raw.id.trimmed().isEmpty() && !s.externalId)
        warn(QStringLiteral("id"), raw.origin, Tr::tr("the event id “%1” is not a positive number: ignored.").arg(raw.id.trimmed()));
    s.guid = raw.guid.trimmed().isEmpty() ? derivedGuid(raw) : raw.guid.trimmed().toLower();
    if (const QString first = m_guidOrigin.value(s.guid); !first.isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the event “%1” has the GUID %2 of the event at %3.")
                                                       .arg(s.title, s.guid, first)));
    m_guidOrigin.insert(s.guid, raw.origin.isEmpty() ? QStringLiteral("?") : raw.origin);
    s.subtitle = raw.subtitle.trimmed();
    s.type = typeFromWord(raw.type);
    s.track = raw.track.trimmed();
    s.language = raw.language.trimmed();
    s.abstract = raw.abstract.trimmed();
    s.description = raw.description.trimmed();
    for (const RawSchedulePerson &p : raw.persons) {
        if (p.name.trimmed().isEmpty()) {
            warn(QStringLiteral("person"), raw.origin, Tr::tr("a person without a name was left out."));
            continue;
        }
        s.persons << SchedulePerson{p.guid.trimmed().toLower(), positiveId(p.id), p.name.simplified()};
    }
    for (const SessionLink &link : raw.links)
        if (!link.url.trimmed().isEmpty())
            s.links << SessionLink{link.url.trimmed(), link.title.trimmed()};
    addRoom(s.room, QString());
    addTrack(s.track, QString());
    m_document.sessions << s;
    return {};
}

Result<ScheduleDocument> ScheduleDocumentAssembler::finish()
{
    ScheduleConference &c = m_document.conference;
    if (c.title.isEmpty() && m_syntax != Syntax::Csv)
        return Result<ScheduleDocument>::failure(
            message(QString(), Tr::tr("there is no conference %1: is this a schedule file?").arg(field(QStringLiteral("title")))));
    if (!m_haveZone)
        c.timeZoneId = zone().id();
    if (!c.firstDay.isValid())
        c.firstDay = m_firstListedDay;
    if (!c.lastDay.isValid())
        c.lastDay = m_lastListedDay.isValid() ? m_lastListedDay : c.firstDay;
    for (const QString &key : std::as_const(m_warningOrder)) {
        const Warning &w = m_warnings[key];
        m_document.warnings << (w.count > 1 ? Tr::tr("%1 (and %n more like it)", nullptr, w.count - 1).arg(w.text) : w.text);
    }
    return m_document;
}
