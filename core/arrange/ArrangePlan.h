#pragma once

#include "model/Room.h"
#include "model/Session.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class EventStore;

// One session in the arranger's plan: placed (it had no place), moved, or
// left unplaced with the reason.
struct ArrangeChange
{
    enum class Kind { Placed, Moved, Unplaced };
    Kind kind = Kind::Placed;
    SessionId sessionId = 0;
    QString title;
    std::optional<RoomId> roomBefore; // with startBefore: where it was (none when unscheduled)
    QDateTime startBefore;            // UTC
    QString roomNameBefore;
    std::optional<RoomId> roomAfter;  // none when left unplaced
    QDateTime startAfter;             // UTC
    QString roomNameAfter;
    QString reason;                   // why it is left unplaced
    int minutes = 0;                  // the session's length

    QDateTime endBefore() const { return startBefore.isValid() ? startBefore.addSecs(qint64(minutes) * 60) : QDateTime(); }
    QDateTime endAfter() const { return startAfter.isValid() ? startAfter.addSecs(qint64(minutes) * 60) : QDateTime(); }

    static QString key(Kind kind); // "placed", "moved", "unplaced" (JSON)
};

// What arranging proposes, previewed before it is applied: the changes
// (sessions that stay where they were are not listed) and how good the
// timetable is. apply() writes the new places in one transaction; revert()
// writes the old ones back (undo).
struct ArrangePlan
{
    QList<ArrangeChange> changes; // by kind (placed, moved, unplaced), then start, then title
    int sessionsConsidered = 0;   // sessions the arranger could move
    double objective = 0;
    double bound = 0;
    bool optimal = false;
    bool cancelled = false;
    double firstFeasibleSeconds = 0;
    double seconds = 0;

    int count(ArrangeChange::Kind kind) const;
    bool changesAnything() const;
    double gap() const { return objective > 0 ? (objective - bound) / objective : 0; }

    Status apply(const EventStore &file) const;
    Status revert(const EventStore &file) const;
};
