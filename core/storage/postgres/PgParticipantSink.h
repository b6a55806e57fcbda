#pragma once

#include "storage/ParticipantBulkWriter.h"
#include "storage/postgres/PgCopyIn.h"

#include <QStringList>

#include <vector>

// The server's ParticipantSink: people and registrations buffered and
// written with COPY, a few thousand rows per round trip, where an INSERT
// each would wait for the server 200,000 times on a 100,000-row import.
// Their ids are drawn from the tables' own sequences beforehand, in blocks,
// so a row's id is known when it is buffered. Rows reach the tables at
// flush(), which every read of the sink does first; callers that read
// people or registrations themselves call flush() before.
class PgParticipantSink final : public ParticipantBulkWriter
{
public:
    explicit PgParticipantSink(const EventStore &store);
    ~PgParticipantSink() override;

    void reserve(qsizetype rows) override;
    Status suspendIndexes() override;
    Status restoreIndexes() override;
    Status flush() override;

protected:
    Result<PersonId> writePerson(const Person &person, QByteArrayView guid, const Utf8Columns *text) override;
    Result<ParticipantId> writeParticipant(const Participant &participant, QStringView code,
                                           const Utf8Columns *text) override;
    Status removeRows(const char *table, const QList<qint64> &ids) override;

private:
    // Ids taken from a table's sequence and not used yet.
    struct IdBlock
    {
        const char *table;
        std::vector<qint64> ids;
        size_t used = 0;
        qint64 nextRequest = 64;
    };
    Result<qint64> nextId(IdBlock &block);
    // Sends the buffers once they hold a few megabytes.
    Status flushWhenFull();

    PgCopyIn m_people;
    PgCopyIn m_registrations;
    IdBlock m_personIds{"person", {}, 0, 64};
    IdBlock m_participantIds{"participant", {}, 0, 64};
    qint64 m_expectedRows = 0;
    bool m_indexesSuspended = false; // and the foreign keys (PgIndexSuspension)
};
