#pragma once

// Helpers shared by the hardening tests (header-only: each *Test.cpp is its
// own executable): looking into event files with SQLite directly, running
// podium-cli and killing it at points it reports itself.

#include "support/Sql.h"
#include "support/TestSupport.h"

#include <QMap>
#include <QProcessEnvironment>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QUuid>

namespace hardening {

using test::Sql;

// SQLite's own verdict on the whole file ("ok" when sound).
inline QString integrity(const QString &path)
{
    return Sql(path).column(QStringLiteral("PRAGMA integrity_check")).join(QLatin1Char('\n'));
}

// Row counts of the tables an import or erasure writes, as one line
// ("session 40, person 24, ..."), so before, after and a mix are easy to tell apart.
inline QString rowCounts(const QString &path)
{
    const Sql sql(path);
    QStringList parts;
    for (const char *table : {"session", "person", "room", "track", "session_person", "participant", "setting"})
        parts << QStringLiteral("%1 %2").arg(QLatin1String(table),
                                            sql.value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    return parts.join(QStringLiteral(", "));
}

// Runs podium-cli, stopping it the n-th time it passes a test hook point of
// `kind` ("write", "page", "commit", "committed": see core/util/TestHook.h),
// and SIGKILLs it there. Returns true when it was killed at that point,
// false when it finished before getting there.
inline bool runAndKillAt(const QStringList &args, const QString &kind, qint64 n)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PODIUM_TEST_STOP_AT"), QStringLiteral("%1:%2").arg(kind).arg(n));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(PODIUM_CLI), args);
    REQUIRE(process.waitForStarted(10000));
    QByteArray err;
    // No deadline that matters: the process stops itself at the point, or ends.
    while (!err.contains("podium-test-hook: stopped")) {
        if (process.state() == QProcess::NotRunning || (!process.waitForReadyRead(120000) && process.state() == QProcess::NotRunning))
            break;
        err += process.readAllStandardError();
    }
    err += process.readAllStandardError();
    if (!err.contains("podium-test-hook: stopped")) {
        process.waitForFinished(120000);
        return false;
    }
    process.kill(); // SIGKILL ends a stopped process too: no handler runs, like a power cut
    REQUIRE(process.waitForFinished(10000));
    return true;
}

// How often a full run passes each test hook point: {"write": 1234, ...}.
inline QMap<QString, qint64> hookCounts(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PODIUM_TEST_COUNT"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PODIUM_CLI), args);
    REQUIRE(process.waitForFinished(300000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << err.toStdString());
    REQUIRE(process.exitCode() == 0);
    QMap<QString, qint64> counts;
    for (const QString &line : err.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("podium-test-hook: ")))
            counts.insert(line.section(QLatin1Char(' '), 1, 1), line.section(QLatin1Char(' '), 2, 2).toLongLong());
    }
    return counts;
}

inline void cli(const QStringList &args)
{
    const test::CliRun run = test::runCli(args);
    INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Copies a file (the tests' "before" state is copied, not regenerated, for each run).
inline void copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace hardening
