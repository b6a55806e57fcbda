// The throwaway test cluster itself (tests/pg/pg-cluster.sh): what the server tests rely on.
#include "support/StoreUnderTest.h"

TEST_CASE("The test cluster is PostgreSQL 15 on a Unix socket only", "[server]")
{
    const test::CliRun version = test::psql(QStringLiteral("SHOW server_version_num"));
    INFO(version.err);
    REQUIRE(version.exitCode == 0);
    CHECK(version.out.toInt() / 10000 == 15);
    const test::CliRun tcp = test::psql(QStringLiteral("SHOW listen_addresses"));
    REQUIRE(tcp.exitCode == 0);
    CHECK(tcp.out.isEmpty());
    CHECK(test::serverUri().contains(QLatin1String("host=/")));
}

TEST_CASE("The test cluster asks every role but the admin for its password", "[server]")
{
    const QString role = test::uniqueEventName(QStringLiteral("login")).replace(QLatin1Char('-'), QLatin1Char('_'));
    REQUIRE(test::psql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right horse'").arg(role)).exitCode == 0);
    const QString uri = test::serverEventUri(QStringLiteral("none"), role);

    const test::CliRun wrong = test::psql(QStringLiteral("SELECT current_user"), uri, QStringLiteral("wrong"));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.contains(QLatin1String("password authentication failed")));

    const test::CliRun right = test::psql(QStringLiteral("SELECT current_user"), uri, QStringLiteral("right horse"));
    INFO(right.err);
    CHECK(right.exitCode == 0);
    CHECK(right.out == role);

    const test::CliRun stored = test::psql(
        QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '%1'").arg(role));
    CHECK(stored.out == QLatin1String("SCRAM-SHA-256$"));
    test::psql(QStringLiteral("DROP ROLE %1").arg(role));
}
