#pragma once

#include <QDateTime>
#include <QString>

class LocalTimeConverter;

#include <optional>

// Reads the values people type in spreadsheets: yes/no in three languages,
// dates and times as Excel and LibreOffice write them (in the event's time
// zone), e-mail addresses.
class FieldValueParser
{
public:
    static std::optional<bool> flag(QStringView text);
    // Local date and time in the event's zone (converter), or an instant with Z or an
    // offset: 2018-12-14 09:30[:00], 2018-12-14T09:30, 14.12.2018 09:30, 14/12/2018, 14-12-2018, 2018-12-14,
    // Excel en-US 12/14/2018 9:30, LibreOffice 14.12.18 09:30 and 12/14/18 09:30 AM... A date with
    // slashes is day first unless it cannot be, or is written the American way (see the .cpp).
    // Invalid QDateTime for an empty text; nullopt when it cannot be read.
    // How to read a date with slashes whose first two numbers could both be the month.
    enum class DateOrder { Guess, DayFirst, MonthFirst };
    static std::optional<QDateTime> dateTime(QStringView text, LocalTimeConverter &zone,
                                             DateOrder order = DateOrder::Guess);
    // The order a date with slashes proves for its whole column (30/10/2018: day first,
    // 10/30/2018: month first); Guess when it proves nothing.
    static DateOrder provenOrder(QStringView text);
    static bool isEmailAddress(QStringView text);
};
