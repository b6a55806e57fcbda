#pragma once

// Helpers shared by the hardening tests (header-only: each *Test.cpp is its
// own executable): looking into event files with SQLite directly, running
// podium-cli and killing it, making big schedules.

#include "support/Sql.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
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

// Runs podium-cli and SIGKILLs it after delayMs unless it finished first.
// Returns true when it was killed.
inline bool runAndKill(const QStringList &args, int delayMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PODIUM_CLI), args);
    REQUIRE(process.waitForStarted(10000));
    if (process.waitForFinished(delayMs))
        return false;
    process.kill(); // SIGKILL: no handler runs, like a power cut for the process
    REQUIRE(process.waitForFinished(10000));
    return process.exitStatus() == QProcess::CrashExit;
}

// How long podium-cli takes for these arguments, in ms.
inline int timeCli(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    const test::CliRun run = test::runCli(args);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return int(timer.elapsed());
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
