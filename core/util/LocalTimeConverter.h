#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QTimeZone>

#include <limits>

// Turns the UTC times SQLite holds ("2018-12-14T08:30:00Z") into the event's
// local time, fast enough for 100,000-row exports: the zone's offset is looked
// up once per quarter hour of UTC time and remembered.
class LocalTimeConverter
{
public:
    struct Parts
    {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    };

    explicit LocalTimeConverter(QTimeZone zone) : m_zone(std::move(zone)) {}
    // False for an empty or unreadable text.
    bool toLocal(QByteArrayView isoUtc, Parts &local);
    // "2018-12-14 09:30" (empty for an empty text).
    QByteArray format(QByteArrayView isoUtc);
    // The UTC instant of a local time in the zone (invalid for impossible parts).
    QDateTime toUtc(const Parts &local);

    // Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as QDate counts).
    static qint64 daysSinceEpoch(int year, int month, int day);

private:
    int offsetAt(qint64 utcSeconds);
    QTimeZone m_zone;
    QHash<qint64, int> m_offsets;      // UTC quarter hour since the epoch -> seconds east of UTC
    QHash<qint64, int> m_localOffsets; // the same, by local quarter hour
    qint64 m_lastLocalSlot = std::numeric_limits<qint64>::min(); // the last one asked, asked again in runs
    int m_lastLocalOffset = 0;
};
