#include "cli/AvailabilityFormatOption.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityFormatOption)
};
} // namespace

void AvailabilityFormatOption::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("format"),
                      Tr::tr("csv or ics (iCalendar free/busy); by default the file's extension decides."),
                      QStringLiteral("FORMAT")});
}

std::optional<AvailabilityFiles::Format> AvailabilityFormatOption::of(const QCommandLineParser &parser,
                                                                      const QString &path, QString *why)
{
    const QString named = parser.value(QStringLiteral("format"));
    const auto format = named.isEmpty() ? AvailabilityFiles::formatOf(path) : AvailabilityFiles::formatNamed(named);
    if (!format)
        *why = named.isEmpty()
            ? Tr::tr("“%1” must end in .csv or .ics (which decides the format), or give --format csv or ics.").arg(path)
            : Tr::tr("--format is csv or ics, not “%1”.").arg(named);
    return format;
}
