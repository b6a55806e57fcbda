#pragma once

#include "checkin/CheckInOutcome.h"
#include "util/Result.h"

#include <QList>

struct Event;
class EventStore;

// The registration desk: decides whether a registration may check in (known,
// not yet checked in; waitlisted and cancelled ones only when confirmed) and
// records the arrival. The GUI wraps the recording in an undoable command;
// podium-cli checkin calls both at once.
class CheckInDesk
{
public:
    explicit CheckInDesk(const EventStore &file) : m_file(file) {}
    // Looks the code up and decides, without writing anything.
    Result<CheckInOutcome> consider(const QString &typed) const;
    // Decides for a registration chosen by name at the desk.
    Result<CheckInOutcome> consider(ParticipantId id) const;
    // Registrations whose name, organisation, e-mail or code contain every typed
    // word (case and accents ignored), by last name; at most `limit`.
    Result<QList<ParticipantRow>> search(const QString &typed, int limit) const;
    // Records the arrival time (UTC) and this process's desk, unless the
    // registration is checked in already (then fails: "already checked in at
    // desk Desk 2 at 09:11:03"). An invalid time takes back the check-in made
    // at `current` (undo; the present one when not given), and fails when the
    // registration was checked in again since.
    Status setCheckedIn(ParticipantId id, const QDateTime &utc, const QDateTime &current = {}) const;

    // The decision for a registration as a desk knows it (the store's, or a
    // desk's offline copy): what consider() answers.
    static CheckInOutcome judge(const ParticipantRow &row, const Event &event);
    // "already checked in at desk 2 at 09:11:03" (in the event's time zone; the date when not today).
    static QString alreadyCheckedIn(const QString &desk, const QDateTime &utc, const Event &event);

private:
    Result<CheckInOutcome> decide(const Participant &participant) const;

    const EventStore &m_file;
};
