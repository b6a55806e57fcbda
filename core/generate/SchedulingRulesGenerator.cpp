#include "generate/SchedulingRulesGenerator.h"

#include "schedule/ScheduleSnapshot.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventFile.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cmath>

SchedulingRules SchedulingRulesGenerator::generate(const ScheduleSnapshot &snapshot, const Options &options)
{
    QRandomGenerator random(options.seed);
    SchedulingRules rules;
    const Event &event = snapshot.event;
    const int days = std::max(0, event.dayCount());
    auto pick = [&](int n) { return int(random.bounded(quint32(std::max(1, n)))); };

    // People with a role, in a stable order.
    QList<PersonId> people;
    for (const ScheduleSnapshot::Participation &p : snapshot.roles)
        if (!people.contains(p.role.personId))
            people << p.role.personId;
    std::sort(people.begin(), people.end());
    for (PersonId id : people) {
        if (random.generateDouble() >= options.availabilityShare || days == 0)
            continue;
        Availability a;
        const int firstDay = pick(days);
        for (int d = 0; d < days; ++d) {
            if (d != firstDay && random.bounded(10) < 3)
                continue; // not there that day
            const QDate date = event.day(d);
            const int from = 9 * 60 + 30 * pick(7);               // 09:00 to 12:00
            const int to = std::min(18 * 60, from + 240 + 30 * pick(11)); // 4 to 9 hours
            const int preferredFrom = from + 30 * pick(std::max(1, (to - from - 120) / 30));
            const int preferredTo = std::min(to, preferredFrom + 120);
            auto at = [&](int minutes) { return event.fromLocal(date, QTime(0, 0).addSecs(minutes * 60)); };
            a.spans << AvailabilitySpan{at(from), at(preferredFrom), AvailabilityKind::Available};
            a.spans << AvailabilitySpan{at(preferredFrom), at(preferredTo), AvailabilityKind::Preferred};
            if (preferredTo < to)
                a.spans << AvailabilitySpan{at(preferredTo), at(to), AvailabilityKind::Available};
        }
        rules.people.insert(id, a.normalised());
    }

    QList<const Session *> sessions;
    for (const Session &s : snapshot.sessions)
        if (s.status != SessionStatus::Cancelled)
            sessions << &s;
    std::sort(sessions.begin(), sessions.end(), [](const Session *a, const Session *b) { return a->id < b->id; });
    int largest = 0;
    for (const Room &r : snapshot.rooms)
        largest = std::max(largest, r.capacity);
    if (options.lunch)
        for (int d = 0; d < days; ++d)
            rules.event.breaks << KeptFreeTime{event.fromLocal(event.day(d), QTime(12, 30)),
                                               event.fromLocal(event.day(d), QTime(13, 30)), QStringLiteral("Lunch")};
    rules.event.personGapMinutes = options.personGapMinutes;
    if (sessions.size() < 2 || snapshot.rooms.isEmpty())
        return rules;

    // Track limits: half again the track's average number of sessions at once.
    const int hours = std::max(1, days * 8);
    int limits = 0;
    for (const Track &t : snapshot.tracks) {
        if (limits >= options.constraints / 20)
            break;
        const int inTrack = int(std::count_if(sessions.begin(), sessions.end(),
                                              [&](const Session *s) { return s->trackId == t.id; }));
        rules.event.trackLimits.insert(t.id, std::max(2, int(std::ceil(1.5 * inTrack / hours)) + 1));
        ++limits;
    }
    for (int n = limits; n < options.constraints; ++n) {
        const Session *s = sessions[pick(int(sessions.size()))];
        const Session *other = sessions[pick(int(sessions.size()))];
        if (other == s)
            continue;
        SessionConstraints &c = rules.sessions[s->id];
        c.sessionId = s->id;
        switch (pick(10)) {
        case 0:
        case 1:
        case 2: c.notWith << other->id; break;
        case 3:
        case 4: {
            // Only one way between two sessions, so orders never form a cycle.
            const Session *first = s->id < other->id ? s : other;
            const Session *second = s->id < other->id ? other : s;
            SessionConstraints &f = rules.sessions[second->id];
            f.sessionId = second->id;
            f.follows << first->id;
            break;
        }
        case 5:
        case 6: c.fixedDay = event.day(pick(days)); break;
        case 7: {
            for (int k = 0; k < 4 + pick(6); ++k) {
                const RoomId room = snapshot.rooms[pick(int(snapshot.rooms.size()))].id;
                if (!c.allowedRooms.contains(room))
                    c.allowedRooms << room;
            }
            break;
        }
        case 8:
            c.seatsFrom = SeatsFrom::Fixed;
            c.minSeats = 10 * (1 + pick(std::max(1, largest * 6 / 10 / 10)));
            break;
        default: c.fixedRoom = snapshot.rooms[pick(int(snapshot.rooms.size()))].id; break;
        }
    }
    return rules;
}

Status SchedulingRulesGenerator::fill(const EventStore &file, const Options &options, bool unschedule)
{
    auto snapshot = ScheduleSnapshotRepository(file).load();
    if (!snapshot)
        return Status::failure(snapshot.error());
    const SchedulingRules rules = generate(snapshot.value(), options);
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    const AvailabilityRepository availability(file);
    for (auto it = rules.people.constBegin(); it != rules.people.constEnd(); ++it)
        if (Status s = availability.setPerson(it.key(), it.value()); !s)
            return s;
    const ConstraintRepository constraints(file);
    for (const SessionConstraints &c : rules.sessions)
        if (Status s = constraints.setSession(c); !s)
            return s;
    if (Status s = constraints.setEvent(rules.event); !s)
        return s;
    if (unschedule) {
        const SessionRepository sessions = file.sessions();
        auto all = sessions.all();
        if (!all)
            return Status::failure(all.error());
        for (Session session : all.value()) {
            session.start = QDateTime();
            session.roomId.reset();
            if (Status s = sessions.update(session); !s)
                return s;
        }
    }
    return transaction.commit();
}
