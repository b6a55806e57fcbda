#include "model/Availability.h"

#include <algorithm>
#include <map>

namespace {

// Whether the spans accepted by `accept`, joined where they touch, cover [start, end).
template <typename Accept>
bool joinedCover(const QList<AvailabilitySpan> &spans, const QDateTime &start, const QDateTime &end, Accept accept)
{
    if (!start.isValid() || !end.isValid())
        return false;
    QDateTime reached = start; // [start, reached) is covered so far
    for (const AvailabilitySpan &s : spans) { // sorted by start
        if (!accept(s) || s.end <= reached)
            continue;
        if (s.start > reached)
            return false;
        reached = s.end;
        if (reached >= end)
            return true;
    }
    return reached >= end;
}

} // namespace

bool Availability::covers(const QDateTime &start, const QDateTime &end) const
{
    if (spans.isEmpty())
        return true;
    return joinedCover(spans, start, end, [](const AvailabilitySpan &) { return true; });
}

bool Availability::prefers(const QDateTime &start, const QDateTime &end) const
{
    return joinedCover(spans, start, end, [](const AvailabilitySpan &s) { return s.kind == AvailabilityKind::Preferred; });
}

Availability Availability::normalised() const
{
    // Sweep the boundaries: at each moment the strongest kind present wins
    // (preferred over available), then runs of one kind are joined.
    std::map<qint64, std::pair<int, int>> changes; // msecs -> (available delta, preferred delta)
    for (const AvailabilitySpan &s : spans) {
        if (!s.start.isValid() || !s.end.isValid() || s.end <= s.start)
            continue;
        auto &open = changes[s.start.toMSecsSinceEpoch()];
        auto &close = changes[s.end.toMSecsSinceEpoch()];
        (s.kind == AvailabilityKind::Preferred ? open.second : open.first) += 1;
        (s.kind == AvailabilityKind::Preferred ? close.second : close.first) -= 1;
    }
    Availability out;
    int available = 0;
    int preferred = 0;
    for (const auto &[msecs, delta] : changes) {
        available += delta.first;
        preferred += delta.second;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        if (!out.spans.isEmpty() && !out.spans.back().end.isValid())
            out.spans.back().end = at; // close the running span here
        if (available + preferred == 0)
            continue;
        const AvailabilityKind kind = preferred > 0 ? AvailabilityKind::Preferred : AvailabilityKind::Available;
        if (!out.spans.isEmpty() && out.spans.back().end == at && out.spans.back().kind == kind)
            out.spans.back().end = QDateTime(); // continue the same kind
        else
            out.spans.push_back({at, QDateTime(), kind});
    }
    return out;
}
