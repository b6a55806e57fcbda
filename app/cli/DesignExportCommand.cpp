#include "cli/CommandRegistry.h"

#include "design/DesignFile.h"
#include "storage/DesignRepository.h"
#include "storage/EventStore.h"

namespace {
// `podium-cli design export FILE.podium NAME -o OUT.json`: a design with its images.
class DesignExportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("design export"); }
    QString summary() const override
    {
        return QStringLiteral("Write a design with its images as a JSON file, to import into another event.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The design's name (see design list)."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The JSON file to write."),
                          QStringLiteral("OUT.json")});
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.json if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(QStringLiteral("podium-cli design export: say where to write the design with -o OUT.json."));
        if (!expectOutputFile(output, QStringLiteral("OUT.json")))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        const Status written = DesignFile::exportTo(DesignRepository(*file), positional(parser, 1), output,
                                                    parser.isSet(QStringLiteral("force")));
        if (!written)
            return fail(written);
        out() << "Wrote " << output << ": the design " << positional(parser, 1) << ".\n";
        return ExitOk;
    }
};
CommandRegistration<DesignExportCommand> registration;
} // namespace
