#include "cli/CommandRegistry.h"

#include "io/ParticipantImporter.h"
#include "storage/EventStore.h"

namespace {
class ImportParticipantsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import participants"); }
    QString summary() const override
    {
        return QStringLiteral("Import participants from a CSV file (all rows or none).");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addPositionalArgument(QStringLiteral("IN.csv"),
                                     QStringLiteral("The CSV file (UTF-8, UTF-16, Windows-1252, Mac Roman or DOS code page 850; comma, "
                                                    "semicolon, tab or Excel's \"sep=\" line; columns named in "
                                                    "English, French or German)."));
        parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Check everything, write nothing.")});
        parser.addOption({QStringLiteral("accept-invalid-bytes"),
                          QStringLiteral("In a UTF-8 file, import rows holding bytes that are not UTF-8, with � in "
                                         "their place (they are refused by line otherwise).")});
        parser.addOption({QStringLiteral("on-duplicate"),
                          QStringLiteral("When an e-mail address is already in the event: skip (default), update "
                                         "or fail."),
                          QStringLiteral("skip|update|fail"), QStringLiteral("skip")});
        parser.addOption({QStringLiteral("map"),
                          QStringLiteral("Say what a column holds: COLUMN=field (COLUMN is a header or a number; "
                                         "field is e.g. first_name, email, name or ignore). Repeatable."),
                          QStringLiteral("COLUMN=field")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 2))
            return ExitUsage;
        ParticipantImporter::Options options;
        const auto onDuplicate = ParticipantImporter::onDuplicateFromKey(parser.value(QStringLiteral("on-duplicate")));
        if (!onDuplicate)
            return fail(QStringLiteral("podium-cli %1: --on-duplicate must be skip, update or fail, not “%2”.")
                            .arg(name(), parser.value(QStringLiteral("on-duplicate"))));
        options.onDuplicate = *onDuplicate;
        options.dryRun = parser.isSet(QStringLiteral("dry-run"));
        options.acceptInvalidBytes = parser.isSet(QStringLiteral("accept-invalid-bytes"));
        options.overrides = parser.values(QStringLiteral("map"));
        // A dry run writes too, inside a transaction it always rolls back.
        auto file = openEvent(positional(parser, 0));
        if (!file)
            return ExitUsage;
        auto report = ParticipantImporter(*file, options).run(positional(parser, 1));
        if (!report)
            return fail(report);
        const ImportReport &r = report.value();
        for (const QString &warning : r.warnings)
            err() << "warning: " << warning << '\n';
        if (!r.ok()) {
            err() << positional(parser, 1) << ": nothing was imported, the file has problems:\n";
            for (const QString &problem : r.problems)
                err() << "  " << problem << '\n';
            if (r.moreProblems)
                err() << "  … and " << r.moreProblems << " more.\n";
            return ExitProblems;
        }
        out() << (options.dryRun ? "Dry run (nothing written): " : "Imported: ") << r.summary() << '\n'
              << "Read as " << r.encoding << ", separated by "
              << (r.delimiter == QLatin1Char('\t') ? QStringLiteral("tabs") : QStringLiteral("“%1”").arg(r.delimiter))
              << ".\n";
        return ExitOk;
    }
};
CommandRegistration<ImportParticipantsCommand> registration;
} // namespace
