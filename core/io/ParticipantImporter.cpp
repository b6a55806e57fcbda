#include "io/ParticipantImporter.h"

#include "io/CsvSource.h"
#include "io/HeaderMapper.h"
#include "io/ParticipantRecordParser.h"
#include "io/ParticipantRowReader.h"
#include "model/Event.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ForeignKeyChecksOff.h"
#include "storage/ParticipantSink.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImporter)
};

// About 5,000 rows: below this, updating the indexes row by row is cheaper than rebuilding them.
constexpr qint64 bulkImportBytes = 1 << 20;

// Copies one field of `from` into `to` (updates of existing people).
void copyField(ParticipantField field, const ParticipantRow &from, ParticipantRow &to)
{
    const Person &a = from.person;
    const Participant &p = from.participant;
    Person &b = to.person;
    Participant &q = to.participant;
    switch (field) {
    case ParticipantField::Title: b.title = a.title; break;
    case ParticipantField::FirstName: b.firstName = a.firstName; break;
    case ParticipantField::LastName: b.lastName = a.lastName; break;
    case ParticipantField::Organisation: b.organisation = a.organisation; break;
    case ParticipantField::OrganisationType: b.organisationType = a.organisationType; break;
    case ParticipantField::Position: b.position = a.position; break;
    case ParticipantField::Email: b.email = a.email; break;
    case ParticipantField::Phone: b.phone = a.phone; break;
    case ParticipantField::Country: b.country = a.country; break;
    case ParticipantField::Category: q.category = p.category; break;
    case ParticipantField::Status: q.status = p.status; break;
    case ParticipantField::Code: q.code = p.code; break;
    case ParticipantField::Dietary: q.dietary = p.dietary; break;
    case ParticipantField::Accessibility: q.accessibility = p.accessibility; break;
    case ParticipantField::ConsentList: q.consentList = p.consentList; break;
    case ParticipantField::ConsentPhoto: q.consentPhoto = p.consentPhoto; break;
    case ParticipantField::CheckedIn: q.checkedIn = p.checkedIn; break;
    case ParticipantField::BadgePrinted: q.badgePrinted = p.badgePrinted; break;
    case ParticipantField::Notes: q.notes = p.notes; break;
    case ParticipantField::Registered: q.registeredAt = p.registeredAt; break;
    }
}
} // namespace

std::optional<ParticipantImporter::OnDuplicate> ParticipantImporter::onDuplicateFromKey(const QString &key)
{
    if (key == QLatin1String("skip"))
        return OnDuplicate::Skip;
    if (key == QLatin1String("update"))
        return OnDuplicate::Update;
    if (key == QLatin1String("fail"))
        return OnDuplicate::Fail;
    return std::nullopt;
}

Result<ParticipantImporter::Preview> ParticipantImporter::preview(const QString &csvPath, const QStringList &overrides,
                                                                  int rows)
{
    using R = Result<Preview>;
    auto source = CsvSource::open(csvPath);
    if (!source)
        return R::failure(source.error());
    CsvSource &csv = *source.value();
    Preview preview;
    preview.encoding = csv.encodingName();
    preview.delimiter = csv.delimiter();
    auto mapping = HeaderMapper::map(csv.headers(), overrides);
    if (mapping) {
        preview.mapping = mapping.value();
    } else {
        // Show the guesses, and why they cannot be used yet (no name column...).
        preview.mappingProblem = mapping.error();
        preview.mapping.headers = csv.headers();
        for (const QString &h : csv.headers())
            preview.mapping.targets.push_back(HeaderMapper::guess(h).value_or(ColumnTarget::ignored()));
    }
    CsvReader::Record record;
    while (!csv.reader().atEnd() && preview.firstRows.size() < rows) {
        if (Status read = csv.reader().next(record); !read)
            return R::failure(QStringLiteral("%1, %2").arg(csv.quotedPath(), read.error()));
        if (!ParticipantRecordParser::isBlank(record))
            preview.firstRows << record.texts();
    }
    return preview;
}

ParticipantImporter::ParticipantImporter(const EventStore &file, Options options)
    : m_file(file), m_options(std::move(options))
{
}

void ParticipantImporter::addProblem(ImportReport &report, const QString &problem) const
{
    if (report.problems.size() < m_options.maxProblems)
        report.problems << problem;
    else
        ++report.moreProblems;
}

Result<ImportReport> ParticipantImporter::run(const QString &csvPath, const Progress &progress)
{
    using R = Result<ImportReport>;
    auto source = CsvSource::open(csvPath);
    if (!source)
        return R::failure(source.error());
    if (!m_options.dryRun) {
        if (Status whole = m_file.verifyWhole(); !whole)
            return R::failure(whole.error(), whole.details());
    }
    CsvSource &csv = *source.value();
    CsvReader &reader = csv.reader();
    ImportReport report;
    report.encoding = csv.encodingName();
    report.delimiter = csv.delimiter();
    if (!m_options.mapping.targets.empty() && m_options.mapping.headers == csv.headers()) {
        report.mapping = m_options.mapping;
        if (Status s = HeaderMapper::check(report.mapping); !s)
            return R::failure(QStringLiteral("%1: %2").arg(csv.quotedPath(), s.error()));
    } else {
        auto mapping = HeaderMapper::map(csv.headers(), m_options.overrides);
        if (!mapping)
            return R::failure(QStringLiteral("%1: %2").arg(csv.quotedPath(), mapping.error()));
        report.mapping = mapping.value();
    }
    auto event = m_file.event().load();
    if (!event)
        return R::failure(event.error());
    ParticipantRecordParser parser(report.mapping, event->timeZone());
    if (csv.hasInvalidBytes())
        parser.setInvalidBytes(m_options.acceptInvalidBytes ? ParticipantRecordParser::InvalidBytes::Accept
                                                            : ParticipantRecordParser::InvalidBytes::Refuse);
    parser.learnDateOrders(reader);
    // The rows' texts may point into the file's text: `source` outlives the
    // row reader, the writer and every row, and the report keeps none of them.
    parser.shareTextsOf(reader.text());

    // Every registration written here refers to a person inserted or read
    // in this transaction, so SQLite's own check would only double the cost.
    const ForeignKeyChecksOff noForeignKeyChecks(m_file);
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const auto sink = m_file.participantSink();
    ParticipantSink &writer = *sink;
    if (Status s = writer.loadIndexes(); !s)
        return R::failure(s.error());
    m_createdOnLine.clear();
    m_personOfRow.clear();
    // Large files load faster with the plain indexes built once at the end.
    const bool bulk = QFileInfo(csvPath).size() > bulkImportBytes;
    if (bulk)
        if (Status st = writer.suspendIndexes(); !st)
            return R::failure(st.error());

    // Reading and checking run on a second thread, writing on this one.
    ParticipantRowReader rows(reader, parser, csv.quotedPath());
    while (std::optional<ParticipantRowReader::Batch> batch = rows.next()) {
        if (progress && !progress(batch->progress)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        if (report.rows == 0 && batch->progress > 0) // a guess at the file's rows, from its first ones
            reserve(writer, report, qsizetype(qMin(double(batch->rows.size()) / batch->progress, 1e7)));
        for (ParticipantRowReader::Row &row : batch->rows) {
            ++report.rows;
            m_personOfRow.push_back(0); // one slot per row, counted as firstWithAddress counts them
            const ParticipantRecordParser::Parsed &parsed = row.parsed;
            report.warnings << parsed.warnings;
            for (const QString &problem : parsed.problems)
                addProblem(report, problem);
            if (!parsed.problems.isEmpty())
                continue;
            auto outcome = write(writer, row, report);
            if (!outcome)
                return R::failure(outcome.error());
            switch (outcome.value()) {
            case RowOutcome::Created: ++report.created; break;
            case RowOutcome::Updated: ++report.updated; break;
            case RowOutcome::Skipped: ++report.skipped; break;
            case RowOutcome::Refused: break;
            }
        }
        if (!batch->error.isEmpty())
            addProblem(report, batch->error);
        rows.recycle(*batch);
    }
    if (progress)
        progress(1.0);
    if (bulk && report.ok())
        if (Status st = writer.restoreIndexes(); !st)
            return R::failure(st.error());
    // A server's sink still holds rows (and a dry run checks them too).
    if (report.ok())
        if (Status st = writer.flush(); !st)
            return R::failure(st.error());
    if (report.ok() && !m_options.dryRun) {
        if (Status s = transaction.commit(); !s)
            return R::failure(s.error());
        report.written = true;
    }
    return report;
}

void ParticipantImporter::reserve(ParticipantSink &writer, ImportReport &report, qsizetype rows)
{
    writer.reserve(rows);
    m_createdOnLine.reserve(rows);
    m_personOfRow.reserve(size_t(rows));
    report.createdPeople.reserve(rows);
}

Result<ParticipantImporter::RowOutcome> ParticipantImporter::write(ParticipantSink &writer,
                                                                   ParticipantRowReader::Row &read,
                                                                   ImportReport &report)
{
    using R = Result<RowOutcome>;
    ParticipantRow &row = read.parsed.row;
    const quint32 given = read.parsed.given;
    const int line = read.line;
    const QString &emailKey = read.emailKey;
    // Someone in the event before, or created by a row above with the same address.
    PersonId &sameAddressAbove = m_personOfRow[size_t(read.firstWithAddress)];
    const PersonId inEvent = emailKey.isEmpty() ? 0 : writer.personByEmailKey(emailKey).value_or(0);
    const PersonId existing = inEvent ? inEvent : sameAddressAbove; // 0: nobody
    const QString code = row.participant.code;
    const bool givesCode = given & (1u << int(ParticipantField::Code));

    if (!existing) {
        if (givesCode && writer.isCodeTaken(code)) {
            addProblem(report, Tr::tr("line %1: the registration code %2 already belongs to another participant.")
                                   .arg(line)
                                   .arg(code));
            return RowOutcome::Refused;
        }
        const Utf8Columns *text = read.text.isEmpty() ? nullptr : &read.text; // encoded by the reader
        auto person = writer.insertPerson(row.person, text);
        if (!person)
            return R::failure(person.error());
        // The rows below with this address find this person (also when the
        // first row with it was refused and created no one).
        sameAddressAbove = person.value();
        Participant &participant = row.participant; // the row is not used again
        participant.personId = person.value();
        if (!givesCode)
            participant.code.clear();
        if (auto id = writer.insertParticipant(participant, text); !id)
            return R::failure(id.error());
        report.createdPeople << person.value();
        m_createdOnLine.insert(person.value(), line);
        return RowOutcome::Created;
    }

    // Same address as a row above (0: as someone already in the event).
    const int *createdOnLine = m_createdOnLine.find(existing);
    const int firstLine = createdOnLine ? *createdOnLine : 0;
    if (m_options.onDuplicate == OnDuplicate::Fail) {
        const int emailColumn = report.mapping.columnOf(ParticipantField::Email);
        const QString where = Tr::tr("line %1, column “%2”").arg(line).arg(report.mapping.headers.value(emailColumn));
        addProblem(report, firstLine ? Tr::tr("%1: “%2” appears twice in the file (first on line %3).")
                                           .arg(where, row.person.email)
                                           .arg(firstLine)
                                     : Tr::tr("%1: “%2” is already in the event.").arg(where, row.person.email));
        return RowOutcome::Refused;
    }
    const std::optional<ParticipantId> registration = writer.registrationOf(existing);
    if (m_options.onDuplicate == OnDuplicate::Skip && registration)
        return RowOutcome::Skipped;

    // Register the existing person (skip), or merge the row into them (update),
    // who may still wait in the sink's buffer.
    if (Status s = writer.flush(); !s)
        return R::failure(s.error());
    auto person = m_file.people().byId(existing);
    if (!person)
        return R::failure(person.error());
    ParticipantRow current{person.value(), Participant()};
    if (registration) {
        auto participant = m_file.participants().byId(*registration);
        if (!participant)
            return R::failure(participant.error());
        current.participant = participant.value();
    }
    const bool createdHere = firstLine != 0;
    ParticipantRow merged = current;
    if (m_options.onDuplicate == OnDuplicate::Update)
        for (ParticipantField field : ParticipantFields::all())
            if (given & (1u << int(field)))
                copyField(field, row, merged);
    if (!registration) {
        merged.participant = row.participant;
        if (!givesCode)
            merged.participant.code.clear();
    }
    merged.participant.personId = existing;
    if (givesCode && code != current.participant.code && writer.isCodeTaken(code)) {
        addProblem(report, Tr::tr("line %1: the registration code %2 already belongs to another participant.")
                               .arg(line)
                               .arg(code));
        return RowOutcome::Refused;
    }
    if (!createdHere && m_options.onDuplicate == OnDuplicate::Update)
        report.before << current;
    if (merged.person != current.person)
        if (Status s = writer.updatePerson(merged.person); !s)
            return R::failure(s.error());
    if (registration) {
        if (merged.participant != current.participant)
            if (Status s = writer.updateParticipant(merged.participant); !s)
                return R::failure(s.error());
        return RowOutcome::Updated;
    }
    auto id = writer.insertParticipant(merged.participant);
    if (!id)
        return R::failure(id.error());
    if (!createdHere)
        report.createdRegistrations << id.value();
    return RowOutcome::Created;
}

Status ParticipantImporter::undo(const EventStore &file, const ImportReport &report)
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const auto sink = file.participantSink();
    ParticipantSink &writer = *sink;
    if (Status s = writer.removeParticipants(report.createdRegistrations); !s)
        return s;
    if (Status s = writer.removePeople(report.createdPeople); !s)
        return s;
    for (const ParticipantRow &row : report.before) {
        if (Status s = file.people().update(row.person); !s)
            return s;
        if (row.participant.id)
            if (Status s = file.participants().update(row.participant); !s)
                return s;
    }
    return transaction.commit();
}
