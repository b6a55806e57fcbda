#include "io/ScheduleTime.h"

#include <QRegularExpression>

std::optional<int> ScheduleTime::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3}):(\\d{2})(?::(\\d{2}))?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int minutes = m.captured(2).toInt();
    const int seconds = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    return m.captured(1).toInt() * 60 + minutes + (seconds > 0 ? 1 : 0);
}

QString ScheduleTime::formatDuration(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QTime> ScheduleTime::parseClock(const QString &text)
{
    const QString t = text.trimmed();
    QTime time = QTime::fromString(t, QStringLiteral("HH:mm"));
    if (!time.isValid())
        time = QTime::fromString(t, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        return std::nullopt;
    return time;
}

bool ScheduleTime::hasOffset(const QString &text)
{
    static const QRegularExpression offset(QStringLiteral("(Z|[+-]\\d{2}(:?\\d{2})?)$"));
    const QString t = text.trimmed();
    // The date part's own dashes never reach the end after a 'T'.
    return t.contains(QLatin1Char('T')) && offset.match(t.mid(t.indexOf(QLatin1Char('T')))).hasMatch();
}

QDateTime ScheduleTime::parseMoment(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    QDateTime moment = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!moment.isValid())
        return {};
    if (!hasOffset(t))
        moment = QDateTime(moment.date(), moment.time(), zone);
    return moment.toUTC();
}

QString ScheduleTime::formatOffset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString ScheduleTime::formatMoment(const QDateTime &utc, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + formatOffset(local.offsetFromUtc());
}
