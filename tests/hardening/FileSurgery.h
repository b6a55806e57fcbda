#pragma once

// Damage and tampering done to event files the way a hostile tester does it
// (zeroed pages, sqlite3 run by hand), for the tests that check Podium
// refuses such files and changes nothing.

#include "HardeningSupport.h"

#include <QFile>

namespace surgery {

// Runs sqlite3 (the Debian tool) on the file; the statements must succeed.
inline void sqlite3(const QString &path, const QString &sql)
{
    const test::CliRun run = test::runProgram(QStringLiteral("sqlite3"), {path, sql});
    INFO(sql.toStdString() << "\n" << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
}

// Leaf pages of a table or index, as SQLite's dbstat lists them.
inline QList<qint64> leafPages(const QString &path, const QString &tree)
{
    QList<qint64> pages;
    const QStringList found = test::Sql(path).column(
        QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY pageno").arg(tree));
    for (const QString &page : found)
        pages << page.toLongLong();
    return pages;
}

// Overwrites whole pages with zeros (a bad sector, a broken copy).
inline void zeroPages(const QString &path, const QList<qint64> &pages)
{
    const qint64 pageSize = test::Sql(path).value(QStringLiteral("PRAGMA page_size")).toLongLong();
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    for (qint64 page : pages) {
        REQUIRE(file.seek((page - 1) * pageSize));
        REQUIRE(file.write(QByteArray(int(pageSize), '\0')) == pageSize);
    }
}

// Changes rows of a table behind an index's back, so that the index misses
// them: SQLite's quick_check still passes, only integrity_check sees it.
inline void desynchroniseIndex(const QString &path, const QString &index, const QString &update)
{
    const test::Sql sql(path);
    const QString root = sql.value(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = '%1'").arg(index));
    QString create = sql.value(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(index));
    const QString table = sql.value(QStringLiteral("SELECT tbl_name FROM sqlite_schema WHERE name = '%1'").arg(index));
    create.replace(QLatin1Char('\''), QStringLiteral("''"));
    sqlite3(path, QStringLiteral("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name = '%1';").arg(index));
    sqlite3(path, update);
    sqlite3(path, QStringLiteral("PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES ('index', '%1', '%2', %3, '%4');")
                      .arg(index, table, root, create));
}

} // namespace surgery
