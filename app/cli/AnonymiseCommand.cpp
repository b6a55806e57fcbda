#include "cli/CommandRegistry.h"
#include "cli/ConfirmedCommand.h"

#include "model/Event.h"
#include "privacy/AnonymisationSummary.h"
#include "privacy/EventAnonymiser.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"

namespace {
class AnonymiseCommand : public ConfirmedCommand
{
public:
    QString name() const override { return QStringLiteral("anonymise"); }
    QString summary() const override
    {
        return QStringLiteral("After the event: remove personal data, keep the counts for reports.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addOption({QStringLiteral("keep-statistics"),
                          QStringLiteral("Keep everyone's organisation type and country, so reports can still count "
                                         "registrations by them (without it, only counts by category survive).")});
        parser.addOption({QStringLiteral("force"),
                          QStringLiteral("Anonymise even before the event's last day (exit code 1 without it).")});
        addYesOption(parser);
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        auto file = openWritable(positional(parser, 0));
        if (!file)
            return ExitUsage;
        EventAnonymiser::Options options;
        options.keepStatistics = parser.isSet(QStringLiteral("keep-statistics"));
        options.force = parser.isSet(QStringLiteral("force"));
        const EventAnonymiser anonymiser(*file);
        auto preview = anonymiser.preview();
        if (!preview)
            return fail(preview);
        if (preview->beforeLastDay && !options.force) {
            err() << file->displayName() << ": " << EventAnonymiser::tooEarlyReason(preview.value()) << '\n'
                  << "Nothing was changed. Add --force to anonymise anyway." << Qt::endl;
            return ExitProblems;
        }
        auto event = file->event().load();
        out() << "Anonymising “" << (event ? event->name : file->displayName()) << "” removes:\n"
              << AnonymisationSummary::removals(preview->personalData, options.keepStatistics) << '\n'
              << AnonymisationSummary::kept(preview->personalData, options.keepStatistics) << "\n\n"
              << AnonymisationSummary::keptStatistics(preview->statistics, options.keepStatistics) << '\n';
        if (!options.keepStatistics)
            out() << "Counts by organisation type and country are not kept: add --keep-statistics to keep them.\n";
        if (auto code = confirm(parser, QStringLiteral("anonymise the event")))
            return *code;
        auto report = anonymiser.run(options);
        if (!report)
            return fail(report);
        out() << "\nAnonymised " << file->displayName() << ".\n"
              << AnonymisationSummary::beforeAndAfter(report->before, report->after) << '\n';
        return ExitOk;
    }
};
CommandRegistration<AnonymiseCommand> registration;
} // namespace
