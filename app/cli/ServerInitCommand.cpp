#include "cli/CommandRegistry.h"
#include "cli/ServerAddress.h"

#include "storage/StoreLocation.h"
#include "storage/postgres/EventServer.h"

namespace {
// "server init": prepares a PostgreSQL database for Podium's events (the
// registry schema); safe to run again.
class ServerInitCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("server init"); }
    QString summary() const override
    {
        return QStringLiteral("Prepare a PostgreSQL database to hold Podium events (safe to run again).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("URI"),
                                     QStringLiteral("The database: postgresql://YOU@HOST/DATABASE (libpq's form: "
                                                    "~/.pgpass, PGSERVICE, sslmode and host=/socket/dir work)."));
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const StoreLocation location = StoreLocation::parse(positional(parser, 0));
        if (const QString why = ServerAddress::problem(name(), location, ServerAddress::Event::Optional); !why.isEmpty())
            return fail(why);
        if (Status s = EventServer::init(location.uri()); !s)
            return fail(s);
        out() << "The database is ready for Podium events: podium-cli publish FILE.podium "
              << StoreLocation::parse(location.withEvent(QStringLiteral("NAME"))).withoutPassword()
              << " puts one there.\n";
        return ExitOk;
    }
};
CommandRegistration<ServerInitCommand> registration;
} // namespace
