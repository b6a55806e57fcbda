// Opening event files: good ones open; bad ones are refused with one clear
// sentence naming the file, and their bytes stay exactly as they were.
#include "support/Sql.h"
#include "support/TestSupport.h"

#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

namespace {
Event sampleEvent()
{
    Event e;
    e.name = QStringLiteral("Pharma meets Academia");
    e.timeZoneId = "Europe/Luxembourg";
    e.firstDay = QDate(2018, 12, 14);
    e.lastDay = e.firstDay;
    return e;
}

QString makeEvent(const test::TempDir &dir, const QString &name = QStringLiteral("event.podium"))
{
    const QString path = dir.path(name);
    auto file = EventFile::create(path, sampleEvent());
    REQUIRE(file.ok());
    REQUIRE(file.value()->rooms().insert(Room{0, QStringLiteral("Auditorium"), 200, QString(), 0}).ok());
    return path;
}

using OtherProgram = test::Sql;

// An event file holding the demo event (sessions, people, 168 participants).
QString makeDemoEvent(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto file = EventFile::create(path, sampleEvent());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    return path;
}

// Runs SQL on a file directly, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    const OtherProgram other(path);
    for (const QString &sql : statements)
        other.run(sql);
}

// Opening must fail, say `expected` about the file, and leave its bytes alone.
void requireRefused(const QString &path, const QString &expected)
{
    const QByteArray before = test::sha256(path);
    auto opened = EventFile::open(path);
    REQUIRE_FALSE(opened.ok());
    INFO(opened.error().toStdString());
    CHECK(opened.error().contains(path));
    CHECK(opened.error().contains(expected));
    CHECK(test::sha256(path) == before);
}
} // namespace

TEST_CASE("A new event file keeps the event's facts and is private to its owner")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    struct stat st {};
    REQUIRE(stat(QFile::encodeName(path).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    CHECK_FALSE(file.value()->isReadOnly());
    auto loaded = file.value()->event().load();
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == sampleEvent());
}

TEST_CASE("Creating an event file never overwrites an existing file")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("taken.podium"));
    test::writeFile(path, "precious");
    auto created = EventFile::create(path, sampleEvent());
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().contains(QStringLiteral("already exists")));
    CHECK(test::readFile(path) == "precious");
}

TEST_CASE("A file that is not SQLite is refused unchanged")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.podium"));
    test::writeFile(path, "Name;Organisation\nAnna;LIH\n");
    requireRefused(path, QStringLiteral("not a Podium event file"));
}

TEST_CASE("An empty file is refused unchanged")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("empty.podium"));
    test::writeFile(path, QByteArray());
    requireRefused(path, QStringLiteral("empty"));
}

TEST_CASE("A missing file is reported")
{
    test::TempDir dir;
    auto opened = EventFile::open(dir.path(QStringLiteral("nowhere.podium")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("does not exist")));
}

TEST_CASE("An SQLite database of another application is refused unchanged")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.sqlite"));
    runSql(path, {QStringLiteral("CREATE TABLE bookmarks (url TEXT)"),
                  QStringLiteral("INSERT INTO bookmarks VALUES ('https://example.org')")});
    requireRefused(path, QStringLiteral("another application"));
}

TEST_CASE("A file from a newer Podium is refused unchanged")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    runSql(path, {QStringLiteral("PRAGMA user_version = 99")});
    requireRefused(path, QStringLiteral("newer version of Podium"));
}

TEST_CASE("A truncated file is refused unchanged")
{
    test::TempDir dir;
    const QString full = makeDemoEvent(dir, QStringLiteral("full.podium"));
    const QByteArray bytes = test::readFile(full);
    const QString path = dir.path(QStringLiteral("cut.podium"));
    test::writeFile(path, bytes.left(bytes.size() / 2));
    requireRefused(path, QStringLiteral("damaged"));
}

TEST_CASE("A file with damaged pages is refused unchanged")
{
    test::TempDir dir;
    const QString full = makeDemoEvent(dir, QStringLiteral("full.podium"));
    QByteArray bytes = test::readFile(full);
    // Scribble over everything after the first page (the schema) and the second.
    const int pageSize = 4096;
    REQUIRE(bytes.size() > 4 * pageSize);
    for (int i = 2 * pageSize; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    const QString path = dir.path(QStringLiteral("scribbled.podium"));
    test::writeFile(path, bytes);
    requireRefused(path, QStringLiteral("damaged"));
}

namespace {
// Leaves `copy` as a killed program leaves its file: half of a transaction
// written into it and the journal to undo that beside it. The copy is taken
// while another connection is mid-transaction with its cache spilled to disk.
void makeInterruptedSave(const QString &original, const QString &copy)
{
    const OtherProgram other(original);
    other.run(QStringLiteral("PRAGMA cache_size = 10"));
    other.run(QStringLiteral("BEGIN"));
    other.run(QStringLiteral("UPDATE participant SET notes = 'half-saved ' || hex(randomblob(2000)), version = version + 1"));
    REQUIRE(QFile::exists(original + QStringLiteral("-journal")));
    REQUIRE(QFile::copy(original, copy));
    REQUIRE(QFile::copy(original + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
    other.run(QStringLiteral("ROLLBACK"));
}

QString participantNotes(EventFile &file)
{
    QSqlQuery q(file.database());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(notes, '|') FROM participant")));
    REQUIRE(q.next());
    return q.value(0).toString();
}
} // namespace

TEST_CASE("A save cut short by a crash is rolled back on open, never called damaged")
{
    test::TempDir dir;
    const QString original = makeDemoEvent(dir, QStringLiteral("original.podium"));
    QString notesBefore;
    {
        auto file = EventFile::open(original);
        REQUIRE(file.ok());
        notesBefore = participantNotes(*file.value());
    }
    const QString path = dir.path(QStringLiteral("crashed.podium"));
    makeInterruptedSave(original, path);
    // The file on its own is mid-transaction: its bytes differ from the original's.
    REQUIRE(test::sha256(path) != test::sha256(original));

    SECTION("a writable file is repaired and opens with its last saved state")
    {
        auto opened = EventFile::open(path);
        INFO((opened.ok() ? QString() : opened.error()).toStdString());
        REQUIRE(opened.ok());
        CHECK_FALSE(opened.value()->isReadOnly());
        CHECK(participantNotes(*opened.value()) == notesBefore);
        CHECK_FALSE(participantNotes(*opened.value()).contains(QStringLiteral("half-saved")));
        QSqlQuery check(opened.value()->database());
        REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(check.next());
        CHECK(check.value(0).toString() == QStringLiteral("ok"));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
        // The user is told the last change before the crash is lost; the next open is a normal one.
        CHECK(opened.value()->recoveryNote().contains(QStringLiteral("restored its last complete state")));
        opened.value().reset();
        auto again = EventFile::open(path);
        REQUIRE(again.ok());
        CHECK(again.value()->recoveryNote().isEmpty());
    }
    SECTION("podium-cli says what happened and carries on")
    {
        const test::CliRun info = test::runCli({QStringLiteral("info"), path});
        CHECK(info.exitCode == 0);
        CHECK(info.err.contains(QStringLiteral("was not saved completely last time")));
        CHECK(info.out.contains(QStringLiteral("Pharma meets Academia")));
    }
    SECTION("a read-only file is refused with a way out, and left as it is")
    {
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
        requireRefused(path, QStringLiteral("was not saved completely"));
        CHECK(QFile::exists(path + QStringLiteral("-journal")));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
}

TEST_CASE("A read-only file opens read-only, says so, and refuses edits without changing")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = test::sha256(path);
    {
        auto opened = EventFile::open(path);
        REQUIRE(opened.ok());
        EventFile &file = *opened.value();
        CHECK(file.isReadOnly());
        CHECK(file.readOnlyReason().contains(QStringLiteral("read-only")));
        auto rooms = file.rooms().all();
        REQUIRE(rooms.ok());
        CHECK(rooms->size() == 1);
        const Status edit = file.rooms().insert(Room{0, QStringLiteral("Foyer"), 50, QString(), 1}).ok()
                                ? Status()
                                : Status::failure(QStringLiteral("refused"));
        CHECK_FALSE(edit.ok());
    }
    CHECK(test::sha256(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A file open in another Podium window is detected, not corrupted")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    EventFile::OpenOptions exclusive;
    exclusive.exclusive = true;
    auto first = EventFile::open(path, exclusive);
    REQUIRE(first.ok());
    const QByteArray before = test::sha256(path);
    auto second = EventFile::open(path, exclusive);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().contains(QStringLiteral("already open in Podium")));
    CHECK(test::sha256(path) == before);
    first.value().reset();
    // Closed in the first window: the second may open it now.
    CHECK(EventFile::open(path, exclusive).ok());
}

TEST_CASE("A file another program is writing to is reported as locked")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    {
        const OtherProgram writer(path);
        writer.run(QStringLiteral("BEGIN IMMEDIATE"));
        writer.run(QStringLiteral("INSERT INTO room (name) VALUES ('Half-written')"));
        auto opened = EventFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().contains(QStringLiteral("locked")));
        writer.run(QStringLiteral("ROLLBACK"));
    }
    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->rooms().count().value() == 1);
}

TEST_CASE("Save a Copy writes a complete, private copy and never overwrites")
{
    test::TempDir dir;
    const QString path = makeEvent(dir);
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    const QString copy = dir.path(QStringLiteral("copy.podium"));
    REQUIRE(file.value()->saveCopy(copy).ok());
    struct stat st {};
    REQUIRE(stat(QFile::encodeName(copy).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto reopened = EventFile::open(copy);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->event().load().value() == sampleEvent());
    CHECK(reopened.value()->rooms().count().value() == 1);
    const Status again = file.value()->saveCopy(copy);
    CHECK_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));
}
