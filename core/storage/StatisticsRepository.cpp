#include "storage/StatisticsRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"

Result<EventCounts> StatisticsRepository::counts() const
{
    Statement s(m_file, QStringLiteral(
                            "SELECT (SELECT COUNT(*) FROM room), (SELECT COUNT(*) FROM track), "
                            "(SELECT COUNT(*) FROM session), "
                            "(SELECT COUNT(*) FROM session WHERE start_utc IS NOT NULL AND room_id IS NOT NULL), "
                            "(SELECT COUNT(DISTINCT person_id) FROM session_person), (SELECT COUNT(*) FROM person)"));
    if (Status st = s.exec(); !st)
        return Result<EventCounts>::failure(st.error());
    EventCounts c;
    if (s.next()) {
        c.rooms = s.value(0).toLongLong();
        c.tracks = s.value(1).toLongLong();
        c.sessions = s.value(2).toLongLong();
        c.scheduledSessions = s.value(3).toLongLong();
        c.speakers = s.value(4).toLongLong();
        c.people = s.value(5).toLongLong();
    }
    // One pass over the participant_category index (it covers both columns)
    // gives registrations and check-ins per category and so the totals.
    Statement byCategory(m_file, QStringLiteral("SELECT category, COUNT(*), COUNT(checked_in_utc) FROM participant "
                                                "GROUP BY category"));
    if (Status st = byCategory.exec(); !st)
        return Result<EventCounts>::failure(st.error());
    while (byCategory.next()) {
        const QString category = byCategory.value(0).toString();
        const qint64 registered = byCategory.value(1).toLongLong();
        const qint64 checkedIn = byCategory.value(2).toLongLong();
        c.participantsByCategory.insert(category, registered);
        if (checkedIn > 0)
            c.checkedInByCategory.insert(category, checkedIn);
        c.participants += registered;
        c.checkedIn += checkedIn;
    }
    return c;
}
