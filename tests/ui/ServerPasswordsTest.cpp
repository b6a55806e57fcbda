// Server passwords kept in the desktop keyring (team mode, File ▸ Open from Server): a real
// Secret Service, a GNOME keyring in a private D-Bus session (tests/support/with-keyring.sh).
#include "support/TestSupport.h"
#include "team/ServerPasswords.h"

#include <QCoreApplication>

namespace {

// The cases run in a child of this executable inside the private keyring session, never
// against the user's own keyring.
bool inTestKeyring()
{
    return qEnvironmentVariable("PODIUM_TEST_KEYRING") == QLatin1String("1");
}

void runInTestKeyring(const QString &testCase)
{
    qputenv("PODIUM_TEST_KEYRING", "1");
    const test::CliRun run = test::runProgram(
        QStringLiteral(PODIUM_SOURCE_DIR "/tests/support/with-keyring.sh"),
        {QCoreApplication::applicationFilePath(), testCase});
    qunsetenv("PODIUM_TEST_KEYRING");
    INFO(run.out.toStdString() << run.err.toStdString());
    REQUIRE(run.exitCode != 77); // dbus and gnome-keyring are test packages in build.sh
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QLatin1String("All tests passed")));
}

QString secretTool(const QStringList &args)
{
    return test::runProgram(QStringLiteral("secret-tool"), args).out.trimmed();
}

} // namespace

TEST_CASE("A server password is kept in the keyring by login and forgotten on request")
{
    if (!inTestKeyring())
        return runInTestKeyring(QStringLiteral("A server password is kept in the keyring by login and forgotten on request"));

    const QString uri = QStringLiteral("postgresql://alice@db.example.org:5433/podium?event=imi-2018&sslmode=require");
    const QString key = ServerPasswords::keyFor(uri);
    // One password for every event of that login: the event and sslmode are not part of it.
    CHECK(key == QLatin1String("postgresql://alice@db.example.org:5433/podium"));
    CHECK(ServerPasswords::keyFor(QStringLiteral("postgresql://alice@db.example.org:5433/podium?event=other")) == key);
    CHECK(ServerPasswords::keyFor(QStringLiteral("postgresql://bob@db.example.org:5433/podium")) != key);

    auto none = ServerPasswords::read(key);
    REQUIRE(none);
    CHECK_FALSE(none.value().has_value());

    REQUIRE(ServerPasswords::write(key, QStringLiteral("correct horse ✓")));
    auto kept = ServerPasswords::read(key);
    REQUIRE(kept);
    REQUIRE(kept.value().has_value());
    CHECK(*kept.value() == QStringLiteral("correct horse ✓"));

    // It is in the Secret Service itself (what seahorse or secret-tool show), filed under Podium.
    REQUIRE(test::haveProgram(QStringLiteral("secret-tool"))); // libsecret-tools, a test package
    CHECK(secretTool({QStringLiteral("lookup"), QStringLiteral("server"), ServerPasswords::service(),
                      QStringLiteral("user"), key})
          == QStringLiteral("correct horse ✓"));

    REQUIRE(ServerPasswords::write(key, QStringLiteral("changed")));
    CHECK(*ServerPasswords::read(key).value() == QLatin1String("changed"));

    REQUIRE(ServerPasswords::forget(key));
    auto gone = ServerPasswords::read(key);
    REQUIRE(gone);
    CHECK_FALSE(gone.value().has_value());
    CHECK(ServerPasswords::forget(key)); // nothing kept: not an error
}

TEST_CASE("Without a keyring nothing is kept and nothing is written in plain text")
{
    // No D-Bus session at all: what a bare desktop or ssh session has.
    if (!inTestKeyring()) {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
        const QString key = ServerPasswords::keyFor(QStringLiteral("postgresql://alice@db.example.org/podium"));
        const Status written = ServerPasswords::write(key, QStringLiteral("secret"));
        CHECK_FALSE(written);
        INFO(written.details());
        CHECK(written.error().contains(QLatin1String("keyring")));
        auto read = ServerPasswords::read(key);
        CHECK(read);
        CHECK_FALSE(read.value().has_value());
        if (bus.isEmpty())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }
}
