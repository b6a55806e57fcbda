// Files written by an older Podium are upgraded step by step on open and
// keep every value they had.
#include "support/TestSupport.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/DesignRepository.h"
#include "storage/MigrationRunner.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Schema.h"
#include "storage/SessionRepository.h"
#include "storage/ProgrammeDayRepository.h"
#include "storage/SchedulingRulesRepository.h"
#include "storage/SettingRepository.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Builds a file from the statements of an SQL fixture, as the old version wrote it.
void buildFromSql(const QString &sqlFile, const QString &path)
{
    const QString sql = QString::fromUtf8(test::readFile(sqlFile));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (QString statement : sql.split(QStringLiteral(";\n"))) {
            QStringList lines;
            for (const QString &line : statement.split(QLatin1Char('\n')))
                if (!line.startsWith(QLatin1String("--")))
                    lines << line;
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (statement.isEmpty())
                continue;
            INFO(statement.toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}
} // namespace

TEST_CASE("A version 1 file is upgraded on open and keeps its data")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v1.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);

    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    EventFile &file = *opened.value();
    CHECK(file.openedVersion() == 1);
    CHECK(file.schemaVersion() == Schema::currentVersion());

    auto event = file.event().load();
    REQUIRE(event.ok());
    CHECK(event->name == QStringLiteral("IMI Networking event – Pharma meets Academia"));
    CHECK(event->acronym.isEmpty()); // added in version 2
    CHECK(event->dayChange == QTime(0, 0)); // version 5: a file with a programme keeps midnight
    CHECK(event->firstDay == QDate(2018, 12, 14));

    auto session = file.sessions().byGuid(QStringLiteral("a3c5e0f2-1b7d-4c1e-9f43-2d5b8e6a7c10"));
    REQUIRE(session.ok());
    CHECK(session->title == QStringLiteral("Patients at the heart of IMI projects"));
    CHECK(session->start == QDateTime(QDate(2018, 12, 14), QTime(12, 30), Qt::UTC));
    CHECK(session->durationMinutes == 45);
    CHECK_FALSE(session->expectedAttendance.has_value());
    CHECK(file.sessions().roles(session->id).value().size() == 1);

    auto person = file.people().findByEmail(QStringLiteral("ANNA.CHIOTI@example.org"));
    REQUIRE(person.ok());
    REQUIRE(person->has_value());
    CHECK((*person)->displayName() == QStringLiteral("Dr. Anna Chioti"));

    auto participant = file.participants().findByCode(QStringLiteral("k7m2-q9xh-4t"));
    REQUIRE(participant.ok());
    REQUIRE(participant->has_value());
    CHECK((*participant)->category == ParticipantCategory::Speaker);

    // Version 4 rebuilt the people and registrations tables: the registration
    // is still there (dropping the old people table must not have cascaded),
    // foreign keys are on again, and GUIDs and codes are still unique.
    QSqlQuery q(file.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM participant")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    REQUIRE(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(q.next());
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO participant (person_id, code) VALUES (1, 'K7M2Q9XH4T')")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO person (guid) SELECT guid FROM person LIMIT 1")));
    CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO participant (person_id, code) VALUES (999, 'NEWCODE234')")));

    // What version 2 added works on the upgraded file.
    Session edited = session.value();
    edited.expectedAttendance = 180;
    edited.links << SessionLink{QStringLiteral("https://example.org/slides"), QStringLiteral("Slides")};
    REQUIRE(file.sessions().update(edited).ok());
    CHECK(file.sessions().byId(edited.id).value() == edited);
    REQUIRE(file.settings().setValue(QStringLiteral("programme/snapMinutes"), QStringLiteral("10")).ok());
    CHECK(file.settings().value(QStringLiteral("programme/snapMinutes")) == QStringLiteral("10"));
}

TEST_CASE("A version 4 file gains what schedules carry, and keeps the day change its import stored")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v4.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);
    {
        // Steps 2 to 4 as Podium 4 ran them, and the setting its schedule import wrote.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const Schema::Step &step : Schema::steps())
            if (step.version >= 2 && step.version <= 4)
                for (const QString &sql : step.statementsFor(SqlDialect::Kind::SQLite))
                    REQUIRE(q.exec(sql));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('schedule/dayChange', '05:00')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v4"));

    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    EventFile &file = *opened.value();
    CHECK(file.openedVersion() == 4);
    CHECK(file.schemaVersion() == Schema::currentVersion());
    Event event = file.event().load().value();
    CHECK(event.dayChange == QTime(5, 0));
    CHECK(event.city.isEmpty());
    CHECK(file.settings().value(QStringLiteral("schedule/dayChange")).isEmpty()); // moved, not copied
    CHECK(ProgrammeDayRepository(file).all().value().isEmpty());

    Session session = file.sessions().byGuid(QStringLiteral("a3c5e0f2-1b7d-4c1e-9f43-2d5b8e6a7c10")).value();
    CHECK_FALSE(session.recordingOptOut);
    CHECK(session.url.isEmpty());
    CHECK(session.typeText() == toKey(session.type));
    // The new fields are stored and read back.
    session.recordingOptOut = true;
    session.url = QStringLiteral("https://example.org/talk");
    session.slug = QStringLiteral("imi-1-patients");
    session.typeName = QStringLiteral("Vortrag");
    session.links << SessionLink{QStringLiteral("https://example.org/v.webm"), QStringLiteral("Video"), {}};
    session.attachments << SessionLink{QStringLiteral("https://example.org/s.pdf"), QStringLiteral("Slides"),
                                       QStringLiteral("slides")};
    REQUIRE(file.sessions().update(session).ok());
    CHECK(file.sessions().byId(session.id).value() == session);
    CHECK(file.sessions().all().value().contains(session));
    event.city = QStringLiteral("Luxembourg");
    event.url = QStringLiteral("https://example.org");
    event.dayChange = QTime(6, 0);
    REQUIRE(file.event().save(event).ok());
    CHECK(file.event().load().value() == event);
    const QList<ProgrammeDay> days{{QDate(2018, 12, 14), QDateTime(QDate(2018, 12, 14), QTime(8, 0), Qt::UTC),
                                    QDateTime(QDate(2018, 12, 15), QTime(5, 0), Qt::UTC)}};
    REQUIRE(ProgrammeDayRepository(file).replaceAll(days).ok());
    CHECK(ProgrammeDayRepository(file).all().value() == days);
}

TEST_CASE("A new event changes programme day at 04:00")
{
    test::TempDir dir;
    Event event;
    event.name = QStringLiteral("New");
    auto created = EventFile::create(dir.path(QStringLiteral("new.podium")), event);
    REQUIRE(created.ok());
    CHECK(created.value()->event().load().value().dayChange == QTime(4, 0));
}

TEST_CASE("Migration steps run in order and each sets the file's version")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("steps.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);
    EventFile::OpenOptions noUpgrade;
    noUpgrade.upgrade = false;
    const QByteArray before = test::sha256(path);
    auto refused = EventFile::open(path, noUpgrade);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("older version")));
    CHECK(test::sha256(path) == before);

    std::vector<int> versions;
    for (const Schema::Step &step : Schema::steps())
        versions.push_back(step.version);
    for (size_t i = 0; i < versions.size(); ++i)
        CHECK(versions[i] == int(i) + 1);
}

TEST_CASE("A read-only version 1 file is refused, not half-upgraded")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old-readonly.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = test::sha256(path);
    auto opened = EventFile::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().contains(QStringLiteral("cannot be written")));
    CHECK(test::sha256(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A file from before availability and constraints is upgraded: everyone available, nothing constrained")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("before-rules.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);
    // The step that brought availability (found by what it creates, so renumbering keeps the test).
    int rulesStep = 0;
    for (const Schema::Step &step : Schema::steps())
        if (step.statementsFor(SqlDialect::Kind::SQLite).join(QLatin1Char(' ')).contains(QLatin1String("CREATE TABLE availability")))
            rulesStep = step.version;
    REQUIRE(rulesStep > 1);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("before-rules"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const Schema::Step &step : Schema::steps())
            if (step.version >= 2 && step.version < rulesStep)
                for (const QString &sql : step.statementsFor(SqlDialect::Kind::SQLite))
                    REQUIRE(q.exec(sql));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(rulesStep - 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("before-rules"));

    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    EventFile &file = *opened.value();
    CHECK(file.openedVersion() == rulesStep - 1);
    CHECK(file.schemaVersion() == Schema::currentVersion());
    auto rules = SchedulingRulesRepository(file).load();
    REQUIRE(rules.ok());
    CHECK(rules->people.isEmpty());
    CHECK(rules->sessions.isEmpty());
    CHECK(rules->event.isEmpty());
    // The sessions the old file had can be constrained, its people limited.
    const QList<Session> sessions = file.sessions().all().value();
    REQUIRE(sessions.size() == 1);
    Session later;
    later.title = QStringLiteral("Closing remarks");
    const SessionId laterId = file.sessions().insert(later).value();
    SessionConstraints c;
    c.sessionId = laterId;
    c.follows = {sessions[0].id};
    c.seatsFrom = SeatsFrom::ExpectedAudience;
    REQUIRE(ConstraintRepository(file).setSession(c).ok());
    CHECK(ConstraintRepository(file).ofSession(c.sessionId).value() == c);
    const PersonId person = file.people().all().value().value(0).id;
    Availability a;
    a.spans = {{QDateTime(QDate(2018, 12, 14), QTime(8, 0), Qt::UTC), QDateTime(QDate(2018, 12, 14), QTime(11, 0), Qt::UTC),
                AvailabilityKind::Preferred}};
    REQUIRE(AvailabilityRepository(file).setPerson(person, a).ok());
    CHECK(AvailabilityRepository(file).ofPerson(person).value() == a);
}

TEST_CASE("A file from before designs is upgraded with none, and takes one")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("before-designs.podium"));
    buildFromSql(test::fixture(QStringLiteral("v1-event.sql")), path);
    auto opened = EventFile::open(path);
    REQUIRE(opened.ok());
    const DesignRepository designs(*opened.value());
    CHECK(designs.names().value().isEmpty());
    CHECK(designs.images().value().isEmpty());
    REQUIRE(designs.save(Design::standardBadge(QSizeF(90, 55))).ok());
    CHECK(designs.names().value() == QStringList{Design::standardName()});
}
