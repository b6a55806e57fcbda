#include "availability/FreeBusyWriter.h"

#include "availability/AvailabilityOwners.h"
#include "io/ICalendarLines.h"
#include "io/OutputFile.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace {

QString utcText(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// A parameter value: quoted when it holds , ; or : (RFC 5545 3.2); a double quote cannot appear at all.
QString parameter(QString value)
{
    value.replace(QLatin1Char('"'), QLatin1Char('\''));
    value.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(':')))
        return QStringLiteral("\"%1\"").arg(value);
    return value;
}

void component(ICalendarLines &out, const QString &uid, const QString &organizer, const QString &address,
               const Availability &availability, QDateTime from, QDateTime to, const QDateTime &stamp)
{
    if (!availability.spans.isEmpty()) {
        from = from.isValid() ? std::min(from, availability.spans.first().start) : availability.spans.first().start;
        to = to.isValid() ? std::max(to, availability.spans.last().end) : availability.spans.last().end;
    }
    out.add(QStringLiteral("BEGIN"), QStringLiteral("VFREEBUSY"));
    out.add(QStringLiteral("UID"), uid);
    out.add(QStringLiteral("DTSTAMP"), utcText(stamp));
    out.add(QStringLiteral("DTSTART"), utcText(from));
    out.add(QStringLiteral("DTEND"), utcText(to));
    out.add(organizer, address);
    QDateTime reached = from; // the busy time between spans
    auto period = [&](const char *type, const QDateTime &a, const QDateTime &b) {
        out.add(QStringLiteral("FREEBUSY;FBTYPE=%1").arg(QLatin1String(type)),
                QStringLiteral("%1/%2").arg(utcText(a), utcText(b)));
    };
    for (const AvailabilitySpan &s : availability.spans) {
        if (s.start > reached)
            period("BUSY-UNAVAILABLE", reached, s.start);
        period(s.kind == AvailabilityKind::Preferred ? "FREE" : "BUSY-TENTATIVE", s.start, s.end);
        reached = std::max(reached, s.end);
    }
    if (reached < to)
        period("BUSY-UNAVAILABLE", reached, to);
    out.add(QStringLiteral("END"), QStringLiteral("VFREEBUSY"));
}

} // namespace

QByteArray FreeBusyWriter::text(const QDateTime &eventStart, const QDateTime &eventEnd, const AvailabilityOwners &owners,
                                const AvailabilityChange &availability, const QDateTime &stamp)
{
    ICalendarLines out;
    out.add(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    out.add(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    out.add(QStringLiteral("PRODID"), QStringLiteral("-//Podium//Podium %1//EN").arg(QCoreApplication::applicationVersion()));
    out.add(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    QList<Person> people = owners.people();
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return std::make_pair(a.sortName().toCaseFolded(), a.id) < std::make_pair(b.sortName().toCaseFolded(), b.id);
    });
    for (const Person &p : people) {
        const auto it = availability.people.constFind(p.id);
        if (it == availability.people.constEnd())
            continue;
        const QString email = p.email.trimmed();
        const QString address = email.isEmpty() ? QStringLiteral("urn:uuid:%1").arg(p.guid) : QStringLiteral("mailto:%1").arg(email);
        component(out, QStringLiteral("%1-availability@podium").arg(p.guid),
                  QStringLiteral("ORGANIZER;CN=%1").arg(parameter(p.displayName())), address, *it, eventStart, eventEnd,
                  stamp);
    }
    for (const Room &r : owners.rooms()) {
        const auto it = availability.rooms.constFind(r.id);
        if (it == availability.rooms.constEnd())
            continue;
        component(out, QStringLiteral("room-%1-availability@podium").arg(r.id),
                  QStringLiteral("ORGANIZER;CN=%1;X-PODIUM-KIND=ROOM").arg(parameter(r.name)),
                  QStringLiteral("urn:x-podium:room:%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(r.name))), *it,
                  eventStart, eventEnd, stamp);
    }
    out.add(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return out.bytes();
}

Status FreeBusyWriter::write(const QString &path, bool overwrite, const QDateTime &eventStart,
                             const QDateTime &eventEnd, const AvailabilityOwners &owners,
                             const AvailabilityChange &availability)
{
    auto out = OutputFile::open(path, overwrite);
    if (!out)
        return Status::failure(out.error());
    const QByteArray bytes = text(eventStart, eventEnd, owners, availability, QDateTime::currentDateTimeUtc());
    if (out.value()->device()->write(bytes) != bytes.size() || out.value()->failed()) {
        const Status failure = out.value()->writeFailure();
        out.value()->cancel();
        return failure;
    }
    return out.value()->commit();
}
