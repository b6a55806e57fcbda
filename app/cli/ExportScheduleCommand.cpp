#include "cli/CommandRegistry.h"

#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleFiles.h"
#include "io/ScheduleFormat.h"
#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportScheduleCommand)
};

class ExportScheduleCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export schedule"); }
    QString summary() const override
    {
        return Tr::tr("Export the programme as frab/pretalx XML or JSON, iCalendar or a sessions CSV.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Tr::tr("The file to write; its extension (.xml, .json, .ics, .csv) decides the format."),
                          QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("person"),
                          Tr::tr("Only the sessions of this person (name, e-mail address or GUID)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("force"), Tr::tr("Replace OUT if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(Tr::tr("podium-cli export schedule: give the file to write with -o OUT.xml, OUT.json, "
                               "OUT.ics or OUT.csv."));
        if (!expectOutputFile(output, QStringLiteral("OUT.xml")))
            return ExitUsage;
        if (!ScheduleFormat::fromPath(output))
            return fail(Tr::tr("podium-cli export schedule: “%1” must end in %2, which decides the format.")
                            .arg(output, ScheduleFormat::extensionList(false)));
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        ScheduleDocumentBuilder::Options options;
        options.person = parser.value(QStringLiteral("person"));
        auto schedule = ScheduleDocumentBuilder::build(*file, options);
        if (!schedule)
            return fail(schedule);
        const QString calendarName = options.person.isEmpty()
            ? QString()
            : Tr::tr("%1 – %2").arg(schedule->conference.title, options.person);
        if (Status s = ScheduleFiles::write(schedule.value(), output, parser.isSet(QStringLiteral("force")), calendarName); !s)
            return fail(s);
        out() << Tr::tr("Wrote %1 (sessions: %2).").arg(output).arg(schedule->sessions.size()) << '\n';
        return ExitOk;
    }
};
CommandRegistration<ExportScheduleCommand> registration;
} // namespace
