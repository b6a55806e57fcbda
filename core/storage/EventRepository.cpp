#include "storage/EventRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
};
QVariant date(QDate d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
} // namespace

Result<Event> EventRepository::load() const
{
    Statement s(m_file, QStringLiteral("SELECT name, subtitle, acronym, organiser, venue_name, venue_address, "
                                       "time_zone, first_day, last_day, language, description, city, url, day_change, "
                                       "version FROM event WHERE id = 1"));
    if (Status st = s.exec(); !st)
        return Result<Event>::failure(st.error());
    if (!s.next())
        return Result<Event>::failure(m_file.describe(Tr::tr("is damaged: it holds no event.")));
    Event e;
    e.name = s.value(0).toString();
    e.subtitle = s.value(1).toString();
    e.acronym = s.value(2).toString();
    e.organiser = s.value(3).toString();
    e.venueName = s.value(4).toString();
    e.venueAddress = s.value(5).toString();
    e.timeZoneId = s.value(6).toString().toUtf8();
    e.firstDay = QDate::fromString(s.value(7).toString(), Qt::ISODate);
    e.lastDay = QDate::fromString(s.value(8).toString(), Qt::ISODate);
    e.language = s.value(9).toString();
    e.description = s.value(10).toString();
    e.city = s.value(11).toString();
    e.url = s.value(12).toString();
    const QTime dayChange = QTime::fromString(s.value(13).toString(), QStringLiteral("HH:mm"));
    e.dayChange = dayChange.isValid() ? dayChange : QTime(4, 0);
    e.version = s.value(14).toInt();
    return e;
}

Status EventRepository::save(const Event &e) const
{
    Statement s(m_file, QStringLiteral("INSERT INTO event (id, name, subtitle, acronym, organiser, venue_name, "
                                       "venue_address, time_zone, first_day, last_day, language, description, city, url, "
                                       "day_change) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                       "subtitle = excluded.subtitle, acronym = excluded.acronym, "
                                       "organiser = excluded.organiser, venue_name = excluded.venue_name, "
                                       "venue_address = excluded.venue_address, time_zone = excluded.time_zone, "
                                       "first_day = excluded.first_day, last_day = excluded.last_day, "
                                       "language = excluded.language, description = excluded.description, "
                                       "city = excluded.city, url = excluded.url, day_change = excluded.day_change, "
                                       "version = event.version + 1"));
    s.bind({e.name, e.subtitle, e.acronym, e.organiser, e.venueName, e.venueAddress,
            QString::fromUtf8(e.timeZoneId), date(e.firstDay), date(e.lastDay), e.language, e.description, e.city,
            e.url, (e.dayChange.isValid() ? e.dayChange : QTime(4, 0)).toString(QStringLiteral("HH:mm"))});
    return s.exec();
}
