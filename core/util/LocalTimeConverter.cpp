#include "util/LocalTimeConverter.h"

#include <QDate>
#include <QDateTime>

#include <cstdio>

namespace {
bool digits(QByteArrayView text, qsizetype at, int count, int &value)
{
    value = 0;
    for (int i = 0; i < count; ++i) {
        const char c = text[at + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}
constexpr qint64 unixEpochJulianDay = 2440588;
} // namespace

int LocalTimeConverter::offsetAt(qint64 utcSeconds)
{
    const qint64 slot = utcSeconds / 900;
    auto it = m_offsets.constFind(slot);
    if (it != m_offsets.cend())
        return *it;
    const int offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(slot * 900, QTimeZone::utc()));
    m_offsets.insert(slot, offset);
    return offset;
}

bool LocalTimeConverter::toLocal(QByteArrayView iso, Parts &local)
{
    // yyyy-MM-ddTHH:mm:ss[Z]
    if (iso.size() < 19 || iso[4] != '-' || iso[7] != '-' || iso[13] != ':' || iso[16] != ':')
        return false;
    int y, mo, d, h, mi, s;
    if (!digits(iso, 0, 4, y) || !digits(iso, 5, 2, mo) || !digits(iso, 8, 2, d) || !digits(iso, 11, 2, h)
        || !digits(iso, 14, 2, mi) || !digits(iso, 17, 2, s))
        return false;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return false;
    const qint64 utc = (date.toJulianDay() - unixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + s;
    const qint64 secs = utc + offsetAt(utc);
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 inDay = secs - days * 86400;
    const QDate localDate = QDate::fromJulianDay(days + unixEpochJulianDay);
    local = {localDate.year(), localDate.month(), localDate.day(), int(inDay / 3600), int(inDay / 60 % 60),
             int(inDay % 60)};
    return true;
}

QByteArray LocalTimeConverter::format(QByteArrayView iso)
{
    Parts p;
    if (!toLocal(iso, p))
        return {};
    char buffer[24];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", p.year, p.month, p.day, p.hour,
                                p.minute);
    return QByteArray(buffer, n);
}

QDateTime LocalTimeConverter::toUtc(const Parts &p)
{
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > QDate(p.year, p.month, 1).daysInMonth() || p.hour < 0
        || p.hour > 23 || p.minute < 0 || p.minute > 59 || p.second < 0 || p.second > 59 || p.year == 0)
        return {};
    const qint64 local = daysSinceEpoch(p.year, p.month, p.day) * 86400 + p.hour * 3600 + p.minute * 60 + p.second;
    const qint64 slot = local / 900;
    if (slot != m_lastLocalSlot) {
        auto it = m_localOffsets.constFind(slot);
        if (it == m_localOffsets.cend())
            it = m_localOffsets.insert(slot, m_zone.offsetFromUtc(QDateTime(QDate(p.year, p.month, p.day),
                                                                            QTime(p.hour, p.minute, p.second), m_zone)));
        m_lastLocalSlot = slot;
        m_lastLocalOffset = *it;
    }
    return QDateTime::fromSecsSinceEpoch(local - m_lastLocalOffset, Qt::UTC);
}

qint64 LocalTimeConverter::daysSinceEpoch(int year, int month, int day)
{
    // Proleptic Gregorian calendar, as QDate (H. Hinnant's days_from_civil);
    // QDate has no year 0, so 1 BC is year 0 here.
    qint64 y = year < 0 ? year + 1 : year;
    y -= month <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}
