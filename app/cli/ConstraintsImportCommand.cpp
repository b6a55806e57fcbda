#include "cli/CommandRegistry.h"

#include "availability/ConstraintsFile.h"
#include "storage/EventStore.h"

#include <QCoreApplication>
#include <QFile>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConstraintsImportCommand)
};

class ConstraintsImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("constraints import"); }
    QString summary() const override
    {
        return Tr::tr("Import sessions' constraints and scheduling rules from JSON (as constraints export writes).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addPositionalArgument(QStringLiteral("RULES.json"),
                                     Tr::tr("Each session listed gets exactly its constraints; breaks, tracks and "
                                            "personGapMinutes, when given, replace the event's rules."));
        parser.addOption({QStringLiteral("dry-run"), Tr::tr("Check the file and say what it would set; change nothing.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto file = openEvent(positional(parser, 0), dryRun);
        if (!file)
            return ExitUsage;
        const QString input = positional(parser, 1);
        Result<ConstraintsFile::Content> content = ConstraintsFile::Content();
        if (dryRun) {
            QFile in(input);
            if (!in.open(QIODevice::ReadOnly))
                return fail(Tr::tr("“%1” cannot be read: %2.").arg(input, in.errorString()));
            content = ConstraintsFile::parse(*file, in.readAll(), input);
        } else {
            content = ConstraintsFile::import(*file, input);
        }
        if (!content)
            return fail(content);
        const QString what = QStringLiteral("%1%2").arg(count(content->sessions.size(), "session", "sessions"),
                                                        content->event ? QStringLiteral(" and the event's rules")
                                                                       : QString());
        out() << (dryRun ? Tr::tr("Would set the constraints of %1 (nothing was changed).")
                         : Tr::tr("Set the constraints of %1."))
                         .arg(what)
              << '\n';
        return ExitOk;
    }
};
CommandRegistration<ConstraintsImportCommand> registration;
} // namespace
