#include "io/ParticipantRowReader.h"

#include "storage/ParticipantSink.h"

ParticipantRowReader::ParticipantRowReader(CsvReader &reader, const ParticipantRecordParser &parser,
                                           QString quotedPath)
    : m_reader(reader), m_parser(parser), m_quotedPath(std::move(quotedPath)), m_thread([this] { run(); })
{
}

ParticipantRowReader::~ParticipantRowReader()
{
    m_queue.cancel();
    m_thread.join();
}

void ParticipantRowReader::recycle(Batch &batch)
{
    m_spent.tryPush(batch); // when full, the caller's copy is freed there after all
}

void ParticipantRowReader::run()
{
    CsvReader::Record record;
    Batch batch;
    int index = 0;
    while (!m_reader.atEnd()) {
        if (Status read = m_reader.next(record); !read) {
            batch.error = QStringLiteral("%1, %2").arg(m_quotedPath, read.error());
            break;
        }
        if (ParticipantRecordParser::isBlank(record))
            continue;
        Row row{m_parser.parse(record), record.line, {}, index, {}};
        if (row.parsed.problems.isEmpty())
            row.text = ParticipantSink::encodeNewRow(row.parsed.row.person, row.parsed.row.participant);
        row.emailKey = ParticipantSink::emailKey(row.parsed.row.person.email);
        if (!row.emailKey.isEmpty()) {
            int &first = m_firstWithAddress[row.emailKey]; // one lookup; 0 when the address is new
            if (!first)
                first = index + 1;
            row.firstWithAddress = first - 1;
        }
        ++index;
        batch.rows.push_back(std::move(row));
        if (batch.rows.size() == batchRows) {
            batch.progress = m_reader.progress();
            if (!m_queue.push(std::move(batch)))
                return; // the writer stopped
            batch = Batch();
            batch.rows.reserve(batchRows);
            while (m_spent.tryPop()) // frees the batches the writer has finished with
                ;
        }
    }
    m_firstWithAddress = {}; // freed here, while the writer works
    batch.progress = m_reader.progress();
    if (!batch.rows.empty() || !batch.error.isEmpty())
        m_queue.push(std::move(batch));
    m_queue.finish();
}
