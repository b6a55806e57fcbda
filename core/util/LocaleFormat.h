#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates and times as the interface language writes them (QLocale's default,
// which Translations sets): "09:11" in French and German, "9:11 AM" in US
// English, "ven. 14 déc." for a day. Never hard-coded English day names.
class LocaleFormat
{
public:
    // Hours and minutes, without the seconds that the C locale adds.
    static QString time(QTime time, const QLocale &locale = QLocale());
    // "Fri 09:11", "ven. 09:11", "Fr. 09:11".
    static QString dayAndTime(const QDateTime &local, const QLocale &locale = QLocale());
    // "Fri 14 Dec", "ven. 14 déc.", "Fr. 14 Dez.".
    static QString day(QDate date, const QLocale &locale = QLocale());
};
