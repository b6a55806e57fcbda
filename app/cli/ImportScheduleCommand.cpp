#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"

#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "io/ScheduleMergePlan.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportScheduleCommand)
};

class ImportScheduleCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import schedule"); }
    QString summary() const override
    {
        return Tr::tr("Import a schedule (frab/pretalx XML or JSON, or CSV) into a new or empty event, or merge it by GUID.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"),
                                     Tr::tr("The event file; created when it does not exist yet."));
        parser.addPositionalArgument(QStringLiteral("IN.xml|IN.json|IN.csv"),
                                     Tr::tr("The schedule to import: frab/pretalx XML or JSON, or a CSV spreadsheet "
                                            "with a session a row (columns such as Room, Date, Start, Duration, "
                                            "Title, Speakers; Podium's sessions CSV export too)."));
        parser.addOption({QStringLiteral("merge"),
                          Tr::tr("Merge into an event that already has a programme: sessions with the same GUID are "
                                 "updated, the others added; sessions the file does not have are kept.")});
        parser.addOption({QStringLiteral("remove-missing"),
                          Tr::tr("With --merge: remove the event's sessions that the file does not have.")});
        parser.addOption({QStringLiteral("map"),
                          Tr::tr("For a CSV file: say what a column holds, COLUMN=field (COLUMN is a header or a "
                                 "number; field is e.g. title, room, date, start, duration, speakers or ignore). "
                                 "Repeatable."),
                          QStringLiteral("COLUMN=field")});
        parser.addOption({QStringLiteral("dry-run"),
                          Tr::tr("Show what the import would add, change and remove; write nothing.")});
        parser.addOption({QStringLiteral("timezone"),
                          Tr::tr("The time zone (IANA name, e.g. Europe/Brussels) of a schedule that names none: its "
                                 "times are read in it, and a new event takes it. Needed for a new event when the file "
                                 "names no zone."),
                          QStringLiteral("zone")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const QString target = positional(parser, 0);
        const QString input = positional(parser, 1);
        ScheduleImporter::Options options;
        options.merge = parser.isSet(QStringLiteral("merge"));
        options.removeMissing = parser.isSet(QStringLiteral("remove-missing"));
        options.timeZoneId = parser.value(QStringLiteral("timezone")).trimmed().toUtf8();
        if (options.removeMissing && !options.merge)
            return fail(Tr::tr("podium-cli %1: --remove-missing needs --merge (it removes the sessions of the event "
                               "that the file does not have).")
                            .arg(name()));
        auto schedule = ScheduleFiles::read(input, {}, parser.values(QStringLiteral("map")));
        if (!schedule)
            return fail(schedule);
        for (const QString &note : schedule->notes)
            out() << note << '\n';
        for (const QString &warning : schedule->warnings)
            err() << Tr::tr("warning: %1").arg(warning) << '\n';
        if (parser.isSet(QStringLiteral("dry-run")))
            return dryRun(target, input, schedule.value(), options);
        ScheduleImportResult done;
        auto import = [&](const EventStore &file) -> Status {
            auto result = ScheduleImporter::run(file, schedule.value(), options);
            if (!result)
                return Status::failure(result.error());
            done = result.value();
            return {};
        };
        if (!(StoreLocation::parse(target).isServer() || QFileInfo::exists(target))) {
            // Never a guess: a new event has no zone of its own to read the file's clock times in.
            if (!schedule->conference.hasTimeZone() && options.timeZoneId.isEmpty())
                return fail(Tr::tr("“%1” names no time zone (no <time_zone_name>): give the zone its times are in "
                                   "with --timezone, e.g. --timezone Europe/Brussels. Nothing was imported.")
                                .arg(input));
            Event event;
            // A CSV schedule has no title: the event is named after its file until renamed.
            event.name = schedule->conference.title.isEmpty() ? QFileInfo(target).completeBaseName()
                                                              : schedule->conference.title;
            event.timeZoneId = schedule->conference.hasTimeZone() ? schedule->conference.timeZoneId : options.timeZoneId;
            if (Status s = EventFileWriter::write(target, false, event, import); !s)
                return fail(s);
        } else {
            auto file = openEvent(target);
            if (!file)
                return ExitUsage;
            if (Status s = checkMerge(*file, options); !s)
                return fail(s);
            if (Status s = import(*file); !s)
                return fail(s);
        }
        for (const QString &warning : std::as_const(done.warnings))
            err() << Tr::tr("warning: %1").arg(warning) << '\n';
        out() << Tr::tr("Imported %1 into %2: %3").arg(input, target, done.summary()) << '\n';
        printDetails(done.plan, options);
        return ExitOk;
    }

private:
    Status checkMerge(const EventStore &file, const ScheduleImporter::Options &options) const
    {
        if (options.merge)
            return {};
        auto empty = ScheduleImporter::isEmpty(file);
        if (!empty)
            return Status::failure(empty.error());
        if (!empty.value())
            return Status::failure(file.describe(Tr::tr("already has a programme: nothing was imported. Add --merge "
                                                         "to merge the schedule into it by GUID (--dry-run shows what "
                                                         "would change), or give a new file name.")));
        return {};
    }

    int dryRun(const QString &target, const QString &input, const ScheduleDocument &schedule,
               const ScheduleImporter::Options &options)
    {
        ScheduleMergePlan plan = ScheduleMergePlan::forEmptyEvent(schedule);
        if ((StoreLocation::parse(target).isServer() || QFileInfo::exists(target))) {
            auto file = openEvent(target, true);
            if (!file)
                return ExitUsage;
            if (Status s = checkMerge(*file, options); !s)
                return fail(s);
            auto computed = ScheduleImporter::preview(*file, schedule, options);
            if (!computed)
                return fail(computed);
            plan = std::move(computed).value();
        }
        out() << Tr::tr("Dry run, nothing written: importing %1 into %2 would give %3")
                     .arg(input, target, plan.summary(options.removeMissing))
              << '\n';
        printDetails(plan, options);
        return ExitOk;
    }

    void printDetails(const ScheduleMergePlan &plan, const ScheduleImporter::Options &options)
    {
        for (const QString &line : plan.details(options.removeMissing))
            out() << "  " << line << '\n';
        const int missing = plan.count(SessionChange::Kind::Missing);
        if (missing > 0 && !options.removeMissing)
            out() << Tr::tr("Sessions of the event that are not in the file: %1. They stay in the event; add "
                            "--remove-missing to remove them.")
                         .arg(missing)
                  << '\n';
    }
};
CommandRegistration<ImportScheduleCommand> registration;
} // namespace
