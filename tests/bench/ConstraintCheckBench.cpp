// The conflict check with every scheduling rule in use: a generated
// 1,000-session, 40-room, 3-day congress (and 5,000 sessions in 100 rooms),
// availability for 30 % of the speakers and 20 % of the rooms, 200 session
// constraints of every kind, kept-free lunches, track limits and a minimum
// gap. Prints the time to check (median of 7) and what was found.
// Run by hand: build/tests/bench/ConstraintCheckBench
#include "schedule/ConflictChecker.h"
#include "schedule/ScheduleSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

ScheduleSnapshot congress(int sessions, int rooms, int days)
{
    QRandomGenerator random(20261206);
    ScheduleSnapshot s;
    s.event.name = QStringLiteral("Congress");
    s.event.timeZoneId = "Europe/Luxembourg";
    s.event.firstDay = QDate(2027, 5, 3);
    s.event.lastDay = s.event.firstDay.addDays(days - 1);
    for (int r = 0; r < rooms; ++r)
        s.rooms << Room{r + 1, QStringLiteral("Room %1").arg(r + 1), 40 + int(random.bounded(400)), {}, r};
    for (int t = 0; t < 20; ++t) {
        Track track;
        track.id = t + 1;
        track.name = QStringLiteral("Track %1").arg(t + 1);
        s.tracks << track;
        s.rules.event.trackLimits.insert(track.id, 3);
        s.rules.event.trackRooms.insert(track.id, {(t * 2) % rooms + 1, (t * 2 + 1) % rooms + 1});
    }
    const int slotsPerDay = (sessions + rooms * days - 1) / (rooms * days);
    const int speakers = sessions * 7 / 10;
    for (int i = 0; i < sessions; ++i) {
        Session x;
        x.id = i + 1;
        x.title = QStringLiteral("Talk %1").arg(i + 1);
        x.roomId = i % rooms + 1;
        const int day = (i / rooms) % days;
        const int slot = (i / rooms / days) % slotsPerDay;
        x.start = s.event.fromLocal(s.event.day(day), QTime(8, 0)).addSecs(qint64(slot) * 40 * 60);
        x.durationMinutes = 30;
        x.trackId = int(random.bounded(20)) + 1;
        x.expectedAttendance = 20 + int(random.bounded(300));
        x.status = SessionStatus::Confirmed;
        s.sessions << x;
        const int people = 1 + int(random.bounded(3));
        for (int k = 0; k < people; ++k) {
            const PersonId person = int(random.bounded(speakers)) + 1;
            s.roles.push_back({{x.id, person, k == 0 ? Role::Speaker : Role::Panellist, k}, QStringLiteral("Person %1").arg(person)});
        }
    }
    for (PersonId p = 1; p <= speakers; ++p) {
        if (random.bounded(10) >= 3)
            continue;
        Availability a;
        for (int d = 0; d < days; ++d)
            if (random.bounded(3) > 0)
                a.spans << AvailabilitySpan{s.event.fromLocal(s.event.day(d), QTime(8 + int(random.bounded(4)), 0)),
                                            s.event.fromLocal(s.event.day(d), QTime(14 + int(random.bounded(6)), 0)),
                                            random.bounded(4) == 0 ? AvailabilityKind::Preferred : AvailabilityKind::Available};
        s.rules.people.insert(p, a.normalised());
    }
    for (int r = 0; r < rooms / 5; ++r) {
        Availability a;
        a.spans << AvailabilitySpan{s.event.fromLocal(s.event.firstDay, QTime(8, 0)),
                                    s.event.fromLocal(s.event.lastDay, QTime(16, 0)), AvailabilityKind::Available};
        s.rules.rooms.insert(r + 1, a);
    }
    for (int i = 0; i < 200; ++i) {
        SessionConstraints c;
        c.sessionId = int(random.bounded(sessions)) + 1;
        switch (i % 8) {
        case 0: c.pinned = PinnedPlace{1, s.sessions[int(c.sessionId) - 1].start}; break;
        case 1: c.fixedRoom = int(random.bounded(rooms)) + 1; break;
        case 2: c.fixedDay = s.event.day(int(random.bounded(days))); break;
        case 3: c.allowedTracks = {int(random.bounded(20)) + 1}; break;
        case 4: c.seatsFrom = SeatsFrom::Fixed; c.minSeats = 150; break;
        case 5: c.follows = {int(random.bounded(sessions)) + 1}; break;
        case 6: c.precedes = {int(random.bounded(sessions)) + 1}; break;
        case 7: c.notWith = {int(random.bounded(sessions)) + 1, int(random.bounded(sessions)) + 1}; break;
        }
        s.rules.sessions.insert(c.sessionId, c);
    }
    for (int d = 0; d < days; ++d)
        s.rules.event.breaks << KeptFreeTime{s.event.fromLocal(s.event.day(d), QTime(12, 30)),
                                             s.event.fromLocal(s.event.day(d), QTime(13, 15)), QStringLiteral("Lunch")};
    s.rules.event.personGapMinutes = 15;
    return s;
}

void run(const char *what, const ScheduleSnapshot &snapshot)
{
    std::vector<double> times;
    QList<Conflict> found;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        found = ConflictChecker::check(snapshot);
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    QHash<QString, int> byKind;
    for (const Conflict &c : found)
        byKind[Conflict::key(c.kind)] += 1;
    std::printf("%s: %lld sessions, %lld roles, %lld people and %lld rooms with availability, %lld constrained sessions\n",
                what, qlonglong(snapshot.sessions.size()), qlonglong(snapshot.roles.size()),
                qlonglong(snapshot.rules.people.size()), qlonglong(snapshot.rules.rooms.size()),
                qlonglong(snapshot.rules.sessions.size()));
    std::printf("  check: median %.2f ms (min %.2f, max %.2f), %lld conflicts\n", times[times.size() / 2], times.front(),
                times.back(), qlonglong(found.size()));
    QStringList kinds = byKind.keys();
    kinds.sort();
    for (const QString &k : kinds)
        std::printf("    %-22s %d\n", qPrintable(k), byKind.value(k));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    run("1,000 sessions, 40 rooms, 3 days", congress(1000, 40, 3));
    run("5,000 sessions, 100 rooms, 3 days", congress(5000, 100, 3));
    return 0;
}
