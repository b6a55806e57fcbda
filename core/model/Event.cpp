#include "model/Event.h"

QTimeZone Event::timeZone() const
{
    QTimeZone zone(timeZoneId);
    return zone.isValid() ? zone : QTimeZone::utc();
}

int Event::dayCount() const
{
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return 0;
    return int(firstDay.daysTo(lastDay)) + 1;
}

QDateTime Event::toLocal(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(timeZone()) : QDateTime();
}

QDateTime Event::fromLocal(QDate date, QTime time) const
{
    return QDateTime(date, time, timeZone()).toUTC();
}

QDateTime Event::dayStartUtc(QDate date) const
{
    return fromLocal(date, QTime(0, 0));
}

QDateTime Event::dayEndUtc(QDate date) const
{
    return fromLocal(date.addDays(1), QTime(0, 0));
}

bool Event::operator==(const Event &o) const
{
    return name == o.name && subtitle == o.subtitle && acronym == o.acronym && organiser == o.organiser
        && venueName == o.venueName && venueAddress == o.venueAddress && timeZoneId == o.timeZoneId
        && firstDay == o.firstDay && lastDay == o.lastDay && language == o.language
        && description == o.description && city == o.city && url == o.url && dayChange == o.dayChange;
}
