#pragma once

#include "model/RegistrationCodeSet.h"
#include "storage/ParticipantSink.h"
#include "util/DenseIdMap.h"

#include <QByteArrayView>
#include <QHash>

#include <vector>

class EventStore;

// What every store's ParticipantSink shares: the indexes of addresses,
// registrations and codes, fresh codes and GUIDs. The rows themselves are
// written by the store's subclass (SqliteParticipantWriter, PgParticipantSink).
class ParticipantBulkWriter : public ParticipantSink
{
public:
    explicit ParticipantBulkWriter(const EventStore &store);
    ~ParticipantBulkWriter() override;

    Status loadIndexes() override;
    void reserve(qsizetype rows) override;
    std::optional<PersonId> personByEmailKey(const QString &key) const override;
    std::optional<ParticipantId> registrationOf(PersonId person) const override;
    bool isCodeTaken(QStringView code) const override { return m_codes.contains(code); }

    Result<PersonId> insertPerson(const Person &person, const Utf8Columns *text = nullptr) override;
    Result<ParticipantId> insertParticipant(const Participant &participant, const Utf8Columns *text = nullptr) override;
    Status updatePerson(const Person &person) override;
    Status updateParticipant(const Participant &participant) override;

    Status removeParticipants(const QList<ParticipantId> &ids) override;
    Status removePeople(const QList<PersonId> &ids) override;

protected:
    // The columns of encodeNewRow(), in its order.
    enum NewRowColumn { Title, FirstName, LastName, Organisation, Position, Email, Phone, Country, Bio,
                        Dietary, Accessibility, Notes, CheckedIn, RegisteredAt };
    // Writes one new person (`guid`: the GUID to store, never empty) and gives their id.
    virtual Result<PersonId> writePerson(const Person &person, QByteArrayView guid, const Utf8Columns *text) = 0;
    // Writes one new registration with `code` (unique) and gives its id.
    virtual Result<ParticipantId> writeParticipant(const Participant &participant, QStringView code,
                                                   const Utf8Columns *text) = 0;
    // Deletes rows of `table` ("person", "participant") by id.
    virtual Status removeRows(const char *table, const QList<qint64> &ids) = 0;
    const EventStore &store() const { return m_store; }

private:
    // Records the code as used; false when it was already.
    bool claimCode(QStringView code);
    QString freshCode();
    QByteArrayView freshGuid();
    quint32 random();

    const EventStore &m_store;
    QHash<QString, PersonId> m_emails;
    QHash<PersonId, ParticipantId> m_registrations;   // in the event before
    DenseIdMap<ParticipantId> m_newRegistrations;    // written by this writer, by person
    RegistrationCodeSet m_codes;
    std::vector<quint32> m_random;  // drawn from the system's secure source in batches
    size_t m_randomUsed = 0;
    qint64 m_guidMsecs = 0; // of the last GUID made, and how many shared it
    int m_guidCounter = 0;
    char m_guid[36];
};
