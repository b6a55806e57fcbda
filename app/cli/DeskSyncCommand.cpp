#include "cli/CommandRegistry.h"
#include "cli/DeskCli.h"

#include <QLocale>
#include <QThread>

namespace {
class DeskSyncCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("desk sync"); }
    QString summary() const override
    {
        return QStringLiteral("Send a door desk's check-ins made offline to the event's server, refresh the desk's "
                              "copy of the event, and tell of registrations checked in at two desks while one was "
                              "offline (exit 0 nothing left waiting, 1 still offline or some not sent).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("EVENT"), QStringLiteral("The event's server URI (or file)."));
        parser.addOption({QStringLiteral("wait"),
                          QStringLiteral("Keep trying every few seconds until the server answers and nothing waits.")});
        DeskCli::addOptions(parser);
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto session = DeskCli::session(parser, positional(parser, 0));
        if (Status started = session->start(); !started)
            return fail(started);
        const bool wait = parser.isSet(QStringLiteral("wait"));
        while (wait && (!session->isOnline() || session->waiting() > 0)) {
            DeskCli::printState(*session, err());
            err().flush();
            QThread::sleep(5);
            if (auto synced = session->sync(true); !synced)
                return fail(synced);
        }
        const DeskSession::SyncReport news = session->takeNews();
        DeskCli::printDoubles(*session, news, out());
        DeskCli::printState(*session, err());
        const QLocale c = QLocale::c();
        if (session->isOnline()) {
            out() << "Desk " << session->desk() << ": online; " << count(news.sent, "check-in", "check-ins")
                  << " sent; " << c.toString(session->checkedIn()) << " of " << c.toString(session->registrations())
                  << " registrations checked in.\n";
        } else {
            out() << "Desk " << session->desk() << ": offline, using the copy of "
                  << session->copyRefreshedUtc().toString(Qt::ISODate) << " ("
                  << c.toString(session->registrations()) << " registrations).\n";
        }
        return session->isOnline() && session->waiting() == 0 && news.problems.isEmpty() ? ExitOk : ExitProblems;
    }
};
CommandRegistration<DeskSyncCommand> registration;
} // namespace
