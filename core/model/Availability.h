#pragma once

#include "model/Vocabulary.h"

#include <QDateTime>
#include <QList>

// When a person or a room can be used, as times in UTC (like sessions' starts).
//
// An empty list of spans means "available all the time": the default, so a
// person nobody asked is never a conflict. As soon as there is one span, the
// person or room is available inside the spans only; "preferred" spans are
// available too, and say where they would rather be placed (a soft wish, never
// a conflict). Spans do not overlap (Availability::normalised() merges them),
// and the editor and the import keep each span inside one programme day, so a
// day strip shows it whole. The kinds (AvailabilityKind) are in Vocabulary.h.

struct AvailabilitySpan
{
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive; after start
    AvailabilityKind kind = AvailabilityKind::Available;

    bool operator==(const AvailabilitySpan &o) const { return start == o.start && end == o.end && kind == o.kind; }
    bool operator!=(const AvailabilitySpan &o) const { return !(*this == o); }
};

struct Availability
{
    QList<AvailabilitySpan> spans; // sorted by start, not overlapping; empty: always available

    bool isAlways() const { return spans.isEmpty(); }
    // Whether [start, end) lies inside the available time (spans that touch
    // count as one: 09:00-10:00 and 10:00-11:00 cover a 09:30-10:30 talk).
    bool covers(const QDateTime &start, const QDateTime &end) const;
    // Whether [start, end) lies inside preferred spans only. False when there
    // are no spans: nobody said they prefer anything.
    bool prefers(const QDateTime &start, const QDateTime &end) const;
    // Sorted, without empty spans; overlapping or touching spans of one kind
    // merged; where a preferred span overlaps an available one, preferred wins.
    Availability normalised() const;

    bool operator==(const Availability &o) const { return spans == o.spans; }
    bool operator!=(const Availability &o) const { return !(*this == o); }
};
