#include "cli/CommandRegistry.h"

#include "io/ParticipantCsvExporter.h"
#include "io/ParticipantXlsxExporter.h"
#include "storage/EventStore.h"

namespace {
class ExportParticipantsCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("export participants"); }
    QString summary() const override
    {
        return QStringLiteral("Export participants as CSV (RFC 4180, UTF-8) or, for -o *.xlsx, as an Excel workbook.");
    }
    void configure(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE.podium"), QStringLiteral("The event file."));
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("The file to write (.csv or .xlsx)."), QStringLiteral("OUT")});
        parser.addOption({QStringLiteral("preset"),
                          QStringLiteral("standard (default), excel, excel-europe (semicolon + BOM + CRLF) or share "
                                         "(attendee list to share: only those who consented, no contact details)."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("delimiter"), QStringLiteral("Field separator: , ; or tab."),
                          QStringLiteral("C")});
        parser.addOption({QStringLiteral("bom"), QStringLiteral("Start with a UTF-8 byte order mark (for Excel).")});
        parser.addOption({QStringLiteral("lf"), QStringLiteral("End lines with LF instead of CRLF.")});
        parser.addOption({QStringLiteral("columns"),
                          QStringLiteral("Comma-separated columns, e.g. first_name,last_name,email."),
                          QStringLiteral("a,b,c")});
        parser.addOption({QStringLiteral("consented-only"),
                          QStringLiteral("Leave out who did not consent to appear on lists (and cancellations).")});
        parser.addOption({QStringLiteral("category"), QStringLiteral("Only this category (e.g. speaker)."),
                          QStringLiteral("C")});
        parser.addOption({QStringLiteral("sheet-per-category"), QStringLiteral("XLSX: one sheet per category.")});
        parser.addOption({QStringLiteral("codes"),
                          QStringLiteral("Write category, status, organisation type and yes/no as Podium's stable "
                                         "internal codes (speaker, waitlisted, sme) instead of the labels people read; "
                                         "the import reads both.")});
        parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT if it exists.")});
    }
    int execute(const QCommandLineParser &parser) override
    {
        if (!expectPositional(parser, 1))
            return ExitUsage;
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty())
            return fail(QStringLiteral("podium-cli %1: give the file to write with -o OUT.csv or -o OUT.xlsx.").arg(name()));
        if (!expectOutputFile(output, QStringLiteral("OUT.csv")))
            return ExitUsage;
        auto options = ParticipantExportOptions::preset(parser.value(QStringLiteral("preset")).isEmpty()
                                                            ? QStringLiteral("standard")
                                                            : parser.value(QStringLiteral("preset")));
        if (!options)
            return fail(options);
        ParticipantExportOptions &o = options.value();
        o.codes = parser.isSet(QStringLiteral("codes"));
        if (parser.isSet(QStringLiteral("delimiter"))) {
            const QString d = parser.value(QStringLiteral("delimiter"));
            if (d == QLatin1String(","))
                o.csv.delimiter = ',';
            else if (d == QLatin1String(";"))
                o.csv.delimiter = ';';
            else if (d == QLatin1String("tab") || d == QLatin1String("\t") || d == QLatin1String("\\t"))
                o.csv.delimiter = '\t';
            else
                return fail(QStringLiteral("podium-cli %1: --delimiter must be , ; or tab, not “%2”.").arg(name(), d));
        }
        if (parser.isSet(QStringLiteral("bom")))
            o.csv.byteOrderMark = true;
        if (parser.isSet(QStringLiteral("lf")))
            o.csv.crlf = false;
        if (parser.isSet(QStringLiteral("columns"))) {
            auto columns = ParticipantExportOptions::parseColumns(parser.value(QStringLiteral("columns")));
            if (!columns)
                return fail(columns);
            o.columns = columns.value();
        }
        if (parser.isSet(QStringLiteral("consented-only")))
            o.output = ConsentPolicy::Output::SharedSpreadsheet;
        if (parser.isSet(QStringLiteral("category"))) {
            const auto category = Vocabulary<ParticipantCategory>::fromKey(parser.value(QStringLiteral("category")));
            if (!category)
                return fail(QStringLiteral("podium-cli %1: “%2” is not a category (expected one of: %3).")
                                .arg(name(), parser.value(QStringLiteral("category")),
                                     Vocabulary<ParticipantCategory>::keyList()));
            o.filter.category = category;
        }
        o.sheetPerCategory = parser.isSet(QStringLiteral("sheet-per-category"));
        auto file = openEvent(positional(parser, 0), true);
        if (!file)
            return ExitUsage;
        const bool force = parser.isSet(QStringLiteral("force"));
        const bool xlsx = output.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
        auto written = xlsx ? ParticipantXlsxExporter(*file, o).exportTo(output, force)
                            : ParticipantCsvExporter(*file, o).exportTo(output, force);
        if (!written)
            return fail(written);
        out() << "Wrote " << output << ": " << count(written->rows, "participant", "participants");
        if (ConsentPolicy::isShared(o.output))
            out() << " (only those who consented to appear on lists)";
        out() << '\n';
        return ExitOk;
    }
};
CommandRegistration<ExportParticipantsCommand> registration;
} // namespace
