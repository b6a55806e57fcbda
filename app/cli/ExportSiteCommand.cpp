#include "cli/CommandRegistry.h"

#include "io/ScheduleDocumentBuilder.h"
#include "site/SiteText.h"
#include "site/SiteWriter.h"
#include "storage/EventStore.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportSiteCommand)
};

class ExportSiteCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export site"); }
    QString summary() const override
    {
        return Tr::tr("Export the programme as a static web site that works offline and on phones.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), Tr::tr("The event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          Tr::tr("The folder to write the site into; exporting again into it lists what changed."),
                          QStringLiteral("DIR")});
        parser.addOption({QStringLiteral("lang"),
                          Tr::tr("The language of the site's interface: %1 (default: en).")
                              .arg(SiteText::languages().join(QStringLiteral(", "))),
                          QStringLiteral("LANG"), QStringLiteral("en")});
        parser.addOption({QStringLiteral("force"), Tr::tr("Write into DIR even if it holds other files.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(Tr::tr("podium-cli export site: give the folder to write with -o DIR."));
        if (!expectOutputFile(output, QStringLiteral("DIR")))
            return ExitUsage;
        SiteWriter::Options options;
        options.language = parser.value(QStringLiteral("lang"));
        options.force = parser.isSet(QStringLiteral("force"));
        if (!SiteText::forLanguage(options.language))
            return fail(Tr::tr("podium-cli export site: --lang must be one of %1.")
                            .arg(SiteText::languages().join(QStringLiteral(", "))));
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        auto schedule = ScheduleDocumentBuilder::build(*file);
        if (!schedule)
            return fail(schedule);
        auto written = SiteWriter::write(schedule.value(), output, options);
        if (!written)
            return fail(written);
        out() << Tr::tr("Wrote the web site into %1: %2, %3 (%4 kB).")
                     .arg(output, count(written->sessions, "session", "sessions"),
                          count(written->files, "file", "files"))
                     .arg((written->bytes + 1023) / 1024)
              << '\n';
        if (written->changes >= 0)
            out() << Tr::tr("Changes since the previous export: %1.").arg(written->changes) << '\n';
        return ExitOk;
    }
};
CommandRegistration<ExportSiteCommand> registration;
} // namespace
