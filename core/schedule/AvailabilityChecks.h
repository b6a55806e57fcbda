#pragma once

#include "schedule/Conflict.h"

#include <QList>

class ConflictContext;
struct Availability;

// The part of the conflict check about availability: a session outside the
// available times of one of its people (PersonUnavailable, a warning) or of
// its room (RoomUnavailable, an error). Preferred times are wishes and never
// a conflict. Each message says when the person or room is available that day.
class AvailabilityChecks
{
public:
    explicit AvailabilityChecks(const ConflictContext &context) : m_context(context) {}
    void run(QList<Conflict> &found) const;

private:
    void people(QList<Conflict> &found) const;
    void rooms(QList<Conflict> &found) const;
    // "09:00–10:00, 14:00–16:00": the available times on the session's programme day, empty when none.
    QString availableThatDay(const Availability &availability, const QDateTime &when) const;

    const ConflictContext &m_context;
};
