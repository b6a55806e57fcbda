#include "io/ExportRowReader.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"

namespace {
QTimeZone eventZone(const EventFile &file)
{
    auto event = file.event().load();
    return event ? event->timeZone() : QTimeZone::utc();
}
} // namespace

ExportRowReader::ExportRowReader(const EventFile &file, const ParticipantExportOptions &options)
    : m_file(file), m_options(options), m_times(eventZone(file))
{
}

Status ExportRowReader::forEach(const Visitor &visit, const ExportProgress &progress, bool *cancelled)
{
    *cancelled = false;
    const ParticipantTableQuery query(m_file, m_options.filter, m_options.sort);
    qint64 total = 1;
    if (progress) {
        auto counted = query.count();
        if (!counted)
            return Status::failure(counted.error());
        total = qMax<qint64>(1, counted.value());
    }
    const bool shared = ConsentPolicy::isShared(m_options.output);
    qint64 seen = 0;
    return query.scan([&](const ParticipantTableQuery::RawRow &row) {
        if (progress && ++seen % 2048 == 0 && !progress(double(seen) / double(total))) {
            *cancelled = true;
            return false;
        }
        if (shared) {
            Participant p;
            p.consentList = row.flag(ParticipantField::ConsentList);
            p.status = Vocabulary<RegistrationStatus>::fromKey(QString::fromUtf8(row.text(ParticipantField::Status)))
                           .value_or(RegistrationStatus::Registered);
            if (!ConsentPolicy::mayAppear(p, m_options.output))
                return true;
        }
        return visit(row);
    });
}

QByteArrayView ExportRowReader::text(const ParticipantTableQuery::RawRow &row, ParticipantField field)
{
    if (ParticipantFields::isFlag(field))
        return row.flag(field) ? QByteArrayView("yes") : QByteArrayView("no");
    if (ParticipantFields::isDateTime(field)) {
        m_scratch = m_times.format(row.text(field));
        return m_scratch;
    }
    return row.text(field);
}
