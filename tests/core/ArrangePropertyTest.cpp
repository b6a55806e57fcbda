// Property: on generated events with generated availability and
// constraints, every session the arranger places respects every hard
// constraint. The conflict checker judges the timetable (not the solver's
// own word), and each rule is checked here again from the model's values.
#include "arrange/Arranger.h"
#include "generate/EventGenerator.h"
#include "generate/SchedulingRulesGenerator.h"
#include "model/Event.h"
#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"
#include "storage/EventFile.h"
#include "storage/ScheduleSnapshotRepository.h"

#include "support/TestSupport.h"

#include <QHash>
#include <QSet>

namespace {

ScheduleSnapshot generatedEvent(const test::TempDir &dir, quint32 seed)
{
    auto file = EventFile::create(dir.path(QStringLiteral("event-%1.podium").arg(seed)), Event());
    REQUIRE(file.ok());
    EventGenerator::Options o;
    o.sessions = 48;
    o.rooms = 4;
    o.days = 2;
    o.participants = 5;
    o.seed = seed;
    REQUIRE(EventGenerator::fill(*file.value(), o).ok());
    auto snapshot = ScheduleSnapshotRepository(*file.value()).load();
    REQUIRE(snapshot.ok());
    return snapshot.value();
}

bool overlap(const Session &a, const Session &b)
{
    return a.start < b.end() && b.start < a.end();
}

// Every rule, for every session the plan placed or moved. Returns what is broken, in words.
QStringList broken(const ScheduleSnapshot &after, const SchedulingRules &rules, const QSet<SessionId> &arranged)
{
    QStringList out;
    const ProgrammeDays days = after.programmeDays();
    const auto roles = after.rolesBySession();
    QList<const Session *> placed;
    for (const Session &s : after.sessions)
        if (s.isScheduled() && s.status != SessionStatus::Cancelled)
            placed << &s;
    for (const Session *s : placed) {
        if (!arranged.contains(s->id))
            continue;
        const QString name = s->title;
        for (const ScheduleSnapshot::Participation *p : roles.value(s->id)) {
            const Availability a = rules.people.value(p->role.personId);
            if (!a.isAlways() && !a.covers(s->start, s->end()))
                out << name + QStringLiteral(": outside the availability of ") + p->name;
        }
        const SessionConstraints c = rules.sessions.value(s->id);
        if (c.fixedDay && days.dayOf(s->start) != *c.fixedDay)
            out << name + QStringLiteral(": not on its day");
        if (c.fixedRoom && *s->roomId != *c.fixedRoom)
            out << name + QStringLiteral(": not in its room");
        if (const auto allowed = rules.allowedRooms(s->id); allowed && !allowed->contains(*s->roomId))
            out << name + QStringLiteral(": not in an allowed room");
        const Room *room = after.room(*s->roomId);
        if (room && room->capacity > 0 && rules.seatsNeeded(*s) > room->capacity)
            out << name + QStringLiteral(": too few seats");
        for (const KeptFreeTime &b : rules.event.breaks)
            if (s->type != SessionType::Break && s->start < b.end && b.start < s->end())
                out << name + QStringLiteral(": in ") + b.label;
        for (const Session *o : placed) {
            if (o == s)
                continue;
            const SessionConstraints oc = rules.sessions.value(o->id);
            if ((c.notWith.contains(o->id) || oc.notWith.contains(s->id)) && overlap(*s, *o))
                out << name + QStringLiteral(": at the same time as ") + o->title;
            if ((c.follows.contains(o->id) || oc.precedes.contains(s->id)) && o->end() > s->start)
                out << name + QStringLiteral(": before ") + o->title + QStringLiteral(" ends");
            if ((c.precedes.contains(o->id) || oc.follows.contains(s->id)) && s->end() > o->start)
                out << name + QStringLiteral(": ends after ") + o->title + QStringLiteral(" starts");
            // The gap between two sessions of one person.
            const int gap = rules.event.personGapMinutes;
            if (gap > 0 && !overlap(*s, *o)) {
                const qint64 between = s->start < o->start ? s->end().secsTo(o->start) : o->end().secsTo(s->start);
                for (const auto *p : roles.value(s->id))
                    for (const auto *q : roles.value(o->id))
                        if (p->role.personId == q->role.personId && between < gap * 60)
                            out << name + QStringLiteral(": too close to ") + o->title + QStringLiteral(" for ") + p->name;
            }
        }
        if (s->trackId && rules.event.trackLimits.contains(*s->trackId)) {
            // The most sessions of its track running at one moment of it: at a start within it.
            int most = 0;
            for (const Session *t : placed) {
                if (t->trackId != s->trackId || t->start < s->start || t->start >= s->end())
                    continue;
                int running = 0;
                for (const Session *u : placed)
                    if (u->trackId == s->trackId && u->start <= t->start && t->start < u->end())
                        ++running;
                most = std::max(most, running);
            }
            if (most > rules.event.trackLimits.value(*s->trackId))
                out << name + QStringLiteral(": too many sessions of its track at once");
        }
    }
    return out;
}

} // namespace

TEST_CASE("On generated events, every placement respects every hard constraint")
{
    const test::TempDir dir;
    for (quint32 seed : {1u, 2u, 3u}) {
        const ScheduleSnapshot generated = generatedEvent(dir, seed);
        for (bool keepScheduled : {false, true}) {
            ScheduleSnapshot snapshot = generated;
            // Half the programme off the timetable.
            for (int i = 0; i < snapshot.sessions.size(); i += 2) {
                snapshot.sessions[i].start = QDateTime();
                snapshot.sessions[i].roomId.reset();
            }
            SchedulingRulesGenerator::Options ro;
            ro.seed = seed;
            ro.constraints = 24;
            ro.personGapMinutes = seed == 2 ? 10 : 0;
            const SchedulingRules rules = SchedulingRulesGenerator::generate(snapshot, ro);
            Arranger::Options options;
            options.seconds = 2;
            options.scope.keepScheduled = keepScheduled;
            auto plan = Arranger::plan(snapshot, rules, options);
            REQUIRE(plan.ok());
            INFO("seed " << seed << (keepScheduled ? ", keeping scheduled sessions" : ", all sessions"));

            ScheduleSnapshot after = snapshot;
            QSet<SessionId> arranged;
            int unplaced = 0;
            for (const ArrangeChange &c : plan->changes) {
                for (Session &s : after.sessions) {
                    if (s.id != c.sessionId)
                        continue;
                    s.roomId = c.roomAfter;
                    s.start = c.roomAfter ? c.startAfter : QDateTime();
                }
                if (c.kind == ArrangeChange::Kind::Unplaced) {
                    ++unplaced;
                    CHECK_FALSE(c.reason.isEmpty());
                } else {
                    arranged.insert(c.sessionId);
                }
            }
            if (!keepScheduled) // everything moved or stayed by choice: all is judged
                for (const Session &s : after.sessions)
                    if (s.isScheduled())
                        arranged.insert(s.id);
            CHECK(plan->count(ArrangeChange::Kind::Placed) > 0);
            // Most of the unscheduled half finds a place.
            CHECK(unplaced < snapshot.sessions.size() / 4);

            // The conflict checker with the rules: nothing the arranger placed may take part in a
            // conflict, not even a warning (a speaker outside their availability).
            after.rules = rules;
            int judged = 0;
            for (const Conflict &c : ConflictChecker::check(after)) {
                const bool mine = std::any_of(c.sessions.begin(), c.sessions.end(),
                                              [&](const ConflictSession &s) { return arranged.contains(s.id); });
                if (mine)
                    FAIL_CHECK(c.message.toStdString());
                ++judged;
            }
            if (!keepScheduled)
                CHECK(judged == 0);
            const QStringList problems = broken(after, rules, arranged);
            for (const QString &p : problems)
                FAIL_CHECK(p.toStdString());
        }
    }
}
