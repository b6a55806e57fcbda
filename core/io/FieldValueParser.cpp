#include "io/FieldValueParser.h"

#include "util/LocalTimeConverter.h"

#include <QStringList>

std::optional<bool> FieldValueParser::flag(QStringView text)
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
    const QStringView t = text.trimmed();
    // What exports and most spreadsheets write, without a look at the lists.
    if (t == QLatin1String("yes"))
        return true;
    if (t == QLatin1String("no") || t.isEmpty())
        return false;
    auto among = [t](const QStringList &words) {
        for (const QString &word : words)
            if (t.compare(word, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (among(yes))
        return true;
    if (among(no))
        return false;
    return std::nullopt;
}

namespace {
// Reads up to `max` digits at pos; false when there is none.
bool number(QStringView t, qsizetype &pos, int max, int &value)
{
    value = 0;
    const qsizetype start = pos;
    while (pos < t.size() && pos - start < max && t[pos] >= QLatin1Char('0') && t[pos] <= QLatin1Char('9'))
        value = value * 10 + (t[pos++].unicode() - u'0');
    return pos > start;
}

bool expect(QStringView t, qsizetype &pos, QChar c)
{
    if (pos < t.size() && t[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}
} // namespace

std::optional<QDateTime> FieldValueParser::dateTime(QStringView text, LocalTimeConverter &zone)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return QDateTime();
    // With an offset or Z: an exact instant.
    if (t.endsWith(QLatin1Char('Z')) || t.lastIndexOf(QLatin1Char('+')) > 8) {
        const QDateTime exact = QDateTime::fromString(t.toString(), Qt::ISODate);
        if (exact.isValid())
            return exact.toUTC();
    }
    // Parsed by hand: QDateTime::fromString is slow and consults the system zone on every call.
    LocalTimeConverter::Parts p;
    qsizetype pos = 0;
    int a = 0, b = 0, c = 0;
    if (!number(t, pos, 4, a))
        return std::nullopt;
    if (pos == 4 && expect(t, pos, QLatin1Char('-'))) { // yyyy-MM-dd
        if (!number(t, pos, 2, b) || !expect(t, pos, QLatin1Char('-')) || !number(t, pos, 2, c))
            return std::nullopt;
        p.year = a, p.month = b, p.day = c;
    } else if (pos <= 2 && pos < t.size() && (t.at(pos) == QLatin1Char('.') || t.at(pos) == QLatin1Char('/'))) { // dd.MM.yyyy, dd/MM/yyyy
        const QChar separator = t.at(pos++);
        if (!number(t, pos, 2, b) || !expect(t, pos, separator) || !number(t, pos, 4, c) || c < 1000)
            return std::nullopt;
        p.year = c, p.month = b, p.day = a;
    } else {
        return std::nullopt;
    }
    if (pos < t.size()) {
        if (!expect(t, pos, QLatin1Char(' ')) && !expect(t, pos, QLatin1Char('T')))
            return std::nullopt;
        if (!number(t, pos, 2, p.hour) || !expect(t, pos, QLatin1Char(':')) || !number(t, pos, 2, p.minute))
            return std::nullopt;
        if (expect(t, pos, QLatin1Char(':')) && !number(t, pos, 2, p.second))
            return std::nullopt;
        if (pos != t.size())
            return std::nullopt;
    }
    const QDateTime utc = zone.toUtc(p);
    if (!utc.isValid())
        return std::nullopt;
    return utc;
}

bool FieldValueParser::isEmailAddress(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype at = t.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != t.lastIndexOf(QLatin1Char('@')))
        return false;
    const QStringView domain = t.mid(at + 1);
    if (domain.size() < 3 || !domain.contains(QLatin1Char('.')) || domain.startsWith(QLatin1Char('.'))
        || domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")))
        return false;
    for (QChar c : t)
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<')
            || c == QLatin1Char('>'))
            return false;
    return true;
}
