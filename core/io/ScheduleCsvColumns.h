#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the columns of a schedule spreadsheet hold, recognised from their
// headers: the columns of frab/pentabarf-era CSV exports (Room, Date, Day,
// Start, Duration, Title, ID, Abstract, Description, Language, Speakers,
// File URL), Podium's own sessions CSV (Day, Start, End, Room, Track, Type,
// Title, Speakers, in any language Podium ships), and the usual English,
// French and German words for them.
class ScheduleCsvColumns
{
public:
    enum class Field {
        Title, Subtitle, Room, Date, Day, Start, End, Duration, Track, Type, Language,
        Abstract, Description, Speakers, Id, Guid, Url
    };

    // Guesses every header, then applies the overrides ("COLUMN=field" or
    // "COLUMN=ignore", COLUMN a header or a 1-based number, as podium-cli's
    // --map takes them); fails when two columns hold the same field or a
    // column the schedule needs (title, room, start, a date or day, an end or
    // duration) is missing, naming the columns found.
    static Result<ScheduleCsvColumns> map(const QStringList &headers, const QStringList &overrides = {});
    static std::optional<Field> guess(const QString &header);
    // "title", "file_url"...: as messages and the mapping name them.
    static QString key(Field field);

    // The column holding the field, or -1.
    int columnOf(Field field) const;
    const QStringList &headers() const { return m_headers; }
    // "Room → room, Date → date, Notes → (not imported)": the mapping, for the user.
    QString describe() const;

private:
    Status applyOverride(const QString &assignment);
    QStringList m_headers;
    std::vector<std::optional<Field>> m_fields; // one per header
};
