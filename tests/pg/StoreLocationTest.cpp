// Where an event is (StoreLocation): a file path or a server URI naming the event. No server needed.
#include "storage/StoreLocation.h"
#include "support/TestSupport.h"

TEST_CASE("A path is a file location, a postgresql:// or postgres:// URI a server one")
{
    const StoreLocation file = StoreLocation::parse(QStringLiteral("/home/ada/imi 2018.podium"));
    CHECK_FALSE(file.isServer());
    CHECK(file.path() == QLatin1String("/home/ada/imi 2018.podium"));
    CHECK(file.uri().isEmpty());
    CHECK(file.event().isEmpty());
    CHECK(file.withoutPassword() == file.path());

    for (const char *text : {"postgresql://alice@db.example.org/podium?event=imi-2018",
                             "postgres://alice@db.example.org/podium?event=imi-2018",
                             "PostgreSQL://alice@db.example.org/podium?event=imi-2018"}) {
        const StoreLocation server = StoreLocation::parse(QString::fromLatin1(text));
        CHECK(server.isServer());
        CHECK(server.path().isEmpty());
        CHECK(server.uri() == QLatin1String(text));
        CHECK(server.event() == QLatin1String("imi-2018"));
    }
    // A file that merely mentions a URI is still a file.
    CHECK_FALSE(StoreLocation::parse(QStringLiteral("./postgresql://x.podium")).isServer());
}

TEST_CASE("A server location's event is decoded, and can be changed or added")
{
    const StoreLocation socket = StoreLocation::parse(
        QStringLiteral("postgresql://alice@/podium?host=/run/postgresql&event=Pharma%20meets%20Academia&sslmode=disable"));
    CHECK(socket.event() == QLatin1String("Pharma meets Academia"));
    CHECK(socket.withEvent(QStringLiteral("imi-2019"))
          == QLatin1String("postgresql://alice@/podium?host=/run/postgresql&sslmode=disable&event=imi-2019"));
    CHECK(StoreLocation::parse(socket.withEvent(QStringLiteral("Journées 2019"))).event()
          == QStringLiteral("Journées 2019"));
    CHECK(socket.serverOnly() == QLatin1String("postgresql://alice@/podium?host=/run/postgresql&sslmode=disable"));

    const StoreLocation none = StoreLocation::parse(QStringLiteral("postgresql://db.example.org/podium"));
    CHECK(none.event().isEmpty());
    CHECK(none.withEvent(QStringLiteral("a&b")) == QLatin1String("postgresql://db.example.org/podium?event=a%26b"));
    CHECK(StoreLocation::parse(none.withEvent(QStringLiteral("a&b"))).event() == QLatin1String("a&b"));
}

TEST_CASE("A location shown to people never carries the password")
{
    const StoreLocation inUserInfo =
        StoreLocation::parse(QStringLiteral("postgresql://alice:s3cret@db.example.org:5433/podium?event=imi"));
    CHECK(inUserInfo.uri().contains(QLatin1String("s3cret"))); // what libpq gets
    CHECK(inUserInfo.withoutPassword() == QLatin1String("postgresql://alice@db.example.org:5433/podium?event=imi"));
    CHECK_FALSE(inUserInfo.serverOnly().contains(QLatin1String("s3cret")));

    const StoreLocation inQuery =
        StoreLocation::parse(QStringLiteral("postgresql://db.example.org/podium?user=alice&password=s3cret&event=imi"));
    CHECK(inQuery.withoutPassword() == QLatin1String("postgresql://db.example.org/podium?user=alice&event=imi"));
    CHECK(inQuery.event() == QLatin1String("imi"));
}
