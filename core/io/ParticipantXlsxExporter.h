#pragma once

#include "io/ParticipantCsvExporter.h"
#include "io/ParticipantExportOptions.h"

class EventStore;

// Writes participants as an Excel workbook (libxlsxwriter, constant memory):
// bold frozen header with an autofilter, columns sized to their content,
// dates and times as real dates in the event's time zone, and optionally one
// sheet per category. Cells are typed as text, so nothing is read as a formula.
class ParticipantXlsxExporter
{
public:
    using Outcome = ParticipantCsvExporter::Outcome;

    ParticipantXlsxExporter(const EventStore &file, ParticipantExportOptions options);
    Result<Outcome> exportTo(const QString &path, bool overwrite, const ExportProgress &progress = {});

private:
    Result<Outcome> writeWorkbook(const QString &path, const ExportProgress &progress);
    const EventStore &m_file;
    ParticipantExportOptions m_options;
};
