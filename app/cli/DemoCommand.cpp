#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"
#include "storage/EventFile.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"

namespace {
class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return QStringLiteral("Write the bundled demo event (IMI Networking event 2018)."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("OUT.podium"), QStringLiteral("The event file to write."));
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.podium if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        Event placeholder;
        placeholder.name = QStringLiteral("Demo");
        const Status s = EventFileWriter::write(positional(parser, 0), parser.isSet(QStringLiteral("force")), placeholder,
                                                [](EventFile &file) { return DemoEvent::fill(file); });
        if (!s)
            return fail(s);
        out() << "Wrote the demo event to " << positional(parser, 0) << '\n';
        return ExitOk;
    }
};
CommandRegistration<DemoCommand> registration;
} // namespace
