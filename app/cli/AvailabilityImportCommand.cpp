#include "cli/AvailabilityFormatOption.h"
#include "cli/CommandRegistry.h"

#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityImportCommand)
};

class AvailabilityImportCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("availability import"); }
    QString summary() const override
    {
        return Tr::tr("Import when people and rooms are available, from CSV or iCalendar free/busy.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addPositionalArgument(QStringLiteral("AVAILABILITY"),
                                     Tr::tr("A CSV file (columns person or room, day, from, to, kind) or an "
                                            "iCalendar file of VFREEBUSY. Each person and room it names gets "
                                            "exactly its times; the others keep theirs."));
        AvailabilityFormatOption::add(parser);
        parser.addOption({QStringLiteral("dry-run"), Tr::tr("Check the file and say what it would set; change nothing.")});
    }
    // "2 people, 1 room, 5 times".
    static QString summaryOf(const AvailabilityChange &change)
    {
        return QStringLiteral("%1, %2, %3")
            .arg(count(change.people.size(), "person", "people"), count(change.rooms.size(), "room", "rooms"),
                 count(change.spanCount(), "time", "times"));
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        const QString input = positional(parser, 1);
        QString why;
        const auto format = AvailabilityFormatOption::of(parser, input, &why);
        if (!format)
            return fail(QStringLiteral("podium-cli availability import: %1").arg(why));
        const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
        auto file = openEvent(positional(parser, 0), dryRun);
        if (!file)
            return ExitUsage;
        auto change = dryRun ? AvailabilityFiles::read(*file, input, *format)
                             : AvailabilityFiles::import(*file, input, *format);
        if (!change)
            return fail(change);
        out() << (dryRun ? Tr::tr("Would import availability of %1 from %2 (nothing was changed).")
                         : Tr::tr("Imported availability of %1 from %2."))
                         .arg(summaryOf(change.value()), input)
              << '\n';
        return ExitOk;
    }
};

CommandRegistration<AvailabilityImportCommand> registration;
} // namespace
