#include "support/DeskSessions.h"
#include "support/EventFiles.h"

#include "checkin/CheckInQueue.h"
#include "checkin/DeskSession.h"
#include "checkin/OfflineDeskCache.h"
#include "storage/DoorRepository.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QFileInfo>

// The door desk's offline side on event files: its copy and queue on disk,
// and a desk session whose store cannot be reached (as a server would not),
// checking in against its copy and sending afterwards. The same on a real
// server: tests/pg/DeskServerTest.cpp.
namespace {

// A desk whose "network" the test pulls: while `reachable` is false, opening the event fails.
struct Desk
{
    QString path;
    QString dir;
    QString name;
    bool reachable = true;
    QDateTime clock = QDateTime(QDate(2018, 12, 14), QTime(8, 0), Qt::UTC);
    std::unique_ptr<DeskSession> session;

    Desk(QString eventPath, QString stateDir, QString deskName)
        : path(std::move(eventPath)), dir(std::move(stateDir)), name(std::move(deskName))
    {
        restart();
    }
    // A new process at the same desk (the copy and queue stay on disk).
    void restart()
    {
        session = test::fileDeskSession(path, dir, name, &reachable);
        session->setClock([this] { return clock; });
    }
    DeskSession::Answer checkIn(const QString &code)
    {
        auto answer = session->checkIn(code);
        INFO(answer.error().toStdString());
        REQUIRE(answer.ok());
        return answer.value();
    }
};

QList<Participant> waitingRegistrations(const QString &path)
{
    auto file = EventFile::open(path);
    QList<Participant> waiting;
    for (const Participant &p : file.value()->participants().all().value())
        if (!p.isCheckedIn() && p.status == RegistrationStatus::Registered)
            waiting << p;
    return waiting;
}

Participant stored(const QString &path, ParticipantId id)
{
    return EventFile::open(path).value()->participants().byId(id).value();
}

} // namespace

TEST_CASE("Desk copy: written owner-only and read back with no contact details")
{
    test::TempDir dir;
    const QString event = test::createDemoEvent(dir);
    QList<ParticipantRow> rows = DoorRepository(*EventFile::open(event).value()).deskRows().value();
    REQUIRE(rows.size() > 100);
    OfflineDeskCache cache(dir.path(QStringLiteral("desk/copy.bin")));
    CHECK_FALSE(cache.exists());
    CHECK_FALSE(cache.load().ok());
    OfflineDeskCache::Snapshot snapshot{QStringLiteral("Pharma meets Academia"), "Europe/Luxembourg",
                                        QDateTime::currentDateTimeUtc(), 7, rows};
    REQUIRE(cache.save(snapshot).ok());
    CHECK(QFileInfo(cache.path()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const auto loaded = cache.load();
    REQUIRE(loaded.ok());
    CHECK(loaded->event == snapshot.event);
    CHECK(loaded->timeZoneId == snapshot.timeZoneId);
    CHECK(loaded->lastDoubleCheckIn == 7);
    REQUIRE(loaded->rows.size() == rows.size());
    CHECK(loaded->rows == rows);
    // What a desk does not need is not in the file, whatever the event holds.
    const QByteArray bytes = test::readFile(cache.path());
    auto file = EventFile::open(event);
    int emails = 0;
    for (const ParticipantRow &row : rows) {
        const Person person = file.value()->people().byId(row.person.id).value();
        if (!person.email.isEmpty()) {
            ++emails;
            CHECK_FALSE(bytes.contains(person.email.toUtf8()));
            QByteArray utf16; // as QDataStream writes text
            for (QChar c : person.email)
                utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            CHECK_FALSE(bytes.contains(utf16));
        }
    }
    CHECK(emails > 50);
    // A damaged copy says so.
    test::writeFile(cache.path(), bytes.left(bytes.size() / 2));
    const auto damaged = cache.load();
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().contains(QStringLiteral("damaged")));
}

TEST_CASE("Desk queue: appended durably, a half-written last line left out, sent ones dropped from the front")
{
    test::TempDir dir;
    CheckInQueue queue(dir.path(QStringLiteral("desk/queue.jsonl")));
    CHECK(queue.load()->isEmpty());
    const QDateTime t(QDate(2018, 12, 14), QTime(9, 11, 3), Qt::UTC);
    const QList<QueuedCheckIn> made{{QStringLiteral("AAAA1"), t, QStringLiteral("4")},
                                    {QStringLiteral("BBBB2"), t.addSecs(5), QStringLiteral("4")},
                                    {QStringLiteral("CCCC3"), t.addSecs(9), QStringLiteral("Desk “Nord”")}};
    for (const QueuedCheckIn &c : made)
        REQUIRE(queue.append(c).ok());
    CHECK(QFileInfo(queue.path()).permissions()
          == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK(queue.load().value() == made);
    // The plug pulled in the middle of a line.
    QFile file(queue.path());
    REQUIRE(file.open(QIODevice::Append));
    file.write("{\"code\":\"DDDD4\",\"ut");
    file.close();
    CHECK(queue.load().value() == made);
    REQUIRE(queue.dropFirst(1).ok());
    CHECK(queue.load().value() == made.mid(1));
    REQUIRE(queue.dropFirst(2).ok());
    CHECK(queue.load()->isEmpty());
    CHECK_FALSE(QFileInfo::exists(queue.path()));
    // Damage before the last line is not a crash's: refused, naming the line.
    test::writeFile(queue.path(), "garbage\n{\"code\":\"AAAA1\",\"utc\":\"2018-12-14T09:11:03Z\",\"desk\":\"4\"}\n");
    const auto damaged = queue.load();
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().contains(QStringLiteral("Line 1")));
}

TEST_CASE("Desk session: offline check-ins are queued with the desk's times and sent when the event is back")
{
    test::TempDir dir;
    const QString event = test::createDemoEvent(dir);
    const QList<Participant> waiting = waitingRegistrations(event);
    REQUIRE(waiting.size() >= 3);

    Desk desk(event, dir.path(QStringLiteral("desk4")), QStringLiteral("4"));
    REQUIRE(desk.session->start().ok());
    CHECK(desk.session->isOnline());
    const qint64 before = desk.session->checkedIn();

    // The network goes: a new process at the desk starts from its copy.
    desk.reachable = false;
    desk.restart();
    REQUIRE(desk.session->start().ok());
    CHECK_FALSE(desk.session->isOnline());
    CHECK(desk.session->offlineReason().contains(QStringLiteral("cannot be reached")));
    desk.clock = desk.clock.addSecs(60);
    const auto first = desk.checkIn(waiting[0].code);
    CHECK(first.checkedIn);
    CHECK(first.queued);
    desk.clock = desk.clock.addSecs(60);
    CHECK(desk.checkIn(waiting[1].code).queued);
    CHECK(desk.session->waiting() == 2);
    CHECK(desk.session->checkedIn() == before + 2);
    // Scanned twice at the same desk while offline: the copy knows.
    const auto again = desk.checkIn(waiting[0].code);
    CHECK_FALSE(again.checkedIn);
    CHECK(again.outcome.reason.contains(QStringLiteral("already checked in at desk 4")));
    CHECK(desk.checkIn(QStringLiteral("ZZZZZZZZZZ")).outcome.kind == CheckInOutcome::Kind::UnknownCode);
    // Nothing reached the event yet.
    CHECK_FALSE(stored(event, waiting[0].id).isCheckedIn());

    // Another process at the same desk, still offline, sees the queue on disk.
    desk.restart();
    REQUIRE(desk.session->start().ok());
    CHECK(desk.session->waiting() == 2);
    // Taken back before it was sent: out of the queue.
    REQUIRE(desk.session->takeBack(waiting[1].code, first.utc.addSecs(60)).ok());
    CHECK(desk.session->waiting() == 1);

    // Back: a sync sends what waits, with the desk's own time.
    desk.reachable = true;
    auto synced = desk.session->sync();
    REQUIRE(synced.ok());
    CHECK(desk.session->isOnline());
    CHECK(synced->sent == 1);
    CHECK(synced->doubles.isEmpty());
    CHECK(desk.session->waiting() == 0);
    const Participant sent = stored(event, waiting[0].id);
    CHECK(sent.checkedIn == first.utc);
    CHECK(sent.desk == QStringLiteral("4"));
    CHECK_FALSE(stored(event, waiting[1].id).isCheckedIn());
    CHECK(desk.session->checkedIn() == before + 1);
}

TEST_CASE("Desk session: a code checked in at two desks while one was offline keeps the earlier time, and both are told")
{
    test::TempDir dir;
    const QString event = test::createDemoEvent(dir);
    const QList<Participant> waiting = waitingRegistrations(event);
    Desk online(event, dir.path(QStringLiteral("desk2")), QStringLiteral("2"));
    Desk offline(event, dir.path(QStringLiteral("desk4")), QStringLiteral("4"));
    REQUIRE(online.session->start().ok());
    REQUIRE(offline.session->start().ok());
    offline.reachable = false;
    offline.restart();
    REQUIRE(offline.session->start().ok());
    REQUIRE_FALSE(offline.session->isOnline());

    // A: desk 2 first (online, 09:11:03), desk 4 later offline (09:12:40): desk 2's stays.
    // B: desk 4 first offline (09:20:00), desk 2 later online (09:21:30): desk 4's replaces it.
    const Participant a = waiting[0], b = waiting[1];
    const QDateTime day(QDate(2018, 12, 14), QTime(8, 11, 3), Qt::UTC); // 09:11:03 in Luxembourg
    online.clock = day;
    REQUIRE(online.checkIn(a.code).checkedIn);
    offline.clock = day.addSecs(97);
    REQUIRE(offline.checkIn(a.code).queued);
    offline.clock = day.addSecs(537);
    REQUIRE(offline.checkIn(b.code).queued);
    online.clock = day.addSecs(627);
    REQUIRE(online.checkIn(b.code).checkedIn);

    offline.reachable = true;
    auto sent = offline.session->sync();
    REQUIRE(sent.ok());
    CHECK(sent->sent == 2);
    REQUIRE(sent->doubles.size() == 2);
    const QString toldA = offline.session->describe(sent->doubles[0]);
    INFO(toldA.toStdString());
    CHECK(toldA.contains(a.code));
    CHECK(toldA.contains(QStringLiteral("checked in at desk 2 at 09:11:03 and at desk 4 at 09:12:40 while offline")));
    const QString toldB = offline.session->describe(sent->doubles[1]);
    INFO(toldB.toStdString());
    CHECK(toldB.contains(QStringLiteral("checked in at desk 4 at 09:20:00 while offline and at desk 2 at 09:21:30")));

    // The earlier check-in counts, once.
    CHECK(stored(event, a.id).checkedIn == day);
    CHECK(stored(event, a.id).desk == QStringLiteral("2"));
    CHECK(stored(event, b.id).checkedIn == day.addSecs(537));
    CHECK(stored(event, b.id).desk == QStringLiteral("4"));

    // Desk 2 is told at its next sync, once.
    auto told = online.session->sync();
    REQUIRE(told.ok());
    REQUIRE(told->doubles.size() == 2);
    CHECK(online.session->describe(told->doubles[0]) == toldA);
    CHECK(online.session->sync()->doubles.isEmpty());
    // And a desk that was in neither is not bothered.
    Desk third(event, dir.path(QStringLiteral("desk7")), QStringLiteral("7"));
    REQUIRE(third.session->start().ok());
    CHECK(third.session->takeNews().doubles.isEmpty());

    // The same queued check-in sent again (a crash before the queue was cut) is recorded once.
    auto file = EventFile::open(event);
    const DoorRepository door(*file.value());
    const auto resent = door.checkIn(b.code, day.addSecs(537), QStringLiteral("4"), true);
    REQUIRE(resent.ok());
    CHECK(resent->recorded);
    CHECK(resent->doubleCheckInId == 0);
    CHECK(door.doubleCheckIns()->size() == 2);
}

TEST_CASE("Desk session: a desk that never reached the event cannot start offline, and says why")
{
    test::TempDir dir;
    const QString event = test::createDemoEvent(dir);
    Desk desk(event, dir.path(QStringLiteral("desk")), QStringLiteral("1"));
    desk.reachable = false;
    desk.restart();
    const Status started = desk.session->start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().contains(QStringLiteral("cannot be reached")));
    CHECK(started.error().contains(QStringLiteral("must reach the server once first")));
}

TEST_CASE("podium-cli checkin with --queue-dir: several codes, offline while the event is away, desk sync sends them")
{
    test::TempDir dir;
    const QString event = test::createDemoEvent(dir);
    const QList<Participant> waiting = waitingRegistrations(event);
    const QString queue = dir.path(QStringLiteral("queue"));
    const QStringList desk{QStringLiteral("--desk"), QStringLiteral("4"), QStringLiteral("--queue-dir"), queue};
    const auto online = test::runCli(QStringList{QStringLiteral("checkin"), event, waiting[0].code, waiting[1].code} + desk);
    INFO(online.err.toStdString());
    CHECK(online.exitCode == 0);
    CHECK(online.out.count(QStringLiteral("Checked in: ")) == 2);
    CHECK(stored(event, waiting[0].id).desk == QStringLiteral("4"));

    // The event goes away (a share unmounted, as a server stopped).
    const QString away = dir.path(QStringLiteral("away.podium"));
    REQUIRE(QFile::rename(event, away));
    const auto offline = test::runCli(QStringList{QStringLiteral("checkin"), event, waiting[2].code, waiting[0].code} + desk);
    INFO(offline.out.toStdString() << offline.err.toStdString());
    CHECK(offline.exitCode == 1); // the second was checked in already
    CHECK(offline.out.contains(QStringLiteral("Checked in offline: ")));
    CHECK(offline.err.contains(QStringLiteral("already checked in at desk 4")));
    CHECK(offline.err.contains(QStringLiteral("offline: 1 check-in waiting")));
    const auto stillAway = test::runCli(QStringList{QStringLiteral("desk"), QStringLiteral("sync"), event} + desk);
    CHECK(stillAway.exitCode == 1);
    CHECK(stillAway.err.contains(QStringLiteral("offline: 1 check-in waiting")));

    REQUIRE(QFile::rename(away, event));
    const auto back = test::runCli(QStringList{QStringLiteral("desk"), QStringLiteral("sync"), event} + desk);
    INFO(back.out.toStdString() << back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(back.out.contains(QStringLiteral("online; 1 check-in sent")));
    CHECK(stored(event, waiting[2].id).isCheckedIn());
    CHECK(stored(event, waiting[2].id).desk == QStringLiteral("4"));
}
