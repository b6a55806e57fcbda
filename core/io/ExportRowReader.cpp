#include "io/ExportRowReader.h"

#include "model/Event.h"
#include "model/Vocabulary.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"

#include <QCoreApplication>

namespace {
QTimeZone eventZone(const EventStore &file)
{
    auto event = file.event().load();
    return event ? event->timeZone() : QTimeZone::utc();
}
} // namespace

ExportRowReader::ExportRowReader(const EventStore &file, const ParticipantExportOptions &options)
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
    if (ParticipantFields::isFlag(field)) {
        const QByteArrayView key = row.flag(field) ? QByteArrayView("yes") : QByteArrayView("no");
        return m_options.codes ? key : label(field, key);
    }
    if (ParticipantFields::isDateTime(field)) {
        m_scratch = m_times.format(row.text(field));
        return m_scratch;
    }
    if (!m_options.codes
        && (field == ParticipantField::Category || field == ParticipantField::Status
            || field == ParticipantField::OrganisationType))
        return label(field, row.text(field));
    return row.text(field);
}

// Each key is looked up once per export: a handful of labels for 100,000 rows.
QByteArrayView ExportRowReader::label(ParticipantField field, QByteArrayView key)
{
    std::vector<std::pair<QByteArray, QByteArray>> &known = m_labels[int(field)];
    for (const auto &[k, shownText] : known)
        if (k == key)
            return shownText;
    const QString text = QString::fromUtf8(key);
    QString shown = text;
    if (field == ParticipantField::Category) {
        if (auto v = Vocabulary<ParticipantCategory>::fromKey(text))
            shown = toLabel(*v);
    } else if (field == ParticipantField::Status) {
        if (auto v = Vocabulary<RegistrationStatus>::fromKey(text))
            shown = toLabel(*v);
    } else if (field == ParticipantField::OrganisationType) {
        if (auto v = Vocabulary<OrganisationType>::fromKey(text))
            shown = toLabel(*v);
    } else if (ParticipantFields::isFlag(field)) {
        shown = key == "yes" ? QCoreApplication::translate("ExportRowReader", "yes")
                             : QCoreApplication::translate("ExportRowReader", "no");
    }
    known.emplace_back(key.toByteArray(), shown.toUtf8());
    return known.back().second;
}
