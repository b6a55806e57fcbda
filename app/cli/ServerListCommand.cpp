#include "cli/CommandRegistry.h"
#include "cli/ServerAddress.h"

#include "storage/StoreLocation.h"
#include "storage/postgres/EventServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// "server list": the events of a database that this login has a role for.
class ServerListCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("server list"); }
    QString summary() const override
    {
        return QStringLiteral("List the events on a PostgreSQL server that you have a role for, with the role.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("URI"), QStringLiteral("The database: postgresql://YOU@HOST/DATABASE."));
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON: an array of {event, role, uri}.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const StoreLocation location = StoreLocation::parse(positional(parser, 0));
        if (const QString why = ServerAddress::problem(name(), location, ServerAddress::Event::Optional); !why.isEmpty())
            return fail(why);
        auto events = EventServer::list(location.uri());
        if (!events)
            return fail(events);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const EventRoles::EventAccess &e : events.value())
                array.append(QJsonObject{{QStringLiteral("event"), e.event},
                                         {QStringLiteral("role"), EventRoles::keyword(e.role)},
                                         {QStringLiteral("uri"), StoreLocation::parse(location.withEvent(e.event)).withoutPassword()}});
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        if (events->isEmpty()) {
            out() << "No events on this server that you have a role for.\n";
            return ExitOk;
        }
        for (const EventRoles::EventAccess &e : events.value())
            out() << e.event << "  (" << EventRoles::keyword(e.role) << ")  "
                  << StoreLocation::parse(location.withEvent(e.event)).withoutPassword() << '\n';
        return ExitOk;
    }
};
CommandRegistration<ServerListCommand> registration;
} // namespace
