// Issue 18 on the server: PostgreSQL itself refuses an edit of a stale row, records every change
// (psql's too, under the login's name) and announces it to the other connections
// (ChangeLogSchema::postgresTriggers, ServerNotifications). Checked on an event's tables made by
// the schema's own steps, through raw connections, as a colleague's psql or another Podium would.
#include "storage/ChangeLogSchema.h"
#include "storage/EventStore.h"
#include "storage/SessionRepository.h"
#include "storage/StoreLocation.h"
#include "storage/StoreOpener.h"
#include "storage/postgres/EventRoles.h"
#include "storage/postgres/PostgresStore.h"
#include "storage/postgres/ServerNotifications.h"
#include "support/ServerTestEvent.h"
#include "util/ChangeAuthor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace test;

namespace {
QString exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return {};
    return q.lastError().text();
}

QStringList rows(const QString &sql)
{
    const CliRun run = psql(sql);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.isEmpty() ? QStringList() : run.out.split(QLatin1Char('\n'));
}

// Waits (at most ten seconds: a loaded machine) for the listener to report.
QList<StoreChange> nextChanges(QSignalSpy &spy)
{
    if (spy.isEmpty())
        spy.wait(10000);
    REQUIRE_FALSE(spy.isEmpty());
    return spy.takeFirst().at(0).value<QList<StoreChange>>();
}
} // namespace

TEST_CASE("Announced changes merge per table, a table announced whole stays whole")
{
    const QList<StoreChange> changes = ServerNotifications::parse(
        {QStringLiteral("session:3,4"), QStringLiteral("participant:7"), QStringLiteral("session:4,5"),
         QStringLiteral("setting:*"), QStringLiteral("person:*"), QStringLiteral("person:9"), QStringLiteral("nonsense"),
         QStringLiteral("room:x")});
    REQUIRE(changes.size() == 5);
    CHECK(changes[0].table == QLatin1String("session"));
    CHECK(changes[0].ids == QList<qint64>{3, 4, 5});
    CHECK(changes[1].table == QLatin1String("participant"));
    CHECK(changes[1].ids == QList<qint64>{7});
    CHECK(changes[2].table == QLatin1String("setting"));
    CHECK(changes[2].wholeTable());
    CHECK(changes[3].table == QLatin1String("person"));
    CHECK(changes[3].wholeTable());
    CHECK(changes[4].table == QLatin1String("room")); // unreadable ids: the whole table
    CHECK(changes[4].wholeTable());
}

TEST_CASE("The server refuses an edit of a stale row and records who changed which field", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("history"));
    const QString schema = QStringLiteral("ev_") + event;
    QSqlDatabase alice = connectAs(event);
    createEvent(alice, schema);
    const QString table = EventRoles::quoted(schema) + QStringLiteral(".session");
    REQUIRE(exec(alice, QStringLiteral("SELECT set_config('podium.author', 'alice', false), "
                                       "set_config('podium.desk', 'Desk 2', false)")).isEmpty());

    // Alice moves the keynote and renames it in one transaction: one change set, a row per field.
    REQUIRE(alice.transaction());
    CHECK(exec(alice, QStringLiteral("UPDATE %1 SET start_utc = '2018-12-14T10:00:00Z', title = 'Opening keynote', "
                                     "version = version + 1 WHERE id = 1 AND version = 1").arg(table)).isEmpty());
    REQUIRE(alice.commit());
    // A client that still holds version 1 and says so is refused by the server, whatever its SQL.
    const QString stale = exec(alice, QStringLiteral("UPDATE %1 SET title = 'Keynote!', version = 2 WHERE id = 1").arg(table));
    CHECK(stale.contains(ChangeLogSchema::staleMarker()));
    const QString unversioned = exec(alice, QStringLiteral("UPDATE %1 SET title = 'Keynote!' WHERE id = 1").arg(table));
    CHECK(unversioned.contains(ChangeLogSchema::staleMarker()));
    CHECK(rows(QStringLiteral("SELECT title, version FROM %1").arg(table)) == QStringList{QStringLiteral("Opening keynote|2")});

    // A colleague with psql and a login of their own, without saying who they are: their login.
    const QString bob = login(QStringLiteral("bob"));
    REQUIRE(psql(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2; GRANT SELECT, UPDATE ON %3 TO %2")
                     .arg(EventRoles::quoted(schema), bob, table))
                .exitCode == 0);
    const CliRun byPsql = psqlAs(bob, QStringLiteral("UPDATE %1 SET duration_min = 45, version = version + 1 WHERE id = 1").arg(table));
    INFO(byPsql.err.toStdString());
    REQUIRE(byPsql.exitCode == 0);

    const QStringList log = rows(QStringLiteral(
        "SELECT change_set = (SELECT min(id) FROM %1.change_log c2 WHERE c2.change_set = c.change_set), author, "
        "COALESCE(desk, '-'), row_version, kind, field, old_value, new_value FROM %1.change_log c "
        "WHERE table_name = 'session' AND kind = 'update' ORDER BY id").arg(EventRoles::quoted(schema)));
    CHECK(log == QStringList{
        QStringLiteral("t|alice|Desk 2|2|update|title|Keynote|Opening keynote"),
        QStringLiteral("t|alice|Desk 2|2|update|start_utc||2018-12-14T10:00:00Z"),
        QStringLiteral("t|%1|-|3|update|duration_min|30|45").arg(bob),
    });
    // Alice's two fields are one change set, Bob's another.
    CHECK(rows(QStringLiteral("SELECT count(DISTINCT change_set) FROM %1.change_log WHERE kind = 'update'")
                   .arg(EventRoles::quoted(schema)))
          == QStringList{QStringLiteral("2")});
    // A new session and a deleted one are recorded by their title, as in a file.
    REQUIRE(exec(alice, QStringLiteral("INSERT INTO %1 (id, guid, title) VALUES (2, 's2', 'Panel')").arg(table)).isEmpty());
    REQUIRE(exec(alice, QStringLiteral("DELETE FROM %1 WHERE id = 2").arg(table)).isEmpty());
    CHECK(rows(QStringLiteral("SELECT kind, COALESCE(old_value, '-'), COALESCE(new_value, '-'), author FROM %1.change_log "
                              "WHERE row_id = 2 AND table_name = 'session' ORDER BY id").arg(EventRoles::quoted(schema)))
          == QStringList{QStringLiteral("insert|-|Panel|alice"), QStringLiteral("delete|Panel|-|alice")});
}

TEST_CASE("A desk's check-in through its views is recorded under its login, which cannot write the history itself", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("deskhistory"));
    const QString schema = QStringLiteral("ev_") + event;
    QSqlDatabase admin = connectAs(event);
    createEvent(admin, schema); // with the event's roles
    const QString desk = login(QStringLiteral("door"));
    requireOk(EventRoles::grant(admin, event, EventRoles::Role::Desk, desk));
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, EventRoles::Role::Desk));
    const CliRun checkIn = psqlAs(desk, QStringLiteral("UPDATE %1.participant SET checked_in_utc = '2018-12-14T08:01:00Z', "
                                                       "desk = 'Door A', version = version + 1 WHERE code = 'BEA-1'")
                                            .arg(views));
    INFO(checkIn.err.toStdString());
    REQUIRE(checkIn.exitCode == 0);
    CHECK(rows(QStringLiteral("SELECT author, field, new_value FROM %1.change_log WHERE table_name = 'participant' ORDER BY id")
                   .arg(EventRoles::quoted(schema)))
          == QStringList{QStringLiteral("%1|checked_in_utc|2018-12-14T08:01:00Z").arg(desk),
                         QStringLiteral("%1|desk|Door A").arg(desk)});
    // The desk reads that (its view shows check-ins) but cannot forge an entry.
    CHECK(psqlAs(desk, QStringLiteral("SELECT count(*) FROM %1.change_log").arg(views)).out == QLatin1String("2"));
    CHECK(psqlAs(desk, QStringLiteral("INSERT INTO %1.change_log (changed_utc, table_name, row_id, kind) "
                                      "VALUES ('x', 'participant', 1, 'update')").arg(views))
              .exitCode != 0);
}

TEST_CASE("A commit is announced to the other connections with the rows it changed", "[server]")
{
    const QString event = uniqueEventName(QStringLiteral("notify"));
    const QString schema = QStringLiteral("ev_") + event;
    QSqlDatabase writer = connectAs(event);
    createEvent(writer, schema);
    QSqlDatabase reader = connectAs(event + QStringLiteral("-reader"));
    ServerNotifications notifications(reader, schema);
    REQUIRE(notifications.isListening());
    QSignalSpy spy(&notifications, &ServerNotifications::changed);
    const QString base = EventRoles::quoted(schema);

    // One transaction, two rows and a setting: one delivery, each table once.
    REQUIRE(writer.transaction());
    REQUIRE(exec(writer, QStringLiteral("UPDATE %1.session SET title = 'Opening', version = version + 1 WHERE id = 1").arg(base)).isEmpty());
    REQUIRE(exec(writer, QStringLiteral("UPDATE %1.participant SET notes = 'VVIP', version = version + 1 WHERE id = 1").arg(base)).isEmpty());
    REQUIRE(exec(writer, QStringLiteral("UPDATE %1.session SET duration_min = 30, version = version + 1 WHERE id = 1").arg(base)).isEmpty());
    REQUIRE(exec(writer, QStringLiteral("INSERT INTO %1.setting (key, value) VALUES ('k', 'v')").arg(base)).isEmpty());
    // Nothing before the commit.
    QTest::qWait(200);
    CHECK(spy.isEmpty());
    REQUIRE(writer.commit());
    const QList<StoreChange> first = nextChanges(spy);
    REQUIRE(first.size() == 3);
    CHECK(first[0].table == QLatin1String("session"));
    CHECK(first[0].ids == QList<qint64>{1});
    CHECK(first[1].table == QLatin1String("participant"));
    CHECK(first[1].ids == QList<qint64>{1});
    CHECK(first[2].table == QLatin1String("setting"));
    CHECK(first[2].wholeTable());

    // Many rows at once: the table, not a list of 200 ids.
    REQUIRE(exec(writer, QStringLiteral("INSERT INTO %1.session (id, guid, title) SELECT g, 'g' || g, 't' || g "
                                        "FROM generate_series(100, 299) g").arg(base)).isEmpty());
    const QList<StoreChange> bulk = nextChanges(spy);
    REQUIRE(bulk.size() == 1);
    CHECK(bulk[0].table == QLatin1String("session"));
    CHECK(bulk[0].wholeTable());

    // A rolled-back edit says nothing; the reader's own edits are not announced back to it.
    REQUIRE(writer.transaction());
    REQUIRE(exec(writer, QStringLiteral("DELETE FROM %1.session WHERE id >= 100").arg(base)).isEmpty());
    REQUIRE(writer.rollback());
    REQUIRE(exec(reader, QStringLiteral("UPDATE %1.room SET name = 'Aula', version = version + 1 WHERE id = 1").arg(base)).isEmpty());
    REQUIRE(exec(writer, QStringLiteral("UPDATE %1.track SET name = name WHERE false").arg(base)).isEmpty());
    REQUIRE(exec(writer, QStringLiteral("DELETE FROM %1.session WHERE id = 100").arg(base)).isEmpty());
    const QList<StoreChange> last = nextChanges(spy);
    REQUIRE(last.size() == 1);
    CHECK(last[0].table == QLatin1String("session"));
    CHECK(last[0].ids == QList<qint64>{100});
    QTest::qWait(200);
    CHECK(spy.isEmpty());
}

namespace {
// A Podium process holding one session open (tests/pg/SessionEditorProcess.cpp).
class SessionEditor
{
public:
    SessionEditor(const QString &location, SessionId id, const QString &author)
    {
        m_process.start(QStringLiteral(PODIUM_SESSION_EDITOR), {location, QString::number(id), author});
        REQUIRE(m_process.waitForStarted());
        const QString first = next();
        INFO(m_process.readAllStandardError().toStdString());
        REQUIRE(first.startsWith(QLatin1String("read ")));
    }
    ~SessionEditor()
    {
        m_process.write("quit\n");
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    QString say(const QString &line)
    {
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        return next();
    }

private:
    QString next()
    {
        while (!m_process.canReadLine())
            if (!m_process.waitForReadyRead(60000))
                return QString::fromUtf8(m_process.readAllStandardError());
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    QProcess m_process;
};

SessionId firstScheduledSession(const QString &location)
{
    auto store = StoreOpener::open(location);
    REQUIRE(store);
    for (const Session &s : store.value()->sessions().all().value())
        if (s.start.isValid())
            return s.id;
    FAIL("the demo has no scheduled session");
    return 0;
}
} // namespace

TEST_CASE("Two processes edit one session on the server: the stale edit is refused, the fresh one applied, history holds both", "[server]")
{
    TempDir dir;
    const QString location = publishDemo(dir, QStringLiteral("twoeditors"));
    const SessionId id = firstScheduledSession(location);
    SessionEditor alice(location, id, QStringLiteral("alice"));
    SessionEditor bob(location, id, QStringLiteral("bob"));

    CHECK(alice.say(QStringLiteral("move 30")).startsWith(QLatin1String("ok ")));
    const QString refused = bob.say(QStringLiteral("title Keynote (new title)"));
    INFO(refused.toStdString());
    CHECK(refused.startsWith(QLatin1String("refused Changed by alice at ")));
    CHECK(refused.contains(QStringLiteral(" → ")));
    // With the current values, Bob's edit goes through and keeps Alice's move.
    CHECK(bob.say(QStringLiteral("reload")).startsWith(QLatin1String("read ")));
    CHECK(bob.say(QStringLiteral("title Keynote (new title)")).startsWith(QLatin1String("ok ")));

    const CliRun history = runCli({QStringLiteral("history"), location, QStringLiteral("--table"), QStringLiteral("session"),
                                   QStringLiteral("--id"), QString::number(id), QStringLiteral("--json")});
    INFO(history.err.toStdString());
    REQUIRE(history.exitCode == 0);
    const QJsonArray entries = QJsonDocument::fromJson(history.out.toUtf8()).array();
    QStringList seen;
    for (const QJsonValue &e : entries)
        if (e[QLatin1String("kind")].toString() == QLatin1String("update"))
            seen << e[QLatin1String("author")].toString() + QLatin1Char(' ') + e[QLatin1String("field")].toString();
    CHECK(seen == QStringList{QStringLiteral("alice start_utc"), QStringLiteral("bob title")});
    // --since after both: nothing.
    const CliRun later = runCli({QStringLiteral("history"), location, QStringLiteral("--since"),
                                 QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate), QStringLiteral("--json")});
    REQUIRE(later.exitCode == 0);
    CHECK(QJsonDocument::fromJson(later.out.toUtf8()).array().isEmpty());
}

TEST_CASE("An edit made with psql on a server event is in podium-cli history under the login's name", "[server]")
{
    TempDir dir;
    const QString location = publishDemo(dir, QStringLiteral("psqledit"));
    const SessionId id = firstScheduledSession(location);
    QString schema;
    {
        auto store = StoreOpener::open(location);
        REQUIRE(store);
        auto *server = dynamic_cast<PostgresStore *>(store.value().get());
        REQUIRE(server);
        schema = server->eventSchema();
    }
    const QString carol = login(QStringLiteral("carol"));
    const QString event = StoreLocation::parse(location).event();
    const CliRun grant = runCli({QStringLiteral("server"), QStringLiteral("grant"), location, QStringLiteral("--role"),
                                 QStringLiteral("organiser"), carol});
    INFO(grant.err.toStdString());
    REQUIRE(grant.exitCode == 0);
    const CliRun edit = psqlAs(carol, QStringLiteral("UPDATE %1.session SET title = 'Renamed in psql', version = version + 1 "
                                                     "WHERE id = %2").arg(EventRoles::quoted(schema)).arg(id));
    INFO(edit.err.toStdString());
    REQUIRE(edit.exitCode == 0);
    const CliRun history = runCli({QStringLiteral("history"), location});
    INFO(history.out.toStdString());
    CHECK(history.out.contains(carol));
    CHECK(history.out.contains(QLatin1String("Renamed in psql")));
}

TEST_CASE("A name or desk changed in Preferences while a server event is open signs the next change", "[server]")
{
    TempDir dir;
    const QString location = publishDemo(dir, QStringLiteral("renamed"));
    const SessionId id = firstScheduledSession(location);
    ChangeAuthor::setCurrent({QStringLiteral("alice"), QStringLiteral("Desk 1")});
    auto store = StoreOpener::open(location);
    REQUIRE(store);
    const EventStore &event = *store.value();
    const auto retitle = [&](const QString &title) {
        Session session = event.sessions().byId(id).value();
        session.title = title;
        requireOk(event.sessions().update(session));
    };
    retitle(QStringLiteral("Signed by Alice"));
    // Preferences saved while the event stays open: no reopening.
    ChangeAuthor::setCurrent({QStringLiteral("Alice Martin"), QStringLiteral("Desk 2")});
    retitle(QStringLiteral("Signed by Alice Martin"));
    ChangeAuthor::setCurrent({});

    const auto *server = dynamic_cast<const PostgresStore *>(&event);
    REQUIRE(server);
    CHECK(rows(QStringLiteral("SELECT new_value || '|' || author || '|' || desk FROM %1.change_log "
                              "WHERE table_name = 'session' AND field = 'title' ORDER BY id")
                   .arg(EventRoles::quoted(server->eventSchema())))
          == QStringList{QStringLiteral("Signed by Alice|alice|Desk 1"),
                         QStringLiteral("Signed by Alice Martin|Alice Martin|Desk 2")});
}
