#include "schedule/ProgrammeDays.h"

#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ProgrammeDayRepository.h"

#include <algorithm>

ProgrammeDays::ProgrammeDays(const QTimeZone &zone, QTime dayChange, QList<ProgrammeDay> days)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()), m_dayChange(dayChange.isValid() ? dayChange : QTime(0, 0)),
      m_days(std::move(days))
{
    m_days.erase(std::remove_if(m_days.begin(), m_days.end(),
                                [](const ProgrammeDay &d) {
                                    return !d.date.isValid() || !d.start.isValid() || !d.end.isValid() || d.end <= d.start;
                                }),
                 m_days.end());
    std::sort(m_days.begin(), m_days.end(), [](const ProgrammeDay &a, const ProgrammeDay &b) { return a.date < b.date; });
}

ProgrammeDays ProgrammeDays::of(const Event &event, QList<ProgrammeDay> days)
{
    return ProgrammeDays(event.timeZone(), event.dayChange, std::move(days));
}

Result<ProgrammeDays> ProgrammeDays::load(const EventStore &file)
{
    auto event = file.event().load();
    if (!event)
        return Result<ProgrammeDays>::failure(event.error());
    auto days = ProgrammeDayRepository(file).all();
    if (!days)
        return Result<ProgrammeDays>::failure(days.error());
    return of(event.value(), days.value());
}

const ProgrammeDay *ProgrammeDays::given(QDate day) const
{
    for (const ProgrammeDay &d : m_days)
        if (d.date == day)
            return &d;
    return nullptr;
}

QDate ProgrammeDays::dayOf(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    for (const ProgrammeDay &d : m_days)
        if (d.contains(utc))
            return d.date;
    const QDateTime local = utc.toTimeZone(m_zone);
    return local.time() < m_dayChange ? local.date().addDays(-1) : local.date();
}

QDateTime ProgrammeDays::start(QDate day) const
{
    if (const ProgrammeDay *d = given(day))
        return d->start;
    return QDateTime(day, m_dayChange, m_zone).toUTC();
}

QDateTime ProgrammeDays::end(QDate day) const
{
    if (const ProgrammeDay *d = given(day))
        return d->end;
    // The next day's start, unless that day was given earlier bounds than the rule's.
    return std::max(start(day), QDateTime(day.addDays(1), m_dayChange, m_zone).toUTC());
}
