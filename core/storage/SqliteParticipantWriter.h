#pragma once

#include "storage/ParticipantBulkWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

class EventFile;
class RawStatement;

// The SQLite file's ParticipantSink: prepared statements on the raw handle,
// bound without QVariants, so that 100,000 rows take a second or two.
class SqliteParticipantWriter final : public ParticipantBulkWriter
{
public:
    explicit SqliteParticipantWriter(const EventFile &file);
    ~SqliteParticipantWriter() override;

    Status suspendIndexes() override;
    Status restoreIndexes() override;

protected:
    Result<PersonId> writePerson(const Person &person, QByteArrayView guid, const Utf8Columns *text) override;
    Result<ParticipantId> writeParticipant(const Participant &participant, QStringView code,
                                           const Utf8Columns *text) override;
    Status removeRows(const char *table, const QList<qint64> &ids) override;

private:
    // The time encoded in `text` when there is one (see encodeNewRow), else `time`.
    void bindTime(RawStatement &statement, int index, const QDateTime &time, const Utf8Columns *text, int column);
    const EventFile &m_file;
    std::unique_ptr<RawStatement> m_insertPerson;
    std::unique_ptr<RawStatement> m_insertParticipant;
    QStringList m_suspendedIndexes; // their CREATE statements
    QDateTime m_lastTime;      // rows of one import often share their registration time:
    QByteArray m_lastTimeText; // formatted once
};
