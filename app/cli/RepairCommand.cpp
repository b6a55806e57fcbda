#include "cli/CommandRegistry.h"

#include "repair/EventFileRepair.h"

namespace {
class RepairCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("repair"); }
    QString summary() const override
    {
        return QStringLiteral("Save what can be read of a damaged event file into a new file (the damaged one is not changed).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The damaged event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The new file to write."),
                          QStringLiteral("NEW.podium")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        if (!expectFile(positional(parser, 0),
                        QStringLiteral("a server keeps its own data whole; `podium-cli pull URI FILE` makes a local copy.")))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(QStringLiteral("podium-cli repair: name the new file with -o NEW.podium."));
        if (!expectOutputFile(output, QStringLiteral("NEW.podium")))
            return ExitUsage;
        auto repaired = EventFileRepair::repair(positional(parser, 0), output);
        if (!repaired)
            return fail(repaired);
        out() << "Wrote " << output << ". " << repaired->summary() << '\n';
        // Saved with losses: the new file is usable, but not everything is in it.
        return repaired->whole() ? ExitOk : ExitProblems;
    }
};
CommandRegistration<RepairCommand> registration;
} // namespace
