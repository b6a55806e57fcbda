#pragma once

#include "model/Participant.h"
#include "util/Result.h"

#include <QList>
#include <QMap>

#include <optional>

class EventStore;

// Registrations. Each belongs to a person (PersonRepository holds the name,
// organisation and contact details).
class ParticipantRepository
{
public:
    explicit ParticipantRepository(const EventStore &file) : m_file(file) {}
    Result<QList<Participant>> all() const;
    Result<Participant> byId(ParticipantId id) const;
    // The code as typed or scanned (normalised first).
    Result<std::optional<Participant>> findByCode(const QString &code) const;
    Result<QList<Participant>> forPerson(PersonId person) const;
    // Keeps participant.id when set; gives a fresh registration code when it has none.
    Result<ParticipantId> insert(const Participant &participant) const;
    Status update(const Participant &participant) const;
    // Checks a registration in, decided by the store in one statement: true
    // when this call recorded it, false when it was checked in already (by
    // another desk a moment ago, or earlier). It writes the check-in columns
    // alone, so a door desk whose server role may write nothing else can do it.
    Result<bool> checkIn(ParticipantId id, const QDateTime &utc, const QString &desk) const;
    // Takes back the check-in made at `utc` (undo); false when the
    // registration no longer holds that check-in (someone changed it since).
    Result<bool> undoCheckIn(ParticipantId id, const QDateTime &utc) const;
    Status remove(ParticipantId id) const;
    Result<qint64> count() const;
    // Registrations per category key ("attendee", "speaker"...), and checked-in ones.
    Result<QMap<QString, qint64>> countByCategory(bool checkedInOnly = false) const;

private:
    const EventStore &m_file;
};
