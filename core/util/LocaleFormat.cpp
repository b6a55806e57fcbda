#include "util/LocaleFormat.h"

QString LocaleFormat::time(QTime time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time, format);
}

QString LocaleFormat::dayAndTime(const QDateTime &local, const QLocale &locale)
{
    return locale.toString(local.date(), QStringLiteral("ddd")) + QLatin1Char(' ') + time(local.time(), locale);
}

QString LocaleFormat::day(QDate date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("ddd d MMM"));
}
