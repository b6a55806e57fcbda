#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// Reads the values people type in spreadsheets: yes/no in three languages,
// dates and times as Excel and LibreOffice write them (in the event's time
// zone), e-mail addresses.
class FieldValueParser
{
public:
    static std::optional<bool> flag(const QString &text);
    // Invalid QDateTime for an empty text; nullopt when it cannot be read.
    static std::optional<QDateTime> dateTime(const QString &text, const QTimeZone &zone);
    static bool isEmailAddress(const QString &text);
};
