// What Podium leaves on disk: owner-only files (the lock holding only a
// process id, the settings), nothing left behind by SIGTERM or Ctrl+C, and
// no old personal data in leftover journals.
#include "HardeningSupport.h"

#include "storage/EventFile.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <sys/stat.h>

using namespace hardening;

namespace {

int mode(const QString &path)
{
    struct stat st = {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return int(st.st_mode & 0777);
}

QString makeEvent(const test::TempDir &dir, const QString &name = QStringLiteral("event.podium"))
{
    const QString path = dir.path(name);
    cli({QStringLiteral("generate"), path, QStringLiteral("--participants"), QStringLiteral("500"), QStringLiteral("--seed"),
         QStringLiteral("17")});
    return path;
}

// A journal SQLite left after its transaction ended: zeroed header, old pages behind it.
void leaveStaleJournal(const QString &event, const QByteArray &oldData)
{
    QByteArray journal(512, '\0');
    journal += oldData;
    journal += QByteArray(4096, 'x');
    test::writeFile(event + QStringLiteral("-journal"), journal);
}

// The hidden test case below, run as a child process holding `event` open in Podium's way.
struct Holder
{
    QProcess process;
    explicit Holder(const QString &event)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PODIUM_TEST_HOLD"), event);
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("Holds an event file open until it is ended")});
        REQUIRE(process.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("holding") && process.state() == QProcess::Running) {
            process.waitForReadyRead(60000);
            out += process.readAllStandardOutput();
        }
        INFO(process.readAllStandardError().toStdString());
        REQUIRE(out.contains("holding"));
    }
};

} // namespace

TEST_CASE("Holds an event file open until it is ended", "[.]")
{
    const QString path = qEnvironmentVariable("PODIUM_TEST_HOLD");
    if (path.isEmpty())
        return;
    PrivateFiles::applyToProcess();
    EventFile::OpenOptions options;
    options.exclusive = true;
    auto file = EventFile::open(path, options);
    REQUIRE(file.ok());
    printf("holding\n");
    fflush(stdout);
    QThread::sleep(300); // until the test ends it
}

TEST_CASE("The lock beside an open file is owner-only, holds the process id only, and goes with SIGTERM and SIGINT")
{
    test::TempDir dir;
    const QString event = makeEvent(dir);
    const QString lock = event + QStringLiteral(".lock");
    for (int signal : {SIGTERM, SIGINT}) {
        INFO("signal " << signal);
        Holder holder(event);
        REQUIRE(QFileInfo::exists(lock));
        CHECK(mode(lock) == 0600);
        CHECK(test::readFile(lock) == QByteArray::number(holder.process.processId()) + '\n');
        // A second Podium is told, with the process that holds it.
        EventFile::OpenOptions options;
        options.exclusive = true;
        const auto second = EventFile::open(event, options);
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().contains(QStringLiteral("is already open in Podium (process %1)").arg(holder.process.processId())));
        ::kill(pid_t(holder.process.processId()), signal);
        REQUIRE(holder.process.waitForFinished(60000));
        CHECK_FALSE(QFileInfo::exists(lock));
    }
    // A lock left by a process killed with SIGKILL does not stop the next one.
    {
        Holder holder(event);
        holder.process.kill();
        REQUIRE(holder.process.waitForFinished(60000));
        CHECK(QFileInfo::exists(lock));
        EventFile::OpenOptions options;
        options.exclusive = true;
        CHECK(EventFile::open(event, options).ok());
    }
}

TEST_CASE("Files podium-cli writes, and the settings file, are owner-only")
{
    test::TempDir dir;
    const QString config = dir.path(QStringLiteral("config"));
    REQUIRE(QDir().mkpath(config + QStringLiteral("/Podium")));
    const QString settings = config + QStringLiteral("/Podium/Podium.conf");
    test::writeFile(settings, "[General]\nrecentFiles=/home/anna/secret.podium\n");
    QFile::setPermissions(settings, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    REQUIRE(mode(settings) == 0644);

    const QString event = dir.path(QStringLiteral("event.podium"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PODIUM_CLI), {QStringLiteral("generate"), event, QStringLiteral("--participants"), QStringLiteral("50")});
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    CHECK(mode(settings) == 0600);
    CHECK(mode(event) == 0600);
    for (const char *out : {"list.csv", "list.xlsx", "programme.xml", "programme.pdf"}) {
        const QString path = dir.path(QLatin1String(out));
        const QStringList args = QString::fromLatin1(out).startsWith(QLatin1String("list"))
            ? QStringList{QStringLiteral("export"), QStringLiteral("participants"), event, QStringLiteral("-o"), path}
            : QString::fromLatin1(out).endsWith(QLatin1String(".xml"))
            ? QStringList{QStringLiteral("export"), QStringLiteral("schedule"), event, QStringLiteral("-o"), path}
            : QStringList{QStringLiteral("export"), QStringLiteral("programme"), event, QStringLiteral("-o"), path};
        cli(args);
        INFO(out);
        CHECK(mode(path) == 0600);
    }
}

TEST_CASE("A generate ended by SIGTERM removes its half-written file, and one killed by SIGKILL is cleaned up next run")
{
    test::TempDir dir;
    const QString out = dir.path(QStringLiteral("big.podium"));
    const QStringList args{QStringLiteral("generate"), out, QStringLiteral("--participants"), QStringLiteral("3000"),
                           QStringLiteral("--force")};
    const QString part = out + QStringLiteral(".part");
    for (bool term : {true, false}) {
        INFO((term ? "SIGTERM" : "SIGKILL"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PODIUM_TEST_STOP_AT"), QStringLiteral("write:1500"));
        process.setProcessEnvironment(env);
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(PODIUM_CLI), args);
        REQUIRE(process.waitForStarted(10000));
        QByteArray err;
        while (!err.contains("stopped") && process.state() == QProcess::Running) {
            process.waitForReadyRead(60000);
            err += process.readAllStandardError();
        }
        REQUIRE(err.contains("stopped"));
        REQUIRE(QFileInfo::exists(part));
        if (term) {
            ::kill(pid_t(process.processId()), SIGTERM);
            ::kill(pid_t(process.processId()), SIGCONT);
        } else {
            process.kill();
        }
        REQUIRE(process.waitForFinished(60000));
        CHECK(QFileInfo::exists(part) == !term);
    }
    cli(args);
    CHECK(QDir(dir.path(QString())).entryList({QStringLiteral("*.part*")}, QDir::Files).isEmpty());
    CHECK(integrity(out) == QLatin1String("ok"));
}

TEST_CASE("A leftover journal with a zeroed header does not stop a read-only file, and writing removes it")
{
    test::TempDir dir;
    const QString event = makeEvent(dir);
    const QString journal = event + QStringLiteral("-journal");
    leaveStaleJournal(event, "old.address@example.org");
    QFile::setPermissions(event, QFile::ReadOwner);
    const test::CliRun info = test::runCli({QStringLiteral("info"), event});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(QFileInfo::exists(journal)); // a read-only file is never changed
    QFile::setPermissions(event, QFile::ReadOwner | QFile::WriteOwner);
    const QString code = Sql(event).value(QStringLiteral("SELECT code FROM participant ORDER BY id LIMIT 1"));
    const test::CliRun checkin = test::runCli({QStringLiteral("checkin"), event, code});
    INFO(checkin.err.toStdString());
    CHECK(checkin.exitCode == 0);
    CHECK_FALSE(QFileInfo::exists(journal));
}

TEST_CASE("After person erase, the person's e-mail is in no byte of any file in the folder")
{
    test::TempDir dir;
    const QString event = makeEvent(dir);
    const QString email = Sql(event).value(QStringLiteral("SELECT email FROM person WHERE email <> '' ORDER BY id LIMIT 1 OFFSET 7"));
    // Where old data lingers: a journal left from an earlier session, holding an old page with the address.
    leaveStaleJournal(event, email.toUtf8());
    const test::CliRun erase = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), event, email, QStringLiteral("--yes")});
    INFO(erase.out.toStdString() << erase.err.toStdString());
    REQUIRE(erase.exitCode == 0);
    QDirIterator files(dir.path(QString()), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int looked = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        INFO(path.toStdString());
        CHECK_FALSE(test::readFile(path).toLower().contains(email.toLower().toUtf8()));
        ++looked;
    }
    CHECK(looked >= 1);
}
