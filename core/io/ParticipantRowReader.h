#pragma once

#include "io/CsvReader.h"
#include "io/ParticipantRecordParser.h"
#include "util/BoundedQueue.h"
#include "util/Utf8Columns.h"

#include <QHash>
#include <QString>

#include <thread>
#include <vector>

// Reads, decodes and checks an import's rows on a thread of its own, a few
// batches ahead of the thread that writes them to the event file, so that
// reading and writing share the time of a large import instead of adding up.
// The reader and the parser belong to that thread until this is destroyed.
class ParticipantRowReader
{
public:
    struct Row
    {
        ParticipantRecordParser::Parsed parsed;
        int line = 0;
        QString emailKey; // ParticipantSink::emailKey(the row's address)
        // Which row, counting from 0 in file order without blank lines, first
        // had this address: this row itself for the first one and for rows
        // without an address.
        int firstWithAddress = 0;
        Utf8Columns text; // ParticipantSink::encodeNewRow() of a row without problems
    };
    struct Batch
    {
        std::vector<Row> rows;          // blank lines left out
        double progress = 0;            // through the file after these rows, 0..1
        QString error;                  // the file cannot be read past these rows
    };

    // `quotedPath` names the file in a read error.
    ParticipantRowReader(CsvReader &reader, const ParticipantRecordParser &parser, QString quotedPath);
    // Stops the thread if the writer stopped early (cancelled, failed).
    ~ParticipantRowReader();
    ParticipantRowReader(const ParticipantRowReader &) = delete;
    ParticipantRowReader &operator=(const ParticipantRowReader &) = delete;

    // The next batch, in file order; nothing after the last one.
    std::optional<Batch> next() { return m_queue.pop(); }
    // Gives a batch the writer is done with back to the reading thread, which
    // frees it there, where it was allocated, instead of on the writing thread.
    void recycle(Batch &batch);

private:
    void run();

    static constexpr size_t batchRows = 512; // progress is reported once per batch
    CsvReader &m_reader;
    const ParticipantRecordParser &m_parser;
    const QString m_quotedPath;
    QHash<QString, int> m_firstWithAddress; // index + 1 by e-mail key; hashed here, not on the writing thread
    BoundedQueue<Batch> m_queue{8};
    BoundedQueue<Batch> m_spent{8};
    std::thread m_thread; // last: starts when everything it uses exists
};
