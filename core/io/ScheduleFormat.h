#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The schedule file formats, told apart by file extension (for writing) and,
// for reading, by what the file starts with.
class ScheduleFormat
{
public:
    enum Kind { FrabXml, FrabJson, ICalendar, SessionCsv };
    static std::optional<Kind> fromPath(const QString &path);
    static bool canRead(Kind kind) { return kind != ICalendar; }
    // The format of a file to read: XML or JSON by their first character
    // (whatever the name ends in), else by extension (.csv, .tsv and .txt are CSV).
    static std::optional<Kind> detect(const QString &path);
    // "frab/pretalx schedule XML (*.xml)" and so on, for file dialogs.
    static QString filter(Kind kind);
    static QStringList importFilters();
    static QStringList exportFilters();
    // ".xml, .json or .csv" (readable) or ".xml, .json, .ics or .csv" for messages.
    static QString extensionList(bool readable);
};
