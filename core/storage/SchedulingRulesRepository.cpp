#include "storage/SchedulingRulesRepository.h"

#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/Statement.h"

Result<SchedulingRules> SchedulingRulesRepository::load() const
{
    using Out = Result<SchedulingRules>;
    SchedulingRules rules;
    const AvailabilityRepository availability(m_file);
    auto people = availability.allPeople();
    if (!people)
        return Out::failure(people.error());
    rules.people = std::move(people).value();
    auto rooms = availability.allRooms();
    if (!rooms)
        return Out::failure(rooms.error());
    rules.rooms = std::move(rooms).value();
    const ConstraintRepository constraints(m_file);
    auto sessions = constraints.allSessions();
    if (!sessions)
        return Out::failure(sessions.error());
    rules.sessions = std::move(sessions).value();
    auto event = constraints.event();
    if (!event)
        return Out::failure(event.error());
    rules.event = std::move(event).value();
    auto registered = Statement::scalar(m_file, QStringLiteral("SELECT COUNT(*) FROM participant WHERE status = 'registered'"));
    if (!registered)
        return Out::failure(registered.error());
    rules.registrations = registered.value();
    return rules;
}
