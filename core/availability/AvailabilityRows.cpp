#include "availability/AvailabilityRows.h"

QList<AvailabilityPiece> AvailabilityRows::byDay(const Availability &availability, const ProgrammeDays &days)
{
    QList<AvailabilityPiece> out;
    for (const AvailabilitySpan &span : availability.spans) {
        QDateTime from = span.start;
        while (from.isValid() && from < span.end) {
            const QDate day = days.dayOf(from);
            const QDateTime dayEnd = days.end(day);
            // A day that ends no later than `from` (given bounds with a gap) would never advance.
            const QDateTime to = dayEnd > from ? std::min(dayEnd, span.end) : span.end;
            out << AvailabilityPiece{day, {from, to, span.kind}};
            from = to;
        }
    }
    return out;
}
