#include "io/ICalendarWriter.h"

#include "io/ICalendarLines.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)
};

QString localStamp(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString utcStamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// "+0100", "-0500"; with seconds when the offset has them.
QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int s = qAbs(seconds);
    QString out = QStringLiteral("%1%2%3").arg(sign).arg(s / 3600, 2, 10, QLatin1Char('0')).arg(s / 60 % 60, 2, 10, QLatin1Char('0'));
    if (s % 60)
        out += QStringLiteral("%1").arg(s % 60, 2, 10, QLatin1Char('0'));
    return out;
}

void observance(ICalendarLines &out, bool daylight, const QDateTime &atUtc, int from, int to, const QString &name)
{
    const QString kind = daylight ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
    out.add(QStringLiteral("BEGIN"), kind);
    // DTSTART is the moment of change in the local time that was in force before it.
    out.add(QStringLiteral("DTSTART"), localStamp(atUtc.toUTC().addSecs(from)));
    out.add(QStringLiteral("TZOFFSETFROM"), offset(from));
    out.add(QStringLiteral("TZOFFSETTO"), offset(to));
    if (!name.isEmpty())
        out.addText(QStringLiteral("TZNAME"), name);
    out.add(QStringLiteral("END"), kind);
}

// The zone's rules from a year before the first session to a year after the last.
void timeZone(ICalendarLines &out, const QTimeZone &zone, const QDateTime &first, const QDateTime &last)
{
    const QDateTime from(QDate(first.toUTC().date().year() - 1, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(last.toUTC().date().year() + 1, 12, 31), QTime(23, 59), Qt::UTC);
    out.add(QStringLiteral("BEGIN"), QStringLiteral("VTIMEZONE"));
    out.add(QStringLiteral("TZID"), QString::fromUtf8(zone.id()));
    int current = zone.offsetFromUtc(from);
    observance(out, zone.isDaylightTime(from), from, current, current, zone.abbreviation(from));
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        observance(out, t.daylightTimeOffset != 0, t.atUtc, current, t.offsetFromUtc, t.abbreviation);
        current = t.offsetFromUtc;
    }
    out.add(QStringLiteral("END"), QStringLiteral("VTIMEZONE"));
}

QString description(const ScheduleSession &s)
{
    QStringList parts;
    if (!s.subtitle.isEmpty())
        parts << s.subtitle;
    QStringList names;
    for (const SchedulePerson &p : s.persons)
        names << p.name;
    if (!names.isEmpty())
        parts << Tr::tr("With %1").arg(names.join(QStringLiteral(", ")));
    if (!s.abstract.isEmpty())
        parts << s.abstract;
    if (!s.description.isEmpty())
        parts << s.description;
    return parts.join(QStringLiteral("\n\n"));
}
} // namespace

Status ICalendarWriter::write(const ScheduleDocument &doc, QIODevice &device, const QString &calendarName)
{
    const QTimeZone zone = doc.timeZone();
    const QString tzid = QString::fromUtf8(zone.id());
    const QString stamp = utcStamp(QDateTime::currentDateTimeUtc());
    QList<const ScheduleSession *> sessions;
    for (const ScheduleSession &s : doc.sessions)
        if (s.isScheduled())
            sessions << &s;
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const ScheduleSession *a, const ScheduleSession *b) { return a->start < b->start; });

    ICalendarLines out;
    out.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out.add(QStringLiteral("PRODID"), QStringLiteral("-//Podium//Podium %1//EN").arg(QCoreApplication::applicationVersion()));
    out.add(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    out.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    out.addText(QStringLiteral("X-WR-CALNAME"), calendarName.isEmpty() ? doc.conference.title : calendarName);
    out.addText(QStringLiteral("X-WR-TIMEZONE"), tzid);
    const QDateTime first = sessions.isEmpty() ? doc.dayStart(doc.conference.firstDay) : sessions.first()->start;
    const QDateTime last = sessions.isEmpty() ? first : sessions.last()->end();
    timeZone(out, zone, first.isValid() ? first : QDateTime::currentDateTimeUtc(),
             last.isValid() ? last : QDateTime::currentDateTimeUtc());
    const QString inZone = QStringLiteral(";TZID=") + tzid;
    for (const ScheduleSession *s : std::as_const(sessions)) {
        out.add(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        out.add(QStringLiteral("UID"), s->guid);
        out.add(QStringLiteral("DTSTAMP"), stamp);
        out.add(QStringLiteral("DTSTART") + inZone, localStamp(s->start.toTimeZone(zone)));
        out.add(QStringLiteral("DTEND") + inZone, localStamp(s->end().toTimeZone(zone)));
        out.addText(QStringLiteral("SUMMARY"), s->title);
        out.addText(QStringLiteral("LOCATION"), s->room);
        if (!s->track.isEmpty())
            out.addText(QStringLiteral("CATEGORIES"), s->track);
        if (const QString text = description(*s); !text.isEmpty())
            out.addText(QStringLiteral("DESCRIPTION"), text);
        // The talk's own page; its first web link only for a talk that has none.
        QString url = s->url;
        for (const SessionLink &link : s->links)
            if (url.isEmpty() && link.url.startsWith(QLatin1String("http")))
                url = link.url;
        if (!url.isEmpty())
            out.add(QStringLiteral("URL"), url);
        for (const SessionLink &attachment : s->attachments)
            out.add(QStringLiteral("ATTACH"), attachment.url);
        if (s->recordingOptOut)
            out.add(QStringLiteral("X-PODIUM-DO-NOT-RECORD"), QStringLiteral("TRUE"));
        out.add(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
    out.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    if (device.write(out.bytes()) != out.bytes().size())
        return Status::failure(Tr::tr("The calendar could not be written: %1").arg(device.errorString()));
    return {};
}
