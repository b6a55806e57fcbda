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
    const QDate date(p.year, p.month, p.day);
    const QTime time(p.hour, p.minute, p.second);
    if (!date.isValid() || !time.isValid())
        return {};
    const qint64 local = (date.toJulianDay() - unixEpochJulianDay) * 86400 + time.msecsSinceStartOfDay() / 1000;
    const qint64 slot = local / 900;
    auto it = m_localOffsets.constFind(slot);
    if (it == m_localOffsets.cend())
        it = m_localOffsets.insert(slot, m_zone.offsetFromUtc(QDateTime(date, time, m_zone)));
    return QDateTime::fromSecsSinceEpoch(local - *it, QTimeZone::utc());
}
