#pragma once

#include "schedule/Conflict.h"

#include <QList>
#include <QPair>
#include <QSet>

class ConflictContext;
struct SessionConstraints;

// The part of the conflict check about the hard rules organisers set
// (model/SessionConstraints.h, model/EventConstraints.h): pinned sessions
// moved, fixed rooms and days, allowed rooms, seats needed, order between
// sessions, sessions that must not overlap, at most K sessions of a track at
// once, times kept free, and the minimum gap between one person's sessions.
// Only sessions that take place (scheduled, not cancelled) break a rule,
// except a pinned session taken off the grid. Rooms of unknown capacity (0)
// are never too small. Each pair of sessions is reported once, whichever of
// them states the rule. Linear in sessions and rules apart from the sorts of
// the track and person sweeps.
class ConstraintChecks
{
public:
    explicit ConstraintChecks(const ConflictContext &context) : m_context(context) {}
    void run(QList<Conflict> &found) const;

private:
    void session(int index, const SessionConstraints &c, QList<Conflict> &found) const;
    void relations(int index, const SessionConstraints &c, QList<Conflict> &found, QSet<QPair<SessionId, SessionId>> &seenOrder,
                   QSet<QPair<SessionId, SessionId>> &seenTogether) const;
    void breaks(QList<Conflict> &found) const;
    void trackLimits(QList<Conflict> &found) const;
    void personGaps(QList<Conflict> &found) const;

    const ConflictContext &m_context;
};
