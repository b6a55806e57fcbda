#include "cli/CommandRegistry.h"

#include "storage/postgres/EventRoles.h"
#include "storage/postgres/ServerLogin.h"

namespace {

// "server grant" and "server revoke": a login becomes a member of an event's
// organiser, desk or viewer role (EventRoles), or stops being one.
class ServerRoleCommand : public CliCommand
{
public:
    explicit ServerRoleCommand(bool grant) : m_grant(grant) {}
    QString name() const override { return m_grant ? QStringLiteral("server grant") : QStringLiteral("server revoke"); }
    QString summary() const override
    {
        return m_grant ? QStringLiteral("Give a server login a role for an event: organiser (everything), desk "
                                        "(check-in only, no contact details) or viewer (the programme only).")
                       : QStringLiteral("Take a role for an event from a server login.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("URI"),
                                     QStringLiteral("The event on the server: postgresql://YOU@HOST/DATABASE?event=NAME."));
        parser.addPositionalArgument(QStringLiteral("LOGIN"), QStringLiteral("The colleague's PostgreSQL login."));
        parser.addOption({QStringLiteral("role"), QStringLiteral("organiser, desk or viewer."), QStringLiteral("ROLE")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const auto role = EventRoles::parse(parser.value(QStringLiteral("role")));
        if (!role)
            return fail(QStringLiteral("podium-cli %1: give --role organiser, desk or viewer.").arg(name()));
        const QString uri = positional(parser, 0);
        const QString event = ServerLogin::eventOf(uri);
        if (event.isEmpty())
            return fail(QStringLiteral("podium-cli %1: name the event in the address (…?event=NAME).").arg(name()));
        const QString user = positional(parser, 1);
        Status done;
        {
            auto db = ServerLogin::open(uri, QStringLiteral("podium-cli-grant"));
            if (!db)
                return fail(db);
            done = m_grant ? EventRoles::grant(db.value(), event, *role, user)
                           : EventRoles::revoke(db.value(), event, *role, user);
            db.value().close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("podium-cli-grant"));
        if (!done)
            return fail(done);
        if (m_grant)
            out() << user << " now has the " << EventRoles::keyword(*role) << " role for " << event << ".\n";
        else
            out() << user << " no longer has the " << EventRoles::keyword(*role) << " role for " << event << ".\n";
        return ExitOk;
    }

private:
    bool m_grant;
};

struct ServerGrantCommand : ServerRoleCommand
{
    ServerGrantCommand() : ServerRoleCommand(true) {}
};
struct ServerRevokeCommand : ServerRoleCommand
{
    ServerRevokeCommand() : ServerRoleCommand(false) {}
};
CommandRegistration<ServerGrantCommand> grantRegistration;
CommandRegistration<ServerRevokeCommand> revokeRegistration;
} // namespace
