#include "StoreUnderTest.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "storage/StoreOpener.h"
#include "storage/postgres/EventServer.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QUrlQuery>

#include <atomic>

namespace test {

namespace {
Store g_store = Store::File;
}

Store storeUnderTest()
{
    return g_store;
}

void setStoreUnderTest(Store store)
{
    g_store = store;
}

bool onServer()
{
    return g_store == Store::Server;
}

QString serverUnavailableReason()
{
    const QString pg = qEnvironmentVariable("PODIUM_PG").toLower();
    if (pg == QLatin1String("0") || pg == QLatin1String("off") || pg == QLatin1String("no"))
        return QStringLiteral("PODIUM_PG=%1, no PostgreSQL server for the tests").arg(pg);
    if (qEnvironmentVariableIsEmpty("PODIUM_TEST_PG_URI"))
        return QStringLiteral("PODIUM_TEST_PG_URI is not set (ctest sets it, see docs/TESTING.md)");
    return QString();
}

QString serverUri()
{
    return qEnvironmentVariable("PODIUM_TEST_PG_URI");
}

QString uniqueEventName(const QString &hint)
{
    static std::atomic<int> counter{0};
    QString base = hint.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    return QStringLiteral("%1-%2-%3")
        .arg(base.left(24))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

QString serverEventUri(const QString &event, const QString &user)
{
    QString uri = serverUri();
    if (!user.isEmpty())
        uri.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
                    QStringLiteral("postgresql://%1@").arg(user));
    uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'));
    return uri + QStringLiteral("event=") + event;
}

QString placeEvent(const QString &file, const QString &hint)
{
    if (!onServer())
        return file;
    const QString uri = serverEventUri(uniqueEventName(hint));
    const CliRun init = runCli({QStringLiteral("server"), QStringLiteral("init"), serverUri()});
    INFO(init.err);
    REQUIRE(init.exitCode == 0);
    const CliRun published = runCli({QStringLiteral("publish"), file, uri});
    INFO(published.err);
    REQUIRE(published.exitCode == 0);
    return uri;
}

std::unique_ptr<EventStore> createTestEvent(const TempDir &dir, const Event &event, QString *location,
                                            const QString &hint)
{
    if (!onServer()) {
        const QString path = dir.path(uniqueEventName(hint) + QStringLiteral(".podium"));
        auto created = EventFile::create(path, event);
        INFO(created.error());
        REQUIRE(created);
        if (location)
            *location = path;
        return std::move(created).value();
    }
    const Status init = EventServer::init(serverUri());
    INFO(init.error() << " / " << init.details());
    REQUIRE(init);
    const QString uri = serverEventUri(uniqueEventName(hint));
    auto created = EventServer::createEvent(StoreLocation::parse(uri), event);
    INFO(created.error() << " / " << created.details());
    REQUIRE(created);
    if (location)
        *location = uri;
    return std::move(created).value();
}

std::unique_ptr<EventStore> openTestEvent(const QString &location, bool readOnly)
{
    EventStore::OpenOptions options;
    options.readOnly = readOnly;
    auto opened = StoreOpener::open(location, options);
    INFO(opened.error() << " / " << opened.details());
    REQUIRE(opened);
    return std::move(opened).value();
}

CliRun psql(const QString &sql, const QString &uri, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(env);
    // The event parameter is Podium's, not libpq's.
    QString target = uri.isEmpty() ? serverUri() : uri;
    target.remove(QRegularExpression(QStringLiteral("[?&]event=[^&]*")));
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
                   QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-d"), target, QStringLiteral("-c"), sql});
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : 128 + 9;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace test
