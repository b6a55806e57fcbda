#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"

#include "generate/EventGenerator.h"
#include "model/Event.h"

namespace {
class GenerateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override { return QStringLiteral("Write a deterministic, realistic test event."); }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("OUT.podium"), QStringLiteral("The event file to write."));
        parser.addOption({QStringLiteral("participants"), QStringLiteral("Participants (default 100)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("sessions"), QStringLiteral("Sessions (default 40)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("rooms"), QStringLiteral("Rooms (default 3)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("days"), QStringLiteral("Days (default 1)."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("speakers"), QStringLiteral("Speakers (default: 3 for every 5 sessions)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default 1): same seed, same event."),
                          QStringLiteral("S")});
        parser.addOption({QStringLiteral("conflicts"), QStringLiteral("Plant exactly K speaker double-bookings."),
                          QStringLiteral("K")});
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT.podium if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        EventGenerator::Options o;
        int seed = 1;
        if (!intOption(parser, QStringLiteral("participants"), 0, 10000000, &o.participants)
            || !intOption(parser, QStringLiteral("sessions"), 0, 1000000, &o.sessions)
            || !intOption(parser, QStringLiteral("rooms"), 1, 10000, &o.rooms)
            || !intOption(parser, QStringLiteral("days"), 1, 366, &o.days)
            || !intOption(parser, QStringLiteral("speakers"), 0, 10000000, &o.speakers)
            || !intOption(parser, QStringLiteral("seed"), 0, 2147483647, &seed)
            || !intOption(parser, QStringLiteral("conflicts"), 0, 1000000, &o.conflicts))
            return ExitUsage;
        o.seed = quint32(seed);
        const Status s = EventFileWriter::write(positional(parser, 0), parser.isSet(QStringLiteral("force")), Event(),
                                                [&](EventFile &file) { return EventGenerator::fill(file, o); });
        if (!s)
            return fail(s);
        out() << "Wrote " << positional(parser, 0) << ": " << o.sessions << " sessions, " << o.participants
              << " participants, " << o.rooms << " rooms, " << count(o.days, "day", "days");
        if (o.conflicts)
            out() << ", " << o.conflicts << " planted conflicts";
        out() << '\n';
        return ExitOk;
    }
};
CommandRegistration<GenerateCommand> registration;
} // namespace
