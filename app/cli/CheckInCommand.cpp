#include "cli/CommandRegistry.h"

#include "checkin/CheckInDesk.h"
#include "storage/EventStore.h"

#include <QDateTime>

namespace {
class CheckInCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("checkin"); }
    QString summary() const override
    {
        return QStringLiteral("Check a participant in by registration code (exit 0 checked in, 1 refused, 2 bad usage). "
                              "Waitlisted and cancelled registrations are refused unless --force.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The registration code, as typed or scanned."));
        parser.addOption({QStringLiteral("force"),
                          QStringLiteral("Check in a waitlisted or cancelled registration too (what the desk confirms in the GUI).")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        auto file = openEvent(positional(parser, 0));
        if (!file)
            return ExitUsage;
        const CheckInDesk desk(*file);
        auto outcome = desk.consider(positional(parser, 1));
        if (!outcome)
            return fail(outcome);
        const CheckInOutcome &o = outcome.value();
        const QString who = o.row.person.id ? o.row.person.displayName() : QString();
        const bool forced = o.needsConfirmation() && parser.isSet(QStringLiteral("force"));
        if (!o.accepted() && !forced) {
            err() << "Refused: " << (who.isEmpty() ? QString() : who + QStringLiteral(": ")) << o.reason;
            if (o.needsConfirmation())
                err() << " (check in anyway with --force)";
            err() << '\n';
            return ExitProblems;
        }
        if (Status s = desk.setCheckedIn(o.row.participant.id, QDateTime::currentDateTimeUtc()); !s)
            return fail(s);
        out() << "Checked in: " << who << " (" << toLabel(o.row.participant.category) << ")";
        if (forced)
            out() << ", although " << o.reason;
        out() << '\n';
        return ExitOk;
    }
};
CommandRegistration<CheckInCommand> registration;
} // namespace
