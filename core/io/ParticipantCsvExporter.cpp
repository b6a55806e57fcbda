#include "io/ParticipantCsvExporter.h"

#include "io/CsvWriter.h"
#include "io/ExportRowReader.h"
#include "io/OutputFile.h"

ParticipantCsvExporter::ParticipantCsvExporter(const EventStore &file, ParticipantExportOptions options)
    : m_file(file), m_options(std::move(options))
{
}

Result<ParticipantCsvExporter::Outcome> ParticipantCsvExporter::write(QIODevice *device, const ExportProgress &progress)
{
    CsvWriter csv(device, m_options.csv);
    for (ParticipantField field : m_options.columns)
        csv.field(ParticipantFields::label(field));
    csv.endRow();
    ExportRowReader reader(m_file, m_options);
    Outcome outcome;
    const Status scanned = reader.forEach(
        [&](const ParticipantTableQuery::RawRow &row) {
            for (ParticipantField field : m_options.columns)
                csv.field(reader.text(row, field));
            csv.endRow();
            ++outcome.rows;
            return true;
        },
        progress, &outcome.cancelled);
    if (!scanned)
        return Result<Outcome>::failure(scanned.error());
    if (Status s = csv.finish(); !s)
        return Result<Outcome>::failure(s.error());
    return outcome;
}

Result<ParticipantCsvExporter::Outcome> ParticipantCsvExporter::exportTo(const QString &path, bool overwrite,
                                                                         const ExportProgress &progress)
{
    auto output = OutputFile::open(path, overwrite);
    if (!output)
        return Result<Outcome>::failure(output.error());
    auto written = write(output.value()->device(), progress);
    if (!written || written->cancelled) {
        const bool diskFailed = output.value()->failed();
        const Status failure = output.value()->writeFailure();
        output.value()->cancel();
        if (!written && diskFailed)
            return Result<Outcome>::failure(failure.error(), failure.details());
        return written;
    }
    if (Status s = output.value()->commit(); !s)
        return Result<Outcome>::failure(s.error(), s.details());
    return written;
}
