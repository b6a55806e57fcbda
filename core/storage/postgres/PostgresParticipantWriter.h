#pragma once

#include "storage/ParticipantBulkWriter.h"

class PostgresStore;

// The server's ParticipantSink: one prepared INSERT ... RETURNING id per row.
// (A COPY path for large imports can replace writePerson/writeParticipant.)
class PostgresParticipantWriter : public ParticipantBulkWriter
{
public:
    explicit PostgresParticipantWriter(const PostgresStore &store);

    // The server keeps its indexes during an import: PostgreSQL updates them cheaply enough.
    Status suspendIndexes() override { return {}; }
    Status restoreIndexes() override { return flush(); }

protected:
    Result<PersonId> writePerson(const Person &person, QByteArrayView guid, const Utf8Columns *text) override;
    Result<ParticipantId> writeParticipant(const Participant &participant, QStringView code,
                                           const Utf8Columns *text) override;
    Status removeRows(const char *table, const QList<qint64> &ids) override;
};
