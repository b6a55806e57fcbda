#include "cli/CommandRegistry.h"
#include "cli/DeskCli.h"

#include "checkin/CheckInDesk.h"
#include "storage/EventStore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>

namespace {
// How often a desk offline at a terminal tries the server again (between two codes).
const qint64 retryMs = 2000;

class CheckInCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override
    {
        return QStringLiteral("Check participants in by registration code (exit 0 all checked in, 1 one refused, "
                              "2 bad usage). Waitlisted and cancelled registrations are refused unless --force. "
                              "On a server event, a desk that cannot reach the server checks in against its "
                              "copy and sends the check-ins when the server is back (see podium-cli desk).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("EVENT"), QStringLiteral("The event file or server URI."));
        parser.addPositionalArgument(QStringLiteral("CODE"),
                                     QStringLiteral("Registration codes, as typed or scanned; - reads them from "
                                                    "the standard input, one a line (a scanner at a terminal)."),
                                     QStringLiteral("CODE..."));
        parser.addOption({QStringLiteral("force"),
                          QStringLiteral("Check in a waitlisted or cancelled registration too (what the desk confirms in the GUI).")});
        DeskCli::addOptions(parser);
    }
    int execute(const QCommandLineParser &parser) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() < 2) {
            fail(QStringLiteral("Give the event and at least one code (or - to read codes from the standard input)."));
            return ExitUsage;
        }
        const QString location = args.first();
        const bool force = parser.isSet(QStringLiteral("force"));
        if (DeskCli::usesSession(parser, location))
            return atDesk(parser, location, args.mid(1), force);
        auto file = openEvent(location);
        if (!file)
            return ExitUsage;
        const CheckInDesk desk(*file);
        int exit = ExitOk;
        const bool done = forEachCode(args.mid(1), [&](const QString &code) {
            auto outcome = desk.consider(code);
            if (!outcome)
                {
                fail(outcome);
                return false;
            }
            const CheckInOutcome &o = outcome.value();
            const bool forced = o.needsConfirmation() && force;
            if (!o.accepted() && !forced) {
                refused(o);
                exit = ExitProblems;
                return true;
            }
            if (Status s = desk.setCheckedIn(o.row.participant.id, QDateTime::currentDateTimeUtc()); !s) {
                fail(s);
                return false;
            }
            accepted(o, forced, false);
            return true;
        });
        return done ? exit : ExitUsage;
    }

private:
    int atDesk(const QCommandLineParser &parser, const QString &location, const QStringList &codes, bool force)
    {
        auto session = DeskCli::session(parser, location);
        if (Status started = session->start(); !started)
            return fail(started);
        DeskCli::printDoubles(*session, session->takeNews(), out());
        int exit = ExitOk;
        QElapsedTimer sinceTry;
        sinceTry.start();
        const bool done = forEachCode(codes, [&](const QString &code) {
            // Offline at a terminal with a scanner: the server is tried again now and then.
            if (!session->isOnline() && sinceTry.elapsed() >= retryMs) {
                if (auto synced = session->sync(true); !synced)
                    err() << synced.error() << '\n';
                sinceTry.restart();
                if (session->isOnline())
                    err() << "online again\n";
            }
            const bool wasOnline = session->isOnline();
            auto answer = session->checkIn(code, force);
            if (!answer)
                {
                fail(answer);
                return false;
            }
            const CheckInOutcome &o = answer->outcome;
            if (!answer->checkedIn) {
                refused(o);
                exit = ExitProblems;
            } else {
                accepted(o, o.needsConfirmation(), answer->queued);
            }
            if (wasOnline && !session->isOnline()) {
                err() << "offline: " << session->offlineReason() << '\n';
                sinceTry.restart();
            }
            DeskCli::printDoubles(*session, session->takeNews(), out());
            return true;
        });
        if (session->isOnline()) {
            if (auto synced = session->sync(false); !synced)
                err() << synced.error() << '\n';
            DeskCli::printDoubles(*session, session->takeNews(), out());
        }
        DeskCli::printState(*session, err());
        return done ? exit : ExitUsage;
    }

    // Runs `each` on the codes given, or on the lines of the standard input
    // for "-"; stops when it returns false.
    bool forEachCode(const QStringList &codes, const std::function<bool(const QString &)> &each)
    {
        for (const QString &code : codes) {
            if (code != QLatin1String("-")) {
                if (!each(code))
                    return false;
                continue;
            }
            QTextStream in(stdin);
            QString line;
            while (in.readLineInto(&line)) {
                if (line.trimmed().isEmpty())
                    continue;
                if (!each(line.trimmed()))
                    return false;
                out().flush();
                err().flush();
            }
        }
        return true;
    }

    void refused(const CheckInOutcome &o)
    {
        const QString who = o.row.person.id ? o.row.person.displayName() + QStringLiteral(" [") + o.code
                                                  + QStringLiteral("]: ")
                                            : QString();
        err() << "Refused: " << who << o.reason;
        if (o.needsConfirmation())
            err() << " (check in anyway with --force)";
        err() << '\n';
    }

    void accepted(const CheckInOutcome &o, bool forced, bool queued)
    {
        out() << (queued ? "Checked in offline: " : "Checked in: ") << o.row.person.displayName() << " ("
              << toLabel(o.row.participant.category) << ") [" << o.row.participant.code << "]";
        if (forced)
            out() << ", although " << o.reason;
        if (queued)
            out() << "; sent when the server is back";
        out() << '\n';
    }
};
CommandRegistration<CheckInCommand> registration;
} // namespace
