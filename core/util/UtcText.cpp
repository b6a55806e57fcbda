#include "util/UtcText.h"

namespace {
// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yearOfEra + era * 400 + (month <= 2));
}

char *digits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char('0' + value % 10);
    return out + width;
}
} // namespace

QByteArray UtcText::format(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const qint64 msecs = t.toMSecsSinceEpoch();
    qint64 seconds = msecs / 1000;
    if (msecs % 1000 < 0)
        --seconds;
    qint64 days = seconds / 86400;
    qint64 secondOfDay = seconds % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    int year, month, day;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999)
        return t.toUTC().toString(Qt::ISODate).toUtf8();
    QByteArray text(20, Qt::Uninitialized);
    char *p = text.data();
    p = digits(p, year, 4);
    *p++ = '-';
    p = digits(p, month, 2);
    *p++ = '-';
    p = digits(p, day, 2);
    *p++ = 'T';
    p = digits(p, int(secondOfDay / 3600), 2);
    *p++ = ':';
    p = digits(p, int(secondOfDay / 60 % 60), 2);
    *p++ = ':';
    p = digits(p, int(secondOfDay % 60), 2);
    *p = 'Z';
    return text;
}
