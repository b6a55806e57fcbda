#include "storage/StatisticsRepository.h"

#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/Statement.h"

Result<EventCounts> StatisticsRepository::counts() const
{
    Statement s(m_file, QStringLiteral(
                            "SELECT (SELECT COUNT(*) FROM room), (SELECT COUNT(*) FROM track), "
                            "(SELECT COUNT(*) FROM session), "
                            "(SELECT COUNT(*) FROM session WHERE start_utc IS NOT NULL AND room_id IS NOT NULL), "
                            "(SELECT COUNT(DISTINCT person_id) FROM session_person), (SELECT COUNT(*) FROM person), "
                            "(SELECT COUNT(*) FROM participant), "
                            "(SELECT COUNT(*) FROM participant WHERE checked_in_utc IS NOT NULL)"));
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
        c.participants = s.value(6).toLongLong();
        c.checkedIn = s.value(7).toLongLong();
    }
    auto all = m_file.participants().countByCategory(false);
    auto checked = m_file.participants().countByCategory(true);
    if (!all)
        return Result<EventCounts>::failure(all.error());
    if (!checked)
        return Result<EventCounts>::failure(checked.error());
    c.participantsByCategory = all.value();
    c.checkedInByCategory = checked.value();
    return c;
}
