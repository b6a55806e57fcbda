#include "io/ScheduleFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleFormat)
};

struct Entry
{
    ScheduleFormat::Kind kind;
    const char *extension;
};
const Entry entries[] = {{ScheduleFormat::FrabXml, "xml"},
                         {ScheduleFormat::FrabJson, "json"},
                         {ScheduleFormat::ICalendar, "ics"},
                         {ScheduleFormat::SessionCsv, "csv"}};
} // namespace

std::optional<ScheduleFormat::Kind> ScheduleFormat::fromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const Entry &e : entries)
        if (suffix == QLatin1String(e.extension))
            return e.kind;
    return std::nullopt;
}

QString ScheduleFormat::filter(Kind kind)
{
    switch (kind) {
    case FrabXml: return Tr::tr("frab/pretalx schedule XML (*.xml)");
    case FrabJson: return Tr::tr("frab/pretalx schedule JSON (*.json)");
    case ICalendar: return Tr::tr("iCalendar for calendar programs (*.ics)");
    case SessionCsv: return Tr::tr("Sessions spreadsheet, CSV (*.csv)");
    }
    return {};
}

QStringList ScheduleFormat::importFilters()
{
    return {Tr::tr("Schedules (*.xml *.json)"), filter(FrabXml), filter(FrabJson)};
}

QStringList ScheduleFormat::exportFilters()
{
    return {filter(FrabXml), filter(FrabJson), filter(ICalendar), filter(SessionCsv)};
}

QString ScheduleFormat::extensionList(bool readable)
{
    return readable ? Tr::tr(".xml or .json") : Tr::tr(".xml, .json, .ics or .csv");
}
