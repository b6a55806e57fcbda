#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

// The ways schedule files write times: "09:30" clocks, "01:30" or
// "01:30:00" durations, ISO 8601 moments with an offset.
class ScheduleTime
{
public:
    // Minutes of a "HH:MM" or "HH:MM:SS" duration (seconds round up), or none.
    static std::optional<int> parseDuration(const QString &text);
    // "HH:MM" (hours may exceed 24).
    static QString formatDuration(int minutes);
    // "09:30" or "09:30:00".
    static std::optional<QTime> parseClock(const QString &text);
    // An ISO 8601 date-time. Without an offset it is read in `zone`.
    static QDateTime parseMoment(const QString &text, const QTimeZone &zone);
    // Whether the text carries its own offset ("Z", "+01:00").
    static bool hasOffset(const QString &text);
    // "2018-12-14T09:30:00+01:00": local time in the zone with its offset.
    static QString formatMoment(const QDateTime &utc, const QTimeZone &zone);
    // "+01:00", "-05:00", "+00:00".
    static QString formatOffset(int seconds);
};
