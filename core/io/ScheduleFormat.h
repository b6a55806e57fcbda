#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// The schedule file formats, told apart by file extension.
class ScheduleFormat
{
public:
    enum Kind { FrabXml, FrabJson, ICalendar, SessionCsv };
    static std::optional<Kind> fromPath(const QString &path);
    static bool canRead(Kind kind) { return kind == FrabXml || kind == FrabJson; }
    // "frab/pretalx schedule XML (*.xml)" and so on, for file dialogs.
    static QString filter(Kind kind);
    static QStringList importFilters();
    static QStringList exportFilters();
    // ".xml, .json, .ics or .csv" for messages.
    static QString extensionList(bool readable);
};
