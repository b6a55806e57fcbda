#include "availability/FreeBusyReader.h"

#include "availability/AvailabilityOwners.h"
#include "model/Event.h"
#include "util/QuotedPath.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <libical/ical.h>

#include <memory>

namespace {

constexpr qint64 maxBytes = 24 * 1024 * 1024;

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

QDateTime toUtc(icaltimetype t, const Event &event)
{
    if (icaltime_is_null_time(t))
        return {};
    if (icaltime_is_date(t))
        return event.fromLocal(QDate(t.year, t.month, t.day), QTime(0, 0));
    if (!icaltime_is_utc(t) && t.zone) // a TZID libical knows
        t = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    const QDate date(t.year, t.month, t.day);
    const QTime time(t.hour, t.minute, t.second);
    if (icaltime_is_utc(t) || t.zone)
        return QDateTime(date, time, Qt::UTC);
    return event.fromLocal(date, time); // floating: the event's time zone
}

QString parameterText(icalproperty *p, icalparameter_kind kind)
{
    icalparameter *param = icalproperty_get_first_parameter(p, kind);
    return param ? QString::fromUtf8(icalparameter_as_ical_string(param)).section(QLatin1Char('='), 1).remove(QLatin1Char('"'))
                 : QString();
}

// Line numbers of each "BEGIN:VFREEBUSY" in the file, in order (libical keeps none).
QList<int> componentLines(const QByteArray &text)
{
    QList<int> lines;
    int line = 1;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf('\n', from);
        if (end < 0)
            end = text.size();
        if (text.mid(from, end - from).trimmed().toUpper() == "BEGIN:VFREEBUSY")
            lines << line;
        ++line;
        from = end + 1;
    }
    return lines;
}

// Removes [start, end) from normalised spans.
void subtract(QList<AvailabilitySpan> &spans, const QDateTime &start, const QDateTime &end)
{
    QList<AvailabilitySpan> out;
    for (const AvailabilitySpan &s : spans) {
        if (s.end <= start || s.start >= end) {
            out << s;
            continue;
        }
        if (s.start < start)
            out << AvailabilitySpan{s.start, start, s.kind};
        if (s.end > end)
            out << AvailabilitySpan{end, s.end, s.kind};
    }
    spans = out;
}

} // namespace

Result<AvailabilityChange> FreeBusyReader::read(const QString &path, const Event &event, const QDateTime &eventStart,
                                                const QDateTime &eventEnd, const AvailabilityOwners &owners)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AvailabilityChange>::failure(tr("%1 cannot be read: %2.").arg(quotedPath(path), file.errorString()));
    if (file.size() > maxBytes)
        return Result<AvailabilityChange>::failure(
            tr("%1 is larger than %2 MB; Podium reads free/busy files up to %2 MB.").arg(quotedPath(path)).arg(maxBytes >> 20));
    return parse(file.readAll(), path, event, eventStart, eventEnd, owners);
}

Result<AvailabilityChange> FreeBusyReader::parse(const QByteArray &text, const QString &fileName, const Event &event,
                                                 const QDateTime &eventStart, const QDateTime &eventEnd,
                                                 const AvailabilityOwners &owners)
{
    using R = Result<AvailabilityChange>;
    const QString where = quotedPath(fileName);
    QByteArray body = text.startsWith("\xEF\xBB\xBF") ? text.mid(3) : text;
    const QByteArray start = body.left(64).trimmed().toUpper();
    if (!start.startsWith("BEGIN:VCALENDAR") && !start.startsWith("BEGIN:VFREEBUSY"))
        return R::failure(tr("%1 is not an iCalendar file: it does not begin with BEGIN:VCALENDAR.").arg(where));
    if (body.contains('\0'))
        return R::failure(tr("%1 is not an iCalendar file: it holds binary data.").arg(where));

    icalerror_set_errors_are_fatal(0);
    std::unique_ptr<icalcomponent, ComponentFree> root(icalparser_parse_string(body.constData()));
    if (!root)
        return R::failure(tr("%1 could not be read as iCalendar.").arg(where));
    std::vector<icalcomponent *> components;
    if (icalcomponent_isa(root.get()) == ICAL_VFREEBUSY_COMPONENT)
        components.push_back(root.get());
    for (icalcomponent *c = icalcomponent_get_first_component(root.get(), ICAL_VFREEBUSY_COMPONENT); c;
         c = icalcomponent_get_next_component(root.get(), ICAL_VFREEBUSY_COMPONENT))
        components.push_back(c);
    if (components.empty())
        return R::failure(tr("%1 holds no free/busy times (no VFREEBUSY component).").arg(where));
    const QList<int> lines = componentLines(body);

    QStringList problems;
    AvailabilityChange change;
    for (size_t n = 0; n < components.size(); ++n) {
        icalcomponent *c = components[n];
        const int line = int(n) < lines.size() ? lines[int(n)] : 0;
        auto problem = [&](const char *property, const QString &what) {
            problems << tr("line %1 (free/busy %2), %3: %4").arg(line).arg(n + 1).arg(QLatin1String(property), what);
        };
        for (icalproperty *e = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); e;
             e = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
            problem("FREEBUSY", QString::fromUtf8(icalproperty_get_xlicerror(e)));

        // Whose free/busy it is.
        icalproperty *who = icalcomponent_get_first_property(c, ICAL_ORGANIZER_PROPERTY);
        const char *whoName = "ORGANIZER";
        if (!who) {
            who = icalcomponent_get_first_property(c, ICAL_ATTENDEE_PROPERTY);
            whoName = "ATTENDEE";
        }
        if (!who) {
            problem("ORGANIZER", tr("missing: say whose free/busy this is."));
            continue;
        }
        const QString address = QString::fromUtf8(icalproperty_get_value_as_string(who));
        const QString name = parameterText(who, ICAL_CN_PARAMETER);
        const char *kind = icalproperty_get_parameter_as_string(who, "X-PODIUM-KIND");
        const bool isRoom = (kind && qstricmp(kind, "ROOM") == 0)
            || parameterText(who, ICAL_CUTYPE_PARAMETER).compare(QLatin1String("ROOM"), Qt::CaseInsensitive) == 0
            || address.startsWith(QLatin1String("urn:x-podium:room:"), Qt::CaseInsensitive);
        std::optional<PersonId> person;
        std::optional<RoomId> room;
        QString why;
        if (isRoom) {
            const QString roomName = name.isEmpty() ? QUrl::fromPercentEncoding(address.mid(18).toUtf8()) : name;
            room = owners.room(roomName, &why);
        } else {
            person = owners.person(address, &why);
            if (!person && !name.isEmpty())
                person = owners.person(name, &why);
        }
        if (!person && !room) {
            problem(whoName, why);
            continue;
        }

        QDateTime from = toUtc(icalcomponent_get_dtstart(c), event);
        QDateTime to = toUtc(icalcomponent_get_dtend(c), event);
        if (!from.isValid() || !to.isValid()) {
            from = eventStart;
            to = eventEnd;
        }
        if (!from.isValid() || !to.isValid() || to <= from) {
            problem("DTSTART", tr("no time covered: give DTSTART and DTEND, or the event its days."));
            continue;
        }
        Availability availability;
        availability.spans << AvailabilitySpan{from, to, AvailabilityKind::Available};
        QList<std::pair<QDateTime, QDateTime>> busy;
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_FREEBUSY_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_FREEBUSY_PROPERTY)) {
            const icalperiodtype period = icalproperty_get_freebusy(p);
            const QDateTime a = toUtc(period.start, event);
            QDateTime b = toUtc(period.end, event);
            if (!b.isValid() && a.isValid() && !icaldurationtype_is_null_duration(period.duration))
                b = a.addSecs(icaldurationtype_as_int(period.duration));
            if (!a.isValid() || !b.isValid() || b <= a) {
                problem("FREEBUSY", tr("“%1” is not a period of time.").arg(QString::fromUtf8(icalproperty_get_value_as_string(p))));
                continue;
            }
            icalparameter *type = icalproperty_get_first_parameter(p, ICAL_FBTYPE_PARAMETER);
            const icalparameter_fbtype fb = type ? icalparameter_get_fbtype(type) : ICAL_FBTYPE_BUSY;
            if (fb == ICAL_FBTYPE_FREE)
                availability.spans << AvailabilitySpan{a, b, AvailabilityKind::Preferred};
            else if (fb == ICAL_FBTYPE_BUSYTENTATIVE)
                availability.spans << AvailabilitySpan{a, b, AvailabilityKind::Available};
            else
                busy << std::make_pair(a, b);
        }
        availability = availability.normalised();
        for (const auto &[a, b] : busy)
            subtract(availability.spans, a, b);
        if (availability.spans.isEmpty()) {
            problem(whoName, tr("%1 is busy all the time the file covers; Podium records when people and rooms are "
                                "available, so remove them from the file or give some free time.")
                                 .arg(name.isEmpty() ? address : name));
            continue;
        }
        if (person)
            change.people[*person] = availability;
        else
            change.rooms[*room] = availability;
    }
    if (!problems.isEmpty())
        return R::failure(tr("%1 cannot be imported, nothing was changed:\n%2").arg(where, problems.join(QLatin1Char('\n'))));
    return change;
}
