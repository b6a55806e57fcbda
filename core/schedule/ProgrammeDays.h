#pragma once

#include "schedule/ProgrammeDay.h"
#include "util/Result.h"

#include <QList>
#include <QTime>
#include <QTimeZone>

class EventStore;
struct Event;

// Which programme day a moment belongs to, the one rule every grouping by
// day uses (timetable tabs, printed programme and signs, CSV, exports).
// Days a schedule gave with their own bounds win; any other moment belongs
// to the local date, or to the day before when it is earlier than the
// event's "day changes at" time (a 00:55 talk after a 10:00-06:00 day).
class ProgrammeDays
{
public:
    ProgrammeDays() = default; // UTC, days change at midnight
    ProgrammeDays(const QTimeZone &zone, QTime dayChange, QList<ProgrammeDay> days = {});
    static ProgrammeDays of(const Event &event, QList<ProgrammeDay> days = {});
    // The event's rule with the days stored in its file.
    static Result<ProgrammeDays> load(const EventStore &file);

    QDate dayOf(const QDateTime &utc) const;
    QDateTime start(QDate day) const; // UTC
    QDateTime end(QDate day) const;   // UTC, exclusive
    QTimeZone zone() const { return m_zone; }
    QTime dayChange() const { return m_dayChange; }
    // The days given with their own bounds, by date.
    const QList<ProgrammeDay> &givenDays() const { return m_days; }

private:
    const ProgrammeDay *given(QDate day) const;
    QTimeZone m_zone = QTimeZone::utc();
    QTime m_dayChange = QTime(0, 0);
    QList<ProgrammeDay> m_days;
};
