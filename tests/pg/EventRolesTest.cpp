// The three roles of an event on the server (issue 17, point 3), enforced by PostgreSQL itself:
// checked through psql as each login, the way a colleague could try it, and through what the
// store asks before showing the GUI (EventRoles::accessOf).
#include "storage/postgres/EventRoles.h"
#include "support/ServerTestEvent.h"


using Role = EventRoles::Role;
using namespace test;

TEST_CASE("A desk login reads names and checks in, and the server refuses it e-mails and everything else", "[server]")
{
    auto [event, schema, admin] = createRolesTestEvent(QStringLiteral("roles"));
    requireOk(EventRoles::setUp(admin, schema, event)); // again: idempotent

    const QString desk = login(QStringLiteral("desk"));
    requireOk(EventRoles::grant(admin, event, Role::Desk, desk));
    const QString base = EventRoles::quoted(schema);
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Desk));

    // psql, as a colleague at the door could: the event's own tables are closed.
    const test::CliRun email = psqlAs(desk, QStringLiteral("SELECT email FROM %1.person").arg(base));
    CHECK(email.exitCode != 0);
    CHECK(email.err.contains(QLatin1String("permission denied")));
    CHECK(psqlAs(desk, QStringLiteral("SELECT dietary FROM %1.participant").arg(base)).exitCode != 0);
    // Its views: names and codes, e-mail, phone, dietary, accessibility and notes empty.
    const test::CliRun names = psqlAs(desk, QStringLiteral(
        "SELECT p.first_name, p.last_name, p.email, p.phone, r.code, r.dietary, r.accessibility, r.notes "
        "FROM %1.participant r JOIN %1.person p ON p.id = r.person_id").arg(views));
    INFO(names.err);
    CHECK(names.out == QLatin1String("Bea|Attendee|||BEA-1|||"));
    CHECK(psqlAs(desk, QStringLiteral("SELECT count(*) FROM %1.person WHERE email <> ''").arg(views)).out == QLatin1String("0"));
    CHECK(psqlAs(desk, QStringLiteral("SELECT count(*) FROM %1.availability WHERE person_id IS NOT NULL").arg(views)).out
          == QLatin1String("0"));
    // Checking in writes the check-in time, and nothing else can be written.
    const test::CliRun checkIn = psqlAs(desk, QStringLiteral(
        "UPDATE %1.participant SET checked_in_utc = '2018-12-14T08:01:00Z', version = version + 1 "
        "WHERE code = 'BEA-1'").arg(views));
    INFO(checkIn.err);
    CHECK(checkIn.exitCode == 0);
    CHECK(test::psql(QStringLiteral("SELECT checked_in_utc FROM %1.participant").arg(base)).out
          == QLatin1String("2018-12-14T08:01:00Z"));
    for (const QString &sql : {QStringLiteral("UPDATE %1.participant SET notes = 'x'"),
                               QStringLiteral("UPDATE %1.participant SET status = 'cancelled'"),
                               QStringLiteral("UPDATE %1.person SET email = 'x@example.org'"),
                               QStringLiteral("DELETE FROM %1.participant"),
                               QStringLiteral("INSERT INTO %1.session (id, guid, title) VALUES (9, 'g', 't')"),
                               QStringLiteral("UPDATE %1.session SET title = 'x'")}) {
        INFO(sql.toStdString());
        CHECK(psqlAs(desk, sql.arg(views)).exitCode != 0);
    }
    CHECK(test::psql(QStringLiteral("SELECT notes, status FROM %1.participant").arg(base)).out
          == QLatin1String("VIP|registered"));

    // What Podium asks before it shows the event: the desk, reading its views, checking in only.
    QSqlDatabase asDesk = connectAs(event + QStringLiteral("-desk"), desk, QStringLiteral("pw-") + desk);
    const auto access = EventRoles::accessOf(asDesk, schema, event);
    INFO(access.error().toStdString());
    REQUIRE(access);
    CHECK(access->role == Role::Desk);
    CHECK(access->schema == EventRoles::viewSchema(schema, Role::Desk));
    CHECK(access->checkIn);
    CHECK(access->seeParticipants);
    CHECK_FALSE(access->editProgramme);
    CHECK_FALSE(access->editParticipants);
    CHECK_FALSE(access->seeContactDetails);
    CHECK(EventRoles::refusal(Role::Desk).contains(QLatin1String("check people in")));

    // Revoked: nothing at all.
    requireOk(EventRoles::revoke(admin, event, Role::Desk, desk));
    CHECK(psqlAs(desk, QStringLiteral("SELECT count(*) FROM %1.person").arg(views)).exitCode != 0);
    const auto none = EventRoles::accessOf(asDesk, schema, event);
    CHECK_FALSE(none);
    CHECK(none.error().contains(QLatin1String("server grant")));
}

TEST_CASE("A viewer login reads the programme and its speakers without personal data", "[server]")
{
    auto [event, schema, admin] = createRolesTestEvent(QStringLiteral("roles"));
    const QString viewer = login(QStringLiteral("viewer"));
    requireOk(EventRoles::grant(admin, event, Role::Viewer, viewer));
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Viewer));

    CHECK(psqlAs(viewer, QStringLiteral("SELECT title FROM %1.session").arg(views)).out == QLatin1String("Keynote"));
    // People only as speakers, without contact details; no registrations at all.
    CHECK(psqlAs(viewer, QStringLiteral("SELECT first_name, email, phone FROM %1.person").arg(views)).out
          == QLatin1String("Ada||"));
    CHECK(psqlAs(viewer, QStringLiteral("SELECT count(*) FROM %1.participant").arg(views)).out == QLatin1String("0"));
    // Rooms' availability, not people's.
    CHECK(psqlAs(viewer, QStringLiteral("SELECT count(*), count(room_id) FROM %1.availability").arg(views)).out
          == QLatin1String("1|1"));
    CHECK(psqlAs(viewer, QStringLiteral("SELECT email FROM %1.person").arg(EventRoles::quoted(schema))).exitCode != 0);
    CHECK(psqlAs(viewer, QStringLiteral("UPDATE %1.session SET title = 'x'").arg(views)).exitCode != 0);

    QSqlDatabase asViewer = connectAs(event + QStringLiteral("-viewer"), viewer, QStringLiteral("pw-") + viewer);
    const auto access = EventRoles::accessOf(asViewer, schema, event);
    REQUIRE(access);
    CHECK(access->role == Role::Viewer);
    CHECK_FALSE(access->checkIn);
    CHECK_FALSE(access->seeParticipants);
    CHECK_FALSE(access->editProgramme);
}

TEST_CASE("An organiser login may do everything, migrations included", "[server]")
{
    auto [event, schema, admin] = createRolesTestEvent(QStringLiteral("roles"));
    const QString organiser = login(QStringLiteral("organiser"));
    requireOk(EventRoles::grant(admin, event, Role::Organiser, organiser));
    const QString base = EventRoles::quoted(schema);

    CHECK(psqlAs(organiser, QStringLiteral("SELECT email FROM %1.person WHERE id = 2").arg(base)).out
          == QLatin1String("bea@example.org"));
    CHECK(psqlAs(organiser, QStringLiteral("UPDATE %1.session SET title = 'Opening', version = version + 1").arg(base)).exitCode == 0);
    // A later schema step, run by an organiser, then the views rebuilt for the new column.
    CHECK(psqlAs(organiser, QStringLiteral("ALTER TABLE %1.session ADD COLUMN hashtag TEXT NOT NULL DEFAULT ''").arg(base))
              .exitCode
          == 0);
    QSqlDatabase asOrganiser = connectAs(event + QStringLiteral("-org"), organiser, QStringLiteral("pw-") + organiser);
    requireOk(EventRoles::setUp(asOrganiser, schema, event));
    const QString deskViews = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Desk));
    CHECK(test::psql(QStringLiteral("SELECT hashtag FROM %1.session").arg(deskViews)).exitCode == 0);

    const auto access = EventRoles::accessOf(asOrganiser, schema, event);
    REQUIRE(access);
    CHECK(access->role == Role::Organiser);
    CHECK(access->schema == schema);
    CHECK(access->editProgramme);
    CHECK(access->editParticipants);
    CHECK(access->checkIn);
    CHECK(access->seeContactDetails);

    // Granting to a login that does not exist says so.
    const Status missing = EventRoles::grant(admin, event, Role::Desk, QStringLiteral("nobody_here"));
    CHECK_FALSE(missing);
    CHECK(missing.error().contains(QLatin1String("nobody_here")));
}

TEST_CASE("podium-cli server grant and revoke give a colleague a role, and say why not", "[server]")
{
    auto [event, schema, admin] = createRolesTestEvent(QStringLiteral("grant"));
    const QString colleague = login(QStringLiteral("colleague"));
    const QString uri = test::serverEventUri(event);
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Desk));
    const QString names = QStringLiteral("SELECT first_name FROM %1.person ORDER BY id").arg(views);

    CHECK(psqlAs(colleague, names).exitCode != 0);
    const test::CliRun granted = test::runCli({QStringLiteral("server"), QStringLiteral("grant"), uri,
                                               QStringLiteral("--role"), QStringLiteral("desk"), colleague});
    INFO(granted.err);
    REQUIRE(granted.exitCode == 0);
    CHECK(granted.out.contains(QStringLiteral("%1 now has the desk role for %2").arg(colleague, event)));
    CHECK(psqlAs(colleague, names).out == QLatin1String("Ada\nBea"));

    const test::CliRun revoked = test::runCli({QStringLiteral("server"), QStringLiteral("revoke"), uri,
                                               QStringLiteral("--role"), QStringLiteral("desk"), colleague});
    REQUIRE(revoked.exitCode == 0);
    CHECK(psqlAs(colleague, names).exitCode != 0);

    // Mistakes, each in one sentence with exit 2.
    const test::CliRun badRole = test::runCli({QStringLiteral("server"), QStringLiteral("grant"), uri,
                                               QStringLiteral("--role"), QStringLiteral("boss"), colleague});
    CHECK(badRole.exitCode == 2);
    CHECK(badRole.err.contains(QLatin1String("organiser, desk or viewer")));
    const test::CliRun noLogin = test::runCli({QStringLiteral("server"), QStringLiteral("grant"), uri,
                                               QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("ghost")});
    CHECK(noLogin.exitCode == 2);
    CHECK(noLogin.err.contains(QStringLiteral("no login “ghost”")));
    const test::CliRun noEvent = test::runCli({QStringLiteral("server"), QStringLiteral("grant"),
                                               test::serverEventUri(QStringLiteral("never-set-up")),
                                               QStringLiteral("--role"), QStringLiteral("desk"), colleague});
    CHECK(noEvent.exitCode == 2);
    CHECK(noEvent.err.contains(QLatin1String("server init")));
    // A colleague with the desk role cannot hand out roles.
    requireOk(EventRoles::grant(admin, event, Role::Desk, colleague));
    const test::CliRun byDesk = test::runProgram(
        QStringLiteral("env"), {QStringLiteral("PGPASSWORD=pw-") + colleague, QStringLiteral(PODIUM_CLI),
                                QStringLiteral("server"), QStringLiteral("grant"), test::serverEventUri(event, colleague),
                                QStringLiteral("--role"), QStringLiteral("organiser"), colleague});
    CHECK(byDesk.exitCode == 2);
    CHECK(byDesk.err.contains(QLatin1String("only the event's organisers")));
    const test::CliRun wrongPassword = test::runProgram(
        QStringLiteral("env"), {QStringLiteral("PGPASSWORD=wrong"), QStringLiteral(PODIUM_CLI), QStringLiteral("server"),
                                QStringLiteral("grant"), test::serverEventUri(event, colleague), QStringLiteral("--role"),
                                QStringLiteral("desk"), colleague});
    CHECK(wrongPassword.exitCode == 2);
    CHECK(wrongPassword.err.contains(QLatin1String("refused the password")));
}
