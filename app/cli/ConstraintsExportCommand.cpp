#include "cli/CommandRegistry.h"

#include "availability/ConstraintsFile.h"
#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConstraintsExportCommand)
};

class ConstraintsExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("constraints export"); }
    QString summary() const override
    {
        return Tr::tr("Export the sessions' constraints and the scheduling rules as JSON.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("The JSON file to write."),
                          QStringLiteral("OUT.json")});
        parser.addOption({QStringLiteral("force"), Tr::tr("Replace OUT.json if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(Tr::tr("podium-cli constraints export: give the file to write with -o OUT.json."));
        if (!expectOutputFile(output, QStringLiteral("OUT.json")))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        if (Status s = ConstraintsFile::exportTo(*file, output, parser.isSet(QStringLiteral("force"))); !s)
            return fail(s);
        out() << Tr::tr("Wrote %1.").arg(output) << '\n';
        return ExitOk;
    }
};
CommandRegistration<ConstraintsExportCommand> registration;
} // namespace
