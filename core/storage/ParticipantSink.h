#pragma once

#include "model/ParticipantRow.h"
#include "util/Result.h"
#include "util/Utf8Columns.h"

#include <QList>
#include <QString>

#include <optional>

// Where many people and registrations are written fast (imports, generation,
// undo of imports): an EventStore gives one (EventStore::participantSink()).
// SQLite writes through prepared statements on its raw handle, PostgreSQL
// with COPY. Callers hold the transaction. A sink keeps an index of e-mail
// addresses and codes in memory, so duplicate checks cost no query per row.
class ParticipantSink
{
public:
    virtual ~ParticipantSink() = default;

    // Reads the addresses, registrations and codes already in the event.
    virtual Status loadIndexes() = 0;
    // Room for about `rows` more people and registrations in those indexes.
    virtual void reserve(qsizetype rows) = 0;
    // Among the people in the event when loadIndexes() ran (not those added
    // since: an import finds repeated addresses in its own rows itself), by
    // emailKey(address): case-insensitive, computed once per row by the caller.
    virtual std::optional<PersonId> personByEmailKey(const QString &key) const = 0;
    virtual std::optional<ParticipantId> registrationOf(PersonId person) const = 0;
    virtual bool isCodeTaken(QStringView code) const = 0;

    // Gives the person a GUID and the registration a fresh code when they
    // have none. `text`: encodeNewRow() of this person (or registration).
    virtual Result<PersonId> insertPerson(const Person &person, const Utf8Columns *text = nullptr) = 0;
    virtual Result<ParticipantId> insertParticipant(const Participant &participant,
                                                    const Utf8Columns *text = nullptr) = 0;
    virtual Status updatePerson(const Person &person) = 0;
    virtual Status updateParticipant(const Participant &participant) = 0;

    // For large imports: drops the plain indexes on people and registrations
    // and builds them again at the end (several times faster than updating
    // them row by row), inside the caller's transaction.
    virtual Status suspendIndexes() = 0;
    virtual Status restoreIndexes() = 0;
    // Writes what is still buffered; the sink's rows are in the store afterwards
    // (also done by restoreIndexes and before any read the sink makes).
    virtual Status flush() { return {}; }

    virtual Status removeParticipants(const QList<ParticipantId> &ids) = 0;
    // Also removes their registrations.
    virtual Status removePeople(const QList<PersonId> &ids) = 0;

    // The key personByEmailKey() takes: the address without regard to case.
    static QString emailKey(const QString &email);
    // The text columns of a new person and their registration in UTF-8, for
    // insertPerson and insertParticipant: made where the row is read (an
    // import's reading thread), so that the writing thread only copies bytes.
    static Utf8Columns encodeNewRow(const Person &person, const Participant &participant);
};
