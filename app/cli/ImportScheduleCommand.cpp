#include "cli/CommandRegistry.h"
#include "cli/EventFileWriter.h"

#include "io/ScheduleFiles.h"
#include "io/ScheduleImporter.h"
#include "model/Event.h"
#include "storage/EventFile.h"

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
        return Tr::tr("Import a frab/pretalx schedule (XML or JSON) into a new or empty event, or merge it by GUID.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"),
                                     Tr::tr("The event file; created when it does not exist yet."));
        parser.addPositionalArgument(QStringLiteral("IN.xml|IN.json"), Tr::tr("The schedule to import."));
        parser.addOption({QStringLiteral("merge"),
                          Tr::tr("Merge into an event that already has a programme: sessions with the same GUID are "
                                 "updated, the others added.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const QString target = positional(parser, 0);
        const QString input = positional(parser, 1);
        auto schedule = ScheduleFiles::read(input);
        if (!schedule)
            return fail(schedule.error());
        for (const QString &warning : schedule->warnings)
            err() << Tr::tr("warning: %1").arg(warning) << '\n';
        ScheduleImporter::Options options;
        options.merge = parser.isSet(QStringLiteral("merge"));
        ScheduleImportResult done;
        auto import = [&](EventFile &file) -> Status {
            auto result = ScheduleImporter::run(file, schedule.value(), options);
            if (!result)
                return Status::failure(result.error());
            done = result.value();
            return {};
        };
        if (!QFileInfo::exists(target)) {
            Event event;
            event.name = schedule->conference.title;
            if (Status s = EventFileWriter::write(target, false, event, import); !s)
                return fail(s.error());
        } else {
            auto file = openEvent(target);
            if (!file)
                return ExitUsage;
            if (!options.merge) {
                auto empty = ScheduleImporter::isEmpty(*file);
                if (!empty)
                    return fail(empty.error());
                if (!empty.value())
                    return fail(file->describe(Tr::tr("already has a programme: nothing was imported. Add --merge to "
                                                      "merge the schedule into it by GUID, or give a new file name.")));
            }
            if (Status s = import(*file); !s)
                return fail(s.error());
        }
        out() << Tr::tr("Imported %1 into %2: %3").arg(input, target, done.summary()) << '\n';
        return ExitOk;
    }
};
CommandRegistration<ImportScheduleCommand> registration;
} // namespace
