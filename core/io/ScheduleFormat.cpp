#include "io/ScheduleFormat.h"

#include <QCoreApplication>
#include <QFile>
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

std::optional<ScheduleFormat::Kind> ScheduleFormat::detect(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        QByteArray head = file.read(512);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        const QByteArray start = head.trimmed();
        if (start.startsWith('<'))
            return FrabXml;
        if (start.startsWith('{'))
            return FrabJson;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Spreadsheets too: the CSV reader tells how to save them as CSV.
    for (const char *spreadsheet : {"tsv", "txt", "xlsx", "xls", "ods"})
        if (suffix == QLatin1String(spreadsheet))
            return SessionCsv;
    const auto kind = fromPath(path);
    return kind && canRead(*kind) ? kind : std::nullopt;
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
    return {Tr::tr("Schedules (*.xml *.json *.csv)"), filter(FrabXml), filter(FrabJson), filter(SessionCsv)};
}

QStringList ScheduleFormat::exportFilters()
{
    return {filter(FrabXml), filter(FrabJson), filter(ICalendar), filter(SessionCsv)};
}

QString ScheduleFormat::extensionList(bool readable)
{
    return readable ? Tr::tr(".xml, .json or .csv") : Tr::tr(".xml, .json, .ics or .csv");
}
