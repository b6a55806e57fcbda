#include "cli/CommandRegistry.h"
#include "cli/ServerAddress.h"

#include "model/Event.h"
#include "storage/EventCopier.h"
#include "storage/EventRepository.h"
#include "storage/EventStore.h"
#include "storage/StoreLocation.h"
#include "storage/postgres/EventServer.h"

namespace {
// "publish": copies an event file to a server, whole, in one transaction.
class PublishCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("publish"); }
    QString summary() const override
    {
        return QStringLiteral("Copy an event file to a PostgreSQL server as a new event, in one transaction.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("URI"),
                                     QStringLiteral("Where: postgresql://YOU@HOST/DATABASE?event=NAME (run podium-cli "
                                                    "server init on the database first)."));
        parser.addOption({QStringLiteral("replace"),
                          QStringLiteral("Replace an event of that name on the server (its roles and who has them stay).")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const StoreLocation target = StoreLocation::parse(positional(parser, 1));
        if (const QString why = ServerAddress::problem(name(), target, ServerAddress::Event::Required); !why.isEmpty())
            return fail(why);
        auto source = openEvent(positional(parser, 0), false);
        if (!source)
            return ExitUsage;
        auto event = source->event().load();
        if (!event)
            return fail(event);
        qint64 rows = 0;
        auto published = EventServer::createEvent(
            target, event.value(),
            [&](PostgresStore &store) {
                return EventCopier(*source, store).copy([&](const QString &, qint64 copied) {
                    rows = copied;
                    return true;
                });
            },
            parser.isSet(QStringLiteral("replace")));
        if (!published)
            return fail(published);
        out() << "Published " << source->displayName() << " as “" << target.event() << "” on "
              << target.serverOnly() << " (" << count(rows, "row", "rows") << ").\n";
        return ExitOk;
    }
};
CommandRegistration<PublishCommand> registration;
} // namespace
