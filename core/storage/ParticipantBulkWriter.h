#pragma once

#include "model/ParticipantRow.h"
#include "model/RegistrationCodeSet.h"
#include "util/DenseIdMap.h"
#include "util/Result.h"
#include "util/Utf8Columns.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <vector>
#include <optional>

class EventFile;
class RawStatement;

// Writes many people and registrations fast (imports, undo of imports)
// through prepared statements on the raw handle. Callers hold the transaction.
// It keeps an index of e-mail addresses and codes in memory, so duplicate
// checks cost no query per row.
class ParticipantBulkWriter
{
public:
    explicit ParticipantBulkWriter(const EventFile &file);
    ~ParticipantBulkWriter();

    // Reads the addresses, registrations and codes already in the file.
    Status loadIndexes();
    // Room for about `rows` more people and registrations in those indexes,
    // so that they need not grow step by step during a large import.
    void reserve(qsizetype rows);
    // Among the people in the file when loadIndexes() ran (not those added
    // since: an import finds repeated addresses in its own rows itself), by
    // emailKey(address): case-insensitive, computed once per row by the caller.
    std::optional<PersonId> personByEmailKey(const QString &key) const;
    std::optional<ParticipantId> registrationOf(PersonId person) const;
    bool isCodeTaken(QStringView code) const { return m_codes.contains(code); }

    // The text columns of a new person and their registration in UTF-8, for
    // insertPerson and insertParticipant: made where the row is read (an
    // import's reading thread), so that the writing thread only binds bytes.
    static Utf8Columns encodeNewRow(const Person &person, const Participant &participant);

    // Gives the person a GUID and the registration a fresh code when they
    // have none. `text`: encodeNewRow() of this person (or registration).
    Result<PersonId> insertPerson(const Person &person, const Utf8Columns *text = nullptr);
    Result<ParticipantId> insertParticipant(const Participant &participant, const Utf8Columns *text = nullptr);
    Status updatePerson(const Person &person);
    Status updateParticipant(const Participant &participant);

    // For large imports: drops the plain indexes on people and registrations
    // (names, e-mail, person of a registration) and builds them again at the
    // end, which is several times faster than updating them row by row. Both
    // happen inside the caller's transaction, so a rollback restores them.
    Status suspendIndexes();
    Status restoreIndexes();

    Status removeParticipants(const QList<ParticipantId> &ids);
    // Also removes their registrations.
    Status removePeople(const QList<PersonId> &ids);

    static QString emailKey(const QString &email);

private:
    Status removeAll(const QString &sql, const QList<qint64> &ids);
    // Records the code as used; false when it was already.
    bool claimCode(QStringView code);
    // The time encoded in `text` when there is one (see encodeNewRow), else `time`.
    void bindTime(RawStatement &statement, int index, const QDateTime &time, const Utf8Columns *text, int column);
    QString freshCode();
    void bindFreshGuid(RawStatement &statement, int index);
    quint32 random();
    const EventFile &m_file;
    std::unique_ptr<RawStatement> m_insertPerson;
    std::unique_ptr<RawStatement> m_insertParticipant;
    QHash<QString, PersonId> m_emails;
    QHash<PersonId, ParticipantId> m_registrations;   // in the file before
    DenseIdMap<ParticipantId> m_newRegistrations;    // written by this writer, by person
    RegistrationCodeSet m_codes;
    QStringList m_suspendedIndexes; // their CREATE statements
    std::vector<quint32> m_random;  // drawn from the system's secure source in batches
    size_t m_randomUsed = 0;
    qint64 m_guidMsecs = 0; // of the last GUID made, and how many shared it
    int m_guidCounter = 0;
    QDateTime m_lastTime; // rows of one import often share their registration time:
    QByteArray m_lastTimeText; // formatted once
};
