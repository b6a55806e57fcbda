#pragma once

#include "io/ParticipantExportOptions.h"
#include "storage/ParticipantTableQuery.h"
#include "util/LocalTimeConverter.h"

#include <QByteArray>
#include <QHash>

#include <utility>
#include <vector>

class EventStore;

// Streams the rows an export writes: those the filter selects and the
// consent policy lets appear, with each value as people read it (yes/no,
// local times). CSV and XLSX exporters share it.
class ExportRowReader
{
public:
    using Visitor = std::function<bool(const ParticipantTableQuery::RawRow &)>;

    ExportRowReader(const EventStore &file, const ParticipantExportOptions &options);
    // Visits each row to export; stops (and returns cancelled) when progress says so.
    Status forEach(const Visitor &visit, const ExportProgress &progress, bool *cancelled);
    // The value of one field as text, UTF-8 (a view valid until the next call).
    QByteArrayView text(const ParticipantTableQuery::RawRow &row, ParticipantField field);
    LocalTimeConverter &times() { return m_times; }

private:
    const EventStore &m_file;
    const ParticipantExportOptions &m_options;
    QByteArrayView label(ParticipantField field, QByteArrayView key);

    LocalTimeConverter m_times;
    QByteArray m_scratch;
    // Per field, the few keys met so far and their labels (UTF-8): no allocation per row.
    QHash<int, std::vector<std::pair<QByteArray, QByteArray>>> m_labels;
};
