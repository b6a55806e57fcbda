#pragma once

#include "io/ParticipantExportOptions.h"

class EventStore;
class QIODevice;

// Writes participants as CSV (RFC 4180, UTF-8, formulas neutralised; see CsvWriter).
class ParticipantCsvExporter
{
public:
    struct Outcome
    {
        qint64 rows = 0;
        bool cancelled = false;
    };

    ParticipantCsvExporter(const EventStore &file, ParticipantExportOptions options);
    Result<Outcome> write(QIODevice *device, const ExportProgress &progress = {});
    // Writes the file under a temporary name (0600) and renames it into place when complete.
    Result<Outcome> exportTo(const QString &path, bool overwrite, const ExportProgress &progress = {});

private:
    const EventStore &m_file;
    ParticipantExportOptions m_options;
};
