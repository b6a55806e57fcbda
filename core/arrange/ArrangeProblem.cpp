#include "arrange/ArrangeProblem.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

bool ArrangeProblem::Availability::allows(int day, int start, int end) const
{
    if (!restricted)
        return true;
    return std::any_of(available.begin(), available.end(),
                       [&](const Interval &i) { return i.contains(day, start, end); });
}

bool ArrangeProblem::Availability::prefers(int day, int start, int end) const
{
    return std::any_of(preferred.begin(), preferred.end(),
                       [&](const Interval &i) { return i.contains(day, start, end); });
}

const ArrangeProblem::Placement &ArrangeProblem::reference(int session) const
{
    const SessionInfo &s = sessions[size_t(session)];
    return s.published.isPlaced() ? s.published : s.current;
}

qint64 ArrangeProblem::dayStride() const
{
    // Longer than any day, so that a session's end never reaches the next day's start.
    int longest = 0;
    for (const Day &d : days)
        longest = std::max(longest, d.units);
    return longest + 1;
}

QDateTime ArrangeProblem::startUtc(int day, int unit) const
{
    return days[size_t(day)].start.addSecs(qint64(unit) * unitMinutes * 60);
}

QString ArrangeProblem::timeText(int day, int unit) const
{
    return QLocale().toString(startUtc(day, unit).toTimeZone(zone).time(), QStringLiteral("HH:mm"));
}

QString ArrangeProblem::dayText(int day) const
{
    return QLocale().toString(days[size_t(day)].date, QStringLiteral("ddd d MMM"));
}

std::pair<int, int> ArrangeProblem::unitOf(const QDateTime &utc) const
{
    for (size_t d = 0; d < days.size(); ++d) {
        const qint64 seconds = days[d].start.secsTo(utc);
        const qint64 unitSeconds = qint64(unitMinutes) * 60;
        if (seconds < 0 || seconds % unitSeconds != 0)
            continue;
        const qint64 unit = seconds / unitSeconds;
        if (unit < days[d].units)
            return {int(d), int(unit)};
    }
    return {-1, -1};
}
