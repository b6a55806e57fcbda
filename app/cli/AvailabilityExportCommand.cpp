#include "cli/AvailabilityFormatOption.h"
#include "cli/CommandRegistry.h"

#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityExportCommand)
};

class AvailabilityExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("availability export"); }
    QString summary() const override
    {
        return Tr::tr("Export when people and rooms are available, as CSV or iCalendar free/busy.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Tr::tr("The file to write (readable by you only): .csv or .ics."), QStringLiteral("OUT")});
        AvailabilityFormatOption::add(parser);
        parser.addOption({QStringLiteral("force"), Tr::tr("Replace OUT if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(Tr::tr("podium-cli availability export: give the file to write with -o OUT.csv or OUT.ics."));
        if (!expectOutputFile(output, QStringLiteral("OUT.csv")))
            return ExitUsage;
        QString why;
        const auto format = AvailabilityFormatOption::of(parser, output, &why);
        if (!format)
            return fail(QStringLiteral("podium-cli availability export: %1").arg(why));
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        if (Status s = AvailabilityFiles::exportTo(*file, output, *format, parser.isSet(QStringLiteral("force"))); !s)
            return fail(s);
        out() << Tr::tr("Wrote %1.").arg(output) << '\n';
        return ExitOk;
    }
};

CommandRegistration<AvailabilityExportCommand> registration;
} // namespace
