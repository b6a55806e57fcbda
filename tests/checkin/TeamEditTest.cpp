// Several people on one event (schema step 8): stale edits refused by the
// file itself, the history of every change, one-statement check-in. Two
// connections to one file stand for two organisers' windows or two desks.
#include "support/EventFiles.h"

#include "checkin/CheckInDesk.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PrivacyRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Statement.h"
#include "util/ChangeAuthor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct TwoWindows
{
    test::TempDir dir;
    QString path = test::createDemoEvent(dir);
    std::unique_ptr<EventFile> a = EventFile::open(path).value();
    std::unique_ptr<EventFile> b = EventFile::open(path).value();
    ~TwoWindows() { ChangeAuthor::setCurrent({}); }
};

void as(const QString &name, const QString &desk = {})
{
    ChangeAuthor::setCurrent({name, desk});
}

Session firstScheduled(const EventFile &file)
{
    for (const Session &s : file.sessions().all().value())
        if (s.start.isValid())
            return s;
    FAIL("the demo has no scheduled session");
    return {};
}

QList<ChangeRecord> historyOf(const EventFile &file, const QString &table, qint64 id)
{
    ChangeFilter filter;
    filter.table = table;
    filter.rowId = id;
    return ChangeLogRepository(file).list(filter).value();
}
} // namespace

TEST_CASE("A stale edit is refused, says who changed what, and the fresh one is applied; history holds both")
{
    TwoWindows w;
    const Session seenByA = firstScheduled(*w.a);
    const Session seenByB = w.b->sessions().byId(seenByA.id).value();
    REQUIRE(seenByA.version == seenByB.version);

    as(QStringLiteral("alice"));
    Session moved = seenByA;
    moved.start = seenByA.start.addSecs(30 * 60);
    REQUIRE(w.a->sessions().update(moved).ok());

    as(QStringLiteral("bob"));
    Session retitled = seenByB;
    retitled.title = QStringLiteral("Keynote (new title)");
    const Status refused = w.b->sessions().update(retitled);
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.conflict() != nullptr);
    CHECK(refused.conflict()->currentVersion == seenByA.version + 1);
    REQUIRE(refused.conflict()->changes.size() == 1);
    CHECK(refused.conflict()->changes.first().author == QStringLiteral("alice"));
    CHECK(refused.conflict()->changes.first().field == QStringLiteral("start_utc"));
    CHECK(refused.error().startsWith(QStringLiteral("Changed by alice at ")));
    CHECK(refused.error().contains(QStringLiteral("start ")));
    CHECK(refused.error().contains(QStringLiteral(" → ")));
    // Nothing of B's edit reached the file.
    CHECK(w.a->sessions().byId(seenByA.id)->title == seenByA.title);

    // B edits the current values again: applied, and A's move is kept.
    Session current = w.b->sessions().byId(seenByA.id).value();
    current.title = retitled.title;
    REQUIRE(w.b->sessions().update(current).ok());
    const Session now = w.a->sessions().byId(seenByA.id).value();
    CHECK(now.title == retitled.title);
    CHECK(now.start == moved.start);
    CHECK(now.version == seenByA.version + 2);

    // The two edits (the demo's own "created" entry comes before them).
    QList<ChangeRecord> history = historyOf(*w.a, QStringLiteral("session"), seenByA.id);
    history.removeIf([](const ChangeRecord &r) { return r.kind != ChangeRecord::Kind::Update; });
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).author == QStringLiteral("alice"));
    CHECK(history.at(0).field == QStringLiteral("start_utc"));
    CHECK(history.at(1).author == QStringLiteral("bob"));
    CHECK(history.at(1).field == QStringLiteral("title"));
    CHECK(history.at(1).oldValue.toString() == seenByA.title);
    CHECK(history.at(1).newValue.toString() == retitled.title);
    CHECK(history.at(0).changeSet != history.at(1).changeSet);
}

TEST_CASE("Undo of one's own edit is refused when someone changed the row since")
{
    TwoWindows w;
    const Person before = w.a->people().all()->first();
    as(QStringLiteral("alice"));
    Person mine = before;
    mine.organisation = QStringLiteral("Alice's change");
    REQUIRE(w.a->people().update(mine).ok());
    // Undo right away works: the row is where alice left it.
    Person undo = before;
    undo.version = mine.version + 1;
    REQUIRE(w.a->people().update(undo).ok());
    // Redo, then bob edits, then alice's undo must be refused.
    Person redo = mine;
    redo.version = undo.version + 1;
    REQUIRE(w.a->people().update(redo).ok());
    as(QStringLiteral("bob"));
    Person bobs = w.b->people().byId(before.id).value();
    bobs.position = QStringLiteral("Bob's change");
    REQUIRE(w.b->people().update(bobs).ok());
    as(QStringLiteral("alice"));
    Person lateUndo = before;
    lateUndo.version = redo.version + 1;
    const Status refused = w.a->people().update(lateUndo);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Changed by bob")));
    CHECK(w.a->people().byId(before.id)->position == QStringLiteral("Bob's change"));
}

TEST_CASE("The file itself refuses an update that does not raise the version, whoever sends it")
{
    TwoWindows w;
    const Session s = firstScheduled(*w.a);
    const Status refused = [&] {
        Statement update(*w.a, QStringLiteral("UPDATE session SET title = 'blind' WHERE id = ?"));
        update.bind(s.id);
        return update.exec();
    }();
    CHECK_FALSE(refused.ok());
    CHECK(w.b->sessions().byId(s.id)->title == s.title);
}

TEST_CASE("Two desks checking in the same code: one records it, the other is told where and when")
{
    TwoWindows w;
    Participant waiting;
    for (const Participant &p : w.a->participants().all().value())
        if (!p.isCheckedIn() && p.status == RegistrationStatus::Registered) {
            waiting = p;
            break;
        }
    REQUIRE(waiting.id != 0);
    as(QStringLiteral("carol"), QStringLiteral("2"));
    REQUIRE(CheckInDesk(*w.a).setCheckedIn(waiting.id, QDateTime::currentDateTimeUtc()).ok());
    as(QStringLiteral("dan"), QStringLiteral("3"));
    const Status second = CheckInDesk(*w.b).setCheckedIn(waiting.id, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().startsWith(QStringLiteral("already checked in at desk 2 at ")));
    const Participant stored = w.a->participants().byId(waiting.id).value();
    CHECK(stored.desk == QStringLiteral("2"));
    // Desk 3 cannot take back desk 2's check-in by undoing a check-in it never made.
    CHECK_FALSE(CheckInDesk(*w.b).setCheckedIn(waiting.id, QDateTime(), stored.checkedIn.addSecs(-5)).ok());
    auto last = ChangeLogRepository(*w.a).lastChange(QStringLiteral("participant"), waiting.id,
                                                    QStringLiteral("checked_in_utc"));
    REQUIRE(last.ok());
    REQUIRE(last->has_value());
    CHECK(last->value().author == QStringLiteral("carol"));
    CHECK(last->value().desk == QStringLiteral("2"));
}

TEST_CASE("An edit made with sqlite3 is recorded, and a stale one refused")
{
    if (!test::haveProgram(QStringLiteral("sqlite3")))
        return; // build.sh installs sqlite3; a bare machine may lack it
    test::TempDir dir;
    const QString path = test::createDemoEvent(dir);
    const test::CliRun blind = test::runProgram(QStringLiteral("sqlite3"),
                                                {path, QStringLiteral("UPDATE room SET name = 'Blind' WHERE id = 1")});
    CHECK(blind.exitCode != 0);
    CHECK(blind.err.contains(QStringLiteral("podium-stale-version")));
    const test::CliRun edit = test::runProgram(
        QStringLiteral("sqlite3"), {path, QStringLiteral("UPDATE room SET name = 'Renamed', version = version + 1 WHERE id = 1")});
    REQUIRE(edit.exitCode == 0);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    const QList<ChangeRecord> history = historyOf(*file.value(), QStringLiteral("room"), 1);
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.last().field == QStringLiteral("name"));
    CHECK(history.last().newValue.toString() == QStringLiteral("Renamed"));
    CHECK(history.last().author.isEmpty()); // sqlite3 does not say who
}

TEST_CASE("podium-cli history lists changes, as JSON too, and --since leaves earlier ones out")
{
    TwoWindows w;
    as(QStringLiteral("alice"));
    Session s = firstScheduled(*w.a);
    s.title = QStringLiteral("History test");
    REQUIRE(w.a->sessions().update(s).ok());
    const test::CliRun text = test::runCli({QStringLiteral("history"), w.path, QStringLiteral("--table"),
                                            QStringLiteral("session"), QStringLiteral("--id"), QString::number(s.id)});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("alice")));
    CHECK(text.out.contains(QStringLiteral("→ History test")));
    const test::CliRun json = test::runCli({QStringLiteral("history"), w.path, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE_FALSE(rows.isEmpty());
    const QJsonObject last = rows.last().toObject();
    CHECK(last.value(QStringLiteral("author")).toString() == QStringLiteral("alice"));
    CHECK(last.value(QStringLiteral("new")).toString() == QStringLiteral("History test"));
    const test::CliRun later = test::runCli({QStringLiteral("history"), w.path, QStringLiteral("--json"),
                                             QStringLiteral("--since"), QStringLiteral("2999-01-01T00:00Z")});
    REQUIRE(later.exitCode == 0);
    CHECK(QJsonDocument::fromJson(later.out.toUtf8()).array().isEmpty());
    CHECK(test::runCli({QStringLiteral("history"), w.path, QStringLiteral("--since"), QStringLiteral("soon")}).exitCode == 2);
}

TEST_CASE("Erasing a person removes their values from the history too")
{
    TwoWindows w;
    as(QStringLiteral("alice"));
    Participant registration = w.a->participants().all()->first();
    Person person = w.a->people().byId(registration.personId).value();
    person.email = QStringLiteral("old.secret@example.org");
    REQUIRE(w.a->people().update(person).ok());
    registration.notes = QStringLiteral("needs a quiet room");
    REQUIRE(w.a->participants().update(registration).ok());
    REQUIRE_FALSE(historyOf(*w.a, QStringLiteral("person"), person.id).isEmpty());
    REQUIRE(PrivacyRepository(*w.a).removePeople({person.id}).ok());
    CHECK(historyOf(*w.a, QStringLiteral("person"), person.id).isEmpty());
    CHECK(historyOf(*w.a, QStringLiteral("participant"), registration.id).isEmpty());
    CHECK_FALSE(test::readFile(w.path).contains("old.secret@example.org"));
}
