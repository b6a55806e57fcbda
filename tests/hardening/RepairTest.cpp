// podium-cli repair salvages what SQLite can read of a damaged or tampered
// file into a new one, says what was lost, and never changes the damaged file.
#include "FileSurgery.h"

#include <QFileInfo>

using namespace hardening;

namespace {

struct Original
{
    test::TempDir dir;
    QString event = dir.path(QStringLiteral("damaged event.podium"));
    QString repaired = dir.path(QStringLiteral("repaired.podium"));
    qint64 participants = 0;
    qint64 people = 0;

    Original()
    {
        cli({QStringLiteral("generate"), event, QStringLiteral("--participants"), QStringLiteral("3000"),
             QStringLiteral("--seed"), QStringLiteral("29")});
        participants = count(event, QStringLiteral("participant"));
        people = count(event, QStringLiteral("person"));
    }

    static qint64 count(const QString &path, const QString &table)
    {
        return test::Sql(path).value(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
    }

    // Repairs, checking the damaged file is left as it was and the new one opens whole.
    test::CliRun repair(int expectedExit) const
    {
        const QByteArray before = test::sha256(event);
        const test::CliRun run = test::runCli({QStringLiteral("repair"), event, QStringLiteral("-o"), repaired});
        INFO(run.out.toStdString() << run.err.toStdString());
        CHECK(run.exitCode == expectedExit);
        CHECK(test::sha256(event) == before);
        CHECK_FALSE(QFileInfo::exists(event + QStringLiteral("-journal")));
        REQUIRE(QFileInfo::exists(repaired));
        CHECK((QFileInfo(repaired).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
        CHECK(integrity(repaired) == QLatin1String("ok"));
        const test::CliRun info = test::runCli({QStringLiteral("info"), repaired});
        INFO(info.err.toStdString());
        CHECK(info.exitCode == 0);
        // It can be written to again.
        const QString code = test::Sql(repaired).value(QStringLiteral("SELECT code FROM participant ORDER BY id DESC LIMIT 1"));
        CHECK(test::runCli({QStringLiteral("checkin"), repaired, code}).exitCode == 0);
        return run;
    }
};

} // namespace

TEST_CASE("Repair saves every row of a file whose only damage is in an index")
{
    Original file;
    surgery::zeroPages(file.event, {surgery::leafPages(file.event, QStringLiteral("person_email")).at(1)});
    const test::CliRun run = file.repair(0);
    CHECK(run.out.contains(QStringLiteral("All ")));
    CHECK(Original::count(file.repaired, QStringLiteral("participant")) == file.participants);
    CHECK(Original::count(file.repaired, QStringLiteral("person")) == file.people);
}

TEST_CASE("Repair saves the readable rows of a damaged table and says which were lost")
{
    Original file;
    const QList<qint64> leaves = surgery::leafPages(file.event, QStringLiteral("participant"));
    surgery::zeroPages(file.event, {leaves.at(3), leaves.at(4), leaves.at(10)});
    const test::CliRun run = file.repair(1);
    CHECK(run.out.contains(QStringLiteral("rows of the participants table that could not be read (numbers ")));
    const qint64 saved = Original::count(file.repaired, QStringLiteral("participant"));
    // Three pages' rows are lost, no more.
    const qint64 perPage = file.participants / leaves.size() + 1;
    CHECK(saved < file.participants);
    CHECK(saved >= file.participants - 3 * 2 * perPage);
    CHECK(Original::count(file.repaired, QStringLiteral("person")) == file.people);
}

TEST_CASE("Repair leaves out what another program added, and restores what it dropped")
{
    Original file;
    surgery::sqlite3(file.event, QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON person BEGIN "
                                                "INSERT INTO setting VALUES ('kept', old.email); END; "
                                                "ALTER TABLE track DROP COLUMN max_parallel"));
    const test::CliRun run = file.repair(1);
    CHECK(run.out.contains(QStringLiteral("the trigger “keep”, which Podium did not make")));
    // Podium's own triggers (the history's) are no loss: the repaired file has them again.
    CHECK_FALSE(run.out.contains(QStringLiteral("the trigger “session_updated”")));
    CHECK(Original::count(file.repaired, QStringLiteral("participant")) == file.participants);
    CHECK(test::Sql(file.repaired).value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'keep'")) == QLatin1String("0"));
    CHECK(test::Sql(file.repaired).value(QStringLiteral("SELECT count(*) FROM pragma_table_info('track') WHERE name = 'max_parallel'")) == QLatin1String("1"));
}

TEST_CASE("Repair refuses to overwrite, and refuses files that are not Podium's")
{
    Original file;
    test::writeFile(file.repaired, "already here");
    const test::CliRun exists = test::runCli({QStringLiteral("repair"), file.event, QStringLiteral("-o"), file.repaired});
    CHECK(exists.exitCode == 2);
    CHECK(exists.err.contains(QStringLiteral("already exists")));
    CHECK(test::readFile(file.repaired) == "already here");
    const QString other = file.dir.path(QStringLiteral("other.sqlite"));
    surgery::sqlite3(other, QStringLiteral("CREATE TABLE t (x)"));
    const test::CliRun foreign = test::runCli({QStringLiteral("repair"), other, QStringLiteral("-o"), file.dir.path(QStringLiteral("x.podium"))});
    CHECK(foreign.exitCode == 2);
    CHECK(foreign.err.contains(QStringLiteral("is not a Podium event file")));
    CHECK_FALSE(QFileInfo::exists(file.dir.path(QStringLiteral("x.podium"))));
}
