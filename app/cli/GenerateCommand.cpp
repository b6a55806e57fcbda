#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"
#include "storage/EventFile.h"

#include "generate/EventGenerator.h"
#include "generate/SchedulingRulesGenerator.h"
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
        parser.addOption({QStringLiteral("constraints"),
                          QStringLiteral("Add N session constraints and track limits, availability for some speakers "
                                         "(--availability) and a lunch kept free each day, for arranging."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("availability"),
                          QStringLiteral("With --constraints: the percentage of speakers with limited availability "
                                         "(default 30)."),
                          QStringLiteral("PERCENT")});
        parser.addOption({QStringLiteral("unscheduled"), QStringLiteral("Leave every session off the timetable.")});
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
        int constraints = -1;
        int availability = 30;
        if (!intOption(parser, QStringLiteral("constraints"), 0, 1000000, &constraints)
            || !intOption(parser, QStringLiteral("availability"), 0, 100, &availability))
            return ExitUsage;
        o.seed = quint32(seed);
        const bool unscheduled = parser.isSet(QStringLiteral("unscheduled"));
        const Status s = EventFileWriter::write(
            positional(parser, 0), parser.isSet(QStringLiteral("force")), Event(), [&](EventFile &file) {
                if (Status filled = EventGenerator::fill(file, o); !filled)
                    return filled;
                if (constraints < 0 && !unscheduled)
                    return Status();
                SchedulingRulesGenerator::Options ro;
                ro.seed = o.seed;
                ro.constraints = std::max(0, constraints);
                ro.availabilityShare = constraints < 0 ? 0 : availability / 100.0;
                ro.lunch = constraints >= 0;
                return SchedulingRulesGenerator::fill(file, ro, unscheduled);
            });
        if (!s)
            return fail(s);
        out() << "Wrote " << positional(parser, 0) << ": " << o.sessions << " sessions, " << o.participants
              << " participants, " << o.rooms << " rooms, " << count(o.days, "day", "days");
        if (o.conflicts)
            out() << ", " << o.conflicts << " planted conflicts";
        if (constraints >= 0)
            out() << ", " << constraints << " constraints";
        if (unscheduled)
            out() << ", none scheduled";
        out() << '\n';
        return ExitOk;
    }
};
CommandRegistration<GenerateCommand> registration;
} // namespace
