#include "io/ScheduleDocumentAssembler.h"

#include "io/ScheduleTime.h"

#include <QCoreApplication>
#include <QDir>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDocumentAssembler)
};

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

WrittenTime ScheduleDocumentAssembler::moment(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    WrittenTime written{parsed.date(), parsed.time(), std::nullopt};
    if (ScheduleTime::hasOffset(text))
        written.offset = parsed.offsetFromUtc();
    return written;
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
    c.venue = raw.venue.trimmed();
    c.city = raw.city.trimmed();
    c.url = raw.url.trimmed();
    if (!raw.timeZone.trimmed().isEmpty()) {
        // Kept as written (IANA): a zone name is never turned into an offset.
        const QByteArray id = raw.timeZone.trimmed().toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(id) || id.startsWith("UTC+") || id.startsWith("UTC-"))
            return Status::failure(message(raw.origin, Tr::tr("the time zone “%1” in %2 is not a time zone name like "
                                                              "Europe/Brussels.")
                                                           .arg(raw.timeZone.trimmed(), field(QStringLiteral("time_zone_name")))));
        c.timeZoneId = id;
        m_haveZone = true;
    }
    auto date = [&](const QString &text, const QString &name, QDate *out) -> Status {
        if (text.trimmed().isEmpty())
            return {};
        QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!d.isValid()) {
            const WrittenTime m = moment(text);
            d = m.date;
            if (out == &c.lastDay)
                m_end = m;
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
    WrittenTime bounds[2];
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
        day = bounds[0].date;
    if (!day.isValid())
        return {};
    if (bounds[1].isValid() && bounds[1].time.minute() == 59) {
        // frab ends a day at its day change ("04:00"), pretalx a minute before ("03:59").
        QDateTime next = QDateTime(bounds[1].date, bounds[1].time, QTimeZone::utc()).addSecs(60);
        next.setTime(QTime(next.time().hour(), next.time().minute()));
        bounds[1].date = next.date();
        bounds[1].time = next.time();
    }
    if (!m_haveDayChange && bounds[1].isValid()) {
        // The clock time the first day ends at, as written (in the file's own time).
        if (bounds[1].date == day.addDays(1) && bounds[1].time < QTime(12, 0))
            m_document.conference.dayChange = QTime(bounds[1].time.hour(), bounds[1].time.minute());
        m_document.conference.dayChangeGiven = true;
        m_haveDayChange = true;
    }
    if (bounds[0].isValid() && bounds[1].isValid())
        m_document.conference.writtenDays << qMakePair(day, qMakePair(bounds[0], bounds[1]));
    if (!m_firstListedDay.isValid() || day < m_firstListedDay)
        m_firstListedDay = day;
    if (!m_lastListedDay.isValid() || day > m_lastListedDay)
        m_lastListedDay = day;
    return {};
}

Result<WrittenTime> ScheduleDocumentAssembler::startOf(const RawScheduleEvent &raw)
{
    using R = Result<WrittenTime>;
    if (!raw.date.trimmed().isEmpty()) {
        const WrittenTime start = moment(raw.date);
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
    // Before the day change (the file's, else the event's: known when the
    // times are placed), a clock time belongs to the night after the day.
    return WrittenTime{day, *clock, std::nullopt, true};
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
    s.written = start.value();
    s.start = s.written.in(QTimeZone::utc()); // placed again once the zone is known
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
    // GUIDs byte for byte: apps keep favourites by them, and "HOqeNIb6G7M4" is not "hoqenib6g7m4".
    s.guid = raw.guid.trimmed().isEmpty() ? derivedGuid(raw) : raw.guid.trimmed();
    if (const QString first = m_guidOrigin.value(s.guid); !first.isEmpty())
        return Status::failure(message(raw.origin, Tr::tr("the event “%1” has the GUID %2 of the event at %3.")
                                                       .arg(s.title, s.guid, first)));
    m_guidOrigin.insert(s.guid, raw.origin.isEmpty() ? QStringLiteral("?") : raw.origin);
    s.subtitle = raw.subtitle.trimmed();
    s.typeName = raw.type.trimmed();
    s.type = Session::typeForName(s.typeName);
    if (s.typeName == toKey(s.type))
        s.typeName.clear(); // one of Podium's own types, as its exports write them
    s.url = raw.url.trimmed();
    s.slug = raw.slug.trimmed();
    const QString optOut = raw.recordingOptOut.trimmed().toLower();
    s.recordingOptOut = optOut == QLatin1String("true") || optOut == QLatin1String("1") || optOut == QLatin1String("yes");
    s.track = raw.track.trimmed();
    s.language = raw.language.trimmed();
    s.abstract = raw.abstract.trimmed();
    s.description = raw.description.trimmed();
    for (const RawSchedulePerson &p : raw.persons) {
        if (p.name.trimmed().isEmpty()) {
            warn(QStringLiteral("person"), raw.origin, Tr::tr("a person without a name was left out."));
            continue;
        }
        s.persons << SchedulePerson{p.guid.trimmed(), positiveId(p.id), p.name.simplified()};
    }
    for (const auto &[from, to] : {std::pair{&raw.links, &s.links}, std::pair{&raw.attachments, &s.attachments}})
        for (const SessionLink &link : *from)
            if (!link.url.trimmed().isEmpty())
                *to << SessionLink{link.url.trimmed(), link.title.trimmed(), link.type.trimmed()};
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
    // Without a zone name the clock times stay unplaced (read as UTC for
    // now): the importer reads them in the event's zone.
    const QStringList disagreements = m_document.readTimesIn(m_haveZone ? c.timeZoneId : QByteArray());
    if (!disagreements.isEmpty())
        m_document.warnings << ScheduleDocument::offsetWarning(c.timeZoneId, disagreements);
    // A conference that "ends" at the day change (06:00 the next morning,
    // or midnight) ends on the day before: no empty day after the last.
    if (m_end.isValid() && c.lastDay == m_end.date && m_end.time <= c.dayChange && c.firstDay.isValid()
        && c.lastDay > c.firstDay)
        c.lastDay = c.lastDay.addDays(-1);
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
