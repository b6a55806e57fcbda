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
// Reads up to `max` digits at pos; false when there is none. `digits` tells how many were read.
bool number(QStringView t, qsizetype &pos, int max, int &value, int *digits = nullptr)
{
    value = 0;
    const qsizetype start = pos;
    while (pos < t.size() && pos - start < max && t[pos] >= QLatin1Char('0') && t[pos] <= QLatin1Char('9'))
        value = value * 10 + (t[pos++].unicode() - u'0');
    if (digits)
        *digits = int(pos - start);
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

// " AM" / "PM" (any case, space optional) at pos: 0 when there is none, else 1 (AM) or 2 (PM).
int meridiem(QStringView t, qsizetype &pos)
{
    qsizetype p = pos;
    while (p < t.size() && t[p].isSpace())
        ++p;
    if (t.size() - p != 2 || t[p + 1].toLower() != QLatin1Char('m'))
        return 0;
    const QChar c = t[p].toLower();
    if (c != QLatin1Char('a') && c != QLatin1Char('p'))
        return 0;
    pos = t.size();
    return c == QLatin1Char('a') ? 1 : 2;
}

// Excel and LibreOffice show two-digit years in the window 1930-2029.
int fullYear(int year, int digits)
{
    if (digits == 2)
        return year < 30 ? 2000 + year : 1900 + year;
    return digits == 4 ? year : -1;
}
} // namespace

FieldValueParser::DateOrder FieldValueParser::provenOrder(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype pos = 0;
    int a = 0, b = 0;
    if (!number(t, pos, 2, a) || !expect(t, pos, QLatin1Char('/')) || !number(t, pos, 2, b)
        || !expect(t, pos, QLatin1Char('/')))
        return DateOrder::Guess;
    if (a > 12 && b <= 12)
        return DateOrder::DayFirst;
    if (b > 12 && a <= 12)
        return DateOrder::MonthFirst;
    return DateOrder::Guess;
}

std::optional<QDateTime> FieldValueParser::dateTime(QStringView text, LocalTimeConverter &zone, DateOrder order)
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
    int a = 0, b = 0, c = 0, aDigits = 0, bDigits = 0, cDigits = 0, hourDigits = 2;
    bool slash = false;
    if (!number(t, pos, 4, a, &aDigits))
        return std::nullopt;
    if (pos == 4 && expect(t, pos, QLatin1Char('-'))) { // yyyy-MM-dd
        if (!number(t, pos, 2, b) || !expect(t, pos, QLatin1Char('-')) || !number(t, pos, 2, c))
            return std::nullopt;
        p.year = a, p.month = b, p.day = c;
    } else if (pos <= 2 && pos < t.size()
               && (t.at(pos) == QLatin1Char('.') || t.at(pos) == QLatin1Char('/') || t.at(pos) == QLatin1Char('-'))) {
        // dd.MM.yyyy, dd/MM/yyyy, M/d/yyyy, dd-MM-yyyy (Dutch Excel), and two-digit years
        const QChar separator = t.at(pos++);
        slash = separator == QLatin1Char('/');
        if (!number(t, pos, 2, b, &bDigits) || !expect(t, pos, separator) || !number(t, pos, 4, c, &cDigits))
            return std::nullopt;
        p.year = fullYear(c, cDigits), p.month = b, p.day = a;
        if (p.year < 0)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    int halfDay = 0;
    if (pos < t.size()) {
        if (!expect(t, pos, QLatin1Char(' ')) && !expect(t, pos, QLatin1Char('T')))
            return std::nullopt;
        if (!number(t, pos, 2, p.hour, &hourDigits) || !expect(t, pos, QLatin1Char(':'))
            || !number(t, pos, 2, p.minute))
            return std::nullopt;
        if (expect(t, pos, QLatin1Char(':')) && !number(t, pos, 2, p.second))
            return std::nullopt;
        halfDay = meridiem(t, pos);
        if (pos != t.size() || (halfDay && (p.hour < 1 || p.hour > 12)))
            return std::nullopt;
        if (halfDay)
            p.hour = p.hour % 12 + (halfDay == 2 ? 12 : 0);
    }
    // Day first (14/12/2018, as in Europe) unless only month first makes a date or the text is
    // written the American way: AM/PM (LibreOffice's MM/DD/YY HH:MM AM/PM), or numbers without
    // leading zeros (Excel's m/d/yyyy h:mm; d/MM/yyyy pads the month, so it stays day first).
    // A column whose other dates settle the order overrides all of that.
    if (slash && order == DateOrder::MonthFirst) {
        std::swap(p.month, p.day);
    } else if (slash && order == DateOrder::Guess && a <= 12) {
        const bool zeroPadded = (aDigits == 2 && a < 10) || (bDigits == 2 && b < 10);
        const bool american = halfDay || (!zeroPadded && (aDigits == 1 || bDigits == 1 || hourDigits == 1));
        if (b > 12 || american)
            std::swap(p.month, p.day);
    }
    const QDateTime utc = zone.toUtc(p);
    if (!utc.isValid())
        return std::nullopt;
    return utc;
}

bool FieldValueParser::isEmailAddress(QStringView text)
{
    // One pass: exactly one "@" after something, no spaces or list separators,
    // and a domain with a dot, not at its start or end, never two in a row.
    const QStringView t = text.trimmed();
    qsizetype at = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == QLatin1Char('@')) {
            if (at >= 0)
                return false;
            at = i;
        } else if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<')
                   || c == QLatin1Char('>')) {
            return false;
        } else if (c == QLatin1Char('.') && at >= 0 && (i == at + 1 || t[i - 1] == QLatin1Char('.'))) {
            return false;
        }
    }
    if (at <= 0)
        return false;
    const QStringView domain = t.mid(at + 1);
    return domain.size() >= 3 && domain.contains(QLatin1Char('.')) && !domain.endsWith(QLatin1Char('.'));
}
