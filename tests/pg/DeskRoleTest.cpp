// What a door desk writes on the server (issue 18, point 4), enforced by PostgreSQL for the desk
// role: the one-statement check-in through its view, and the double check-ins a desk back from an
// outage records; as the desk login itself, through psql.
#include "storage/postgres/EventRoles.h"
#include "support/ServerTestEvent.h"

using Role = EventRoles::Role;
using namespace test;

TEST_CASE("A desk login checks in with one statement that only one desk wins, and records double check-ins", "[server]")
{
    auto [event, schema, admin] = createRolesTestEvent(QStringLiteral("door"));
    const QString desk = login(QStringLiteral("desk"));
    const QString viewer = login(QStringLiteral("viewer"));
    requireOk(EventRoles::grant(admin, event, Role::Desk, desk));
    requireOk(EventRoles::grant(admin, event, Role::Viewer, viewer));
    const QString base = EventRoles::quoted(schema);
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Desk));

    // DoorRepository's statement, as the desk: the first desk gets the row back, the second nothing.
    const QString checkIn = QStringLiteral(
        "UPDATE %1.participant SET checked_in_utc = '%2', desk = '%3', version = version + 1 "
        "WHERE code = 'BEA-1' AND checked_in_utc IS NULL RETURNING id");
    const test::CliRun first = psqlAs(desk, checkIn.arg(views, QStringLiteral("2018-12-14T08:11:03Z"), QStringLiteral("2")));
    INFO(first.err);
    CHECK(first.exitCode == 0);
    CHECK(first.out == QLatin1String("1"));
    const test::CliRun second = psqlAs(desk, checkIn.arg(views, QStringLiteral("2018-12-14T08:12:40Z"), QStringLiteral("4")));
    CHECK(second.exitCode == 0);
    CHECK(second.out.isEmpty());
    // Then who and when, for the desk that lost.
    CHECK(psqlAs(desk, QStringLiteral("SELECT checked_in_utc, desk FROM %1.participant WHERE code = 'BEA-1'").arg(views)).out
          == QLatin1String("2018-12-14T08:11:03Z|2"));

    // A desk back from an outage records the double check-in, and may do nothing else with it.
    const test::CliRun recorded = psqlAs(desk, QStringLiteral(
        "INSERT INTO %1.double_checkin (id, participant_id, queued_desk, queued_utc, other_desk, other_utc, reported_utc) "
        "VALUES (1, 1, '4', '2018-12-14T08:12:40Z', '2', '2018-12-14T08:11:03Z', '2018-12-14T09:00:00Z')").arg(views));
    INFO(recorded.err);
    CHECK(recorded.exitCode == 0);
    CHECK(psqlAs(desk, QStringLiteral("SELECT queued_desk, other_desk FROM %1.double_checkin").arg(views)).out
          == QLatin1String("4|2"));
    CHECK(psqlAs(desk, QStringLiteral("UPDATE %1.double_checkin SET other_desk = 'x'").arg(views)).exitCode != 0);
    CHECK(psqlAs(desk, QStringLiteral("DELETE FROM %1.double_checkin").arg(views)).exitCode != 0);
    CHECK(psqlAs(desk, QStringLiteral("SELECT count(*) FROM %1.double_checkin").arg(base)).exitCode != 0);
    // A viewer sees none of the door.
    const QString viewerViews = EventRoles::quoted(EventRoles::viewSchema(schema, Role::Viewer));
    CHECK(psqlAs(viewer, QStringLiteral("SELECT count(*) FROM %1.double_checkin").arg(viewerViews)).out == QLatin1String("0"));
    CHECK(psqlAs(viewer, QStringLiteral("INSERT INTO %1.double_checkin (id, participant_id, queued_utc, other_utc, reported_utc) "
                                        "VALUES (2, 1, 'a', 'b', 'c')").arg(viewerViews)).exitCode != 0);
}
