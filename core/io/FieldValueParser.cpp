#include "io/FieldValueParser.h"

#include <QStringList>

std::optional<bool> FieldValueParser::flag(const QString &text)
{
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("oui"),
                                    QStringLiteral("o"), QStringLiteral("ja"), QStringLiteral("j"),
                                    QStringLiteral("vrai"), QStringLiteral("wahr"), QStringLiteral("✓"),
                                    QStringLiteral("✔")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("non"), QStringLiteral("nein"),
                                   QStringLiteral("faux"), QStringLiteral("falsch"), QStringLiteral("-"),
                                   QString()};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

std::optional<QDateTime> FieldValueParser::dateTime(const QString &text, const QTimeZone &zone)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDateTime();
    // With an offset or Z: an exact instant.
    if (t.endsWith(QLatin1Char('Z')) || t.contains(QLatin1Char('+'))) {
        const QDateTime exact = QDateTime::fromString(t, Qt::ISODate);
        if (exact.isValid())
            return exact.toUTC();
    }
    static const char *const dateTimeFormats[] = {
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm", "d.M.yyyy H:mm",       "dd/MM/yyyy HH:mm:ss",
        "dd/MM/yyyy HH:mm",    "d/M/yyyy H:mm",
    };
    for (const char *format : dateTimeFormats) {
        const QDateTime local = QDateTime::fromString(t, QLatin1String(format));
        if (local.isValid())
            return QDateTime(local.date(), local.time(), zone).toUTC();
    }
    static const char *const dateFormats[] = {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "d/M/yyyy"};
    for (const char *format : dateFormats) {
        const QDate date = QDate::fromString(t, QLatin1String(format));
        if (date.isValid())
            return QDateTime(date, QTime(0, 0), zone).toUTC();
    }
    return std::nullopt;
}

bool FieldValueParser::isEmailAddress(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != t.lastIndexOf(QLatin1Char('@')))
        return false;
    const QStringView domain = QStringView(t).mid(at + 1);
    if (domain.size() < 3 || !domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.'))
        || domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return false;
    for (QChar c : t)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<')
            || c == QLatin1Char('>'))
            return false;
    return true;
}
