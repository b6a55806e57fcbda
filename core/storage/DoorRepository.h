#pragma once

#include "model/DoorCheckIn.h"
#include "model/DoubleCheckIn.h"
#include "model/ParticipantRow.h"
#include "util/Result.h"

#include <QList>

#include <optional>

class EventStore;

// The door desks' side of the store: check-in by code, decided by the store
// in one statement however many desks send the same code at once; what a
// desk keeps to go on checking people in offline; and the registrations
// checked in at two desks while one was offline. Everything here reads and
// writes only what a server's desk role may (its views, the check-in columns
// and double_checkin), so a desk login runs it as an organiser does.
class DoorRepository
{
public:
    explicit DoorRepository(const EventStore &store) : m_store(store) {}

    // Checks in the registration with `code` (normalised) at `utc`, at `desk`.
    // Live (queued false): recorded only when nobody checked it in before;
    // otherwise the answer says who and when. Queued (sent after an outage):
    // the earlier check-in wins (this one replaces a later one), the same
    // check-in sent twice is recorded once, and a check-in that meets another
    // one is kept as a DoubleCheckIn, in the same transaction.
    Result<DoorCheckIn> checkIn(const QString &code, const QDateTime &utc, const QString &desk, bool queued) const;

    // Every registration with the little a desk needs at the door: code,
    // category, status, check-in (time and desk), and the person's title,
    // name and organisation. No contact details, no needs, no notes.
    Result<QList<ParticipantRow>> deskRows() const;

    // The registration with `code` (normalised), as deskRows() has it.
    Result<std::optional<ParticipantRow>> deskRow(const QString &code) const;

    // Double check-ins recorded after `afterId`, oldest first.
    Result<QList<DoubleCheckIn>> doubleCheckIns(qint64 afterId = 0) const;

    // Whether the store still answers (a server that went away does not).
    Status reachable() const;

private:
    const EventStore &m_store;
};
