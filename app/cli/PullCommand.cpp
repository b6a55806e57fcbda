#include "cli/CommandRegistry.h"
#include "cli/ServerAddress.h"

#include "cli/EventFileWriter.h"
#include "model/Event.h"
#include "storage/EventCopier.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/StoreLocation.h"
#include "storage/Transaction.h"

namespace {
// "pull": a consistent copy of a server event in a new local file.
class PullCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("pull"); }
    QString summary() const override
    {
        return QStringLiteral("Copy an event from a PostgreSQL server into a new event file (one consistent moment "
                              "of it), for the archive or to work offline.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("URI"), QStringLiteral("postgresql://YOU@HOST/DATABASE?event=NAME."));
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The new file."));
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE.podium if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        if (const QString why = ServerAddress::problem(name(), StoreLocation::parse(positional(parser, 0)),
                                                       ServerAddress::Event::Required);
            !why.isEmpty())
            return fail(why);
        const QString output = positional(parser, 1);
        if (!expectFile(output, QStringLiteral("pull writes a file; `podium-cli publish FILE URI` copies a file to a server.")))
            return ExitUsage;
        auto source = openEvent(positional(parser, 0), true);
        if (!source)
            return ExitUsage;
        auto event = source->event().load();
        if (!event)
            return fail(event);
        // Written under a temporary name, owner-only, and moved into place whole.
        const Status written = EventFileWriter::write(output, parser.isSet(QStringLiteral("force")), event.value(),
                                                      [&](EventFile &file) {
                                                          Transaction transaction(file);
                                                          if (!transaction.isActive())
                                                              return Status::failure(transaction.error());
                                                          if (Status s = EventCopier(*source, file).copy(); !s)
                                                              return s;
                                                          return transaction.commit();
                                                      });
        if (!written)
            return fail(written);
        out() << "Wrote " << output << " from “" << source->displayName() << "” on the server.\n";
        return ExitOk;
    }
};
CommandRegistration<PullCommand> registration;
} // namespace
