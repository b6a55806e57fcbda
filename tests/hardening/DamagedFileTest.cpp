// Damaged and tampered event files (zeroed pages, indexes that lost rows,
// triggers and dropped columns added with sqlite3): podium-cli refuses them
// in one sentence naming what is wrong, exits 2, and changes nothing.
#include "FileSurgery.h"

#include "storage/EventFile.h"
#include "storage/Schema.h"
#include "storage/SchemaSignature.h"

#include <sqlite3.h>

using namespace hardening;

namespace {

struct Damaged
{
    test::TempDir dir;
    QString event = dir.path(QStringLiteral("event.podium"));
    QString csv = dir.path(QStringLiteral("more.csv"));
    QString code;
    QString email;

    Damaged()
    {
        cli({QStringLiteral("generate"), event, QStringLiteral("--participants"), QStringLiteral("3000"),
             QStringLiteral("--seed"), QStringLiteral("23")});
        const QString other = dir.path(QStringLiteral("other.podium"));
        cli({QStringLiteral("generate"), other, QStringLiteral("--participants"), QStringLiteral("20"),
             QStringLiteral("--seed"), QStringLiteral("5")});
        cli({QStringLiteral("export"), QStringLiteral("participants"), other, QStringLiteral("-o"), csv});
        const test::Sql sql(event);
        code = sql.value(QStringLiteral("SELECT code FROM participant WHERE checked_in_utc IS NULL ORDER BY id DESC LIMIT 1"));
        email = sql.value(QStringLiteral("SELECT email FROM person WHERE email <> '' ORDER BY id DESC LIMIT 1"));
    }

    // Each writing command is refused with exit 2 and `sentence`; the file's bytes stay as they were.
    void writesAreRefused(const QString &sentence) const
    {
        const QByteArray before = test::sha256(event);
        const QList<QStringList> writes{
            {QStringLiteral("checkin"), event, code},
            {QStringLiteral("import"), QStringLiteral("participants"), event, csv},
            {QStringLiteral("person"), QStringLiteral("erase"), event, email, QStringLiteral("--yes")},
            {QStringLiteral("anonymise"), event, QStringLiteral("--force"), QStringLiteral("--yes")},
        };
        for (const QStringList &args : writes) {
            const test::CliRun run = test::runCli(args);
            INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << run.err.toStdString());
            CHECK(run.exitCode == 2);
            CHECK(run.err.trimmed() == sentence);
            CHECK(test::sha256(event) == before);
        }
    }

    QString quoted() const { return QStringLiteral("“%1”").arg(event); }
};

} // namespace

TEST_CASE("Zeroed pages of the participants table are named, and nothing reads or writes the file")
{
    Damaged file;
    const QList<qint64> leaves = surgery::leafPages(file.event, QStringLiteral("participant"));
    REQUIRE(leaves.size() > 10);
    surgery::zeroPages(file.event, {leaves.at(2), leaves.at(5), leaves.at(8)});
    const QString sentence = file.quoted() + QStringLiteral(" is damaged: 3 pages of the participants table cannot be read. "
                                                            "Use File ▸ Repair.");
    const test::CliRun info = test::runCli({QStringLiteral("info"), file.event});
    CHECK(info.exitCode == 2);
    CHECK(info.err.trimmed() == sentence);
    // SQLite's own findings only on request.
    const test::CliRun verbose = test::runCli({QStringLiteral("info"), file.event, QStringLiteral("--verbose")});
    CHECK(verbose.exitCode == 2);
    CHECK(verbose.err.startsWith(sentence + QStringLiteral("\nDetails:\n")));
    CHECK(verbose.err.contains(QStringLiteral("btreeInitPage")));
    file.writesAreRefused(sentence);
}

TEST_CASE("A zeroed index page refuses every write")
{
    Damaged file;
    const QList<qint64> leaves = surgery::leafPages(file.event, QStringLiteral("person_email"));
    REQUIRE(leaves.size() > 2);
    surgery::zeroPages(file.event, {leaves.at(1)});
    file.writesAreRefused(file.quoted() + QStringLiteral(" is damaged: 1 page of an index of the people table cannot be "
                                                         "read. Use File ▸ Repair."));
}

TEST_CASE("Rows missing from an index, which quick_check does not see, are found before the first write")
{
    Damaged file;
    surgery::desynchroniseIndex(file.event, QStringLiteral("participant_code"),
                                QStringLiteral("UPDATE participant SET code = 'ZZ' || code, version = version + 1 WHERE id <= 3"));
    REQUIRE(test::Sql(file.event).value(QStringLiteral("PRAGMA quick_check")) == QLatin1String("ok"));
    // Reading is fine: every page can be read.
    const test::CliRun info = test::runCli({QStringLiteral("info"), file.event});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    file.writesAreRefused(file.quoted() + QStringLiteral(" is damaged: an index of the participants table does not "
                                                         "match its rows. Use File ▸ Repair."));
}

TEST_CASE("A trigger added with sqlite3 refuses the file before it can copy personal data away")
{
    Damaged file;
    surgery::sqlite3(file.event, QStringLiteral("CREATE TRIGGER keep BEFORE DELETE ON person BEGIN "
                                                "INSERT INTO setting VALUES ('kept ' || old.id, old.email || old.phone); END"));
    const QString sentence = file.quoted()
        + QStringLiteral(" was changed by another program (it holds a trigger “keep” on the table “person” that Podium did "
                         "not make), so Podium will not write to it: open it read-only, or use File ▸ Repair to save "
                         "what it holds in a new file.");
    file.writesAreRefused(sentence);
    CHECK(test::Sql(file.event).value(QStringLiteral("SELECT count(*) FROM setting WHERE key LIKE 'kept %'")) == QLatin1String("0"));

    // The GUI offers to open it read-only, and says why it is.
    EventFile::OpenOptions options;
    options.openChangedReadOnly = true;
    auto opened = EventFile::open(file.event, options);
    REQUIRE(opened.ok());
    CHECK(opened.value()->isReadOnly());
    CHECK(opened.value()->schemaChange() == sentence);
    CHECK(opened.value()->readOnlyReason() == sentence);
}

TEST_CASE("Dropped columns and tables, and views, are named")
{
    Damaged file;
    SECTION("a dropped column")
    {
        // A column no history trigger reads: SQLite refuses to drop the others.
        surgery::sqlite3(file.event, QStringLiteral("ALTER TABLE track DROP COLUMN max_parallel"));
        const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), file.event, file.csv});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("(the table “track” has no column “max_parallel”)")));
    }
    SECTION("a dropped table")
    {
        surgery::sqlite3(file.event, QStringLiteral("DROP TABLE session_link"));
        const test::CliRun run = test::runCli({QStringLiteral("info"), file.event});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("(the table “session_link” is missing)")));
    }
    SECTION("a view")
    {
        surgery::sqlite3(file.event, QStringLiteral("CREATE VIEW everyone AS SELECT email FROM person"));
        const test::CliRun run = test::runCli({QStringLiteral("info"), file.event});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QStringLiteral("(it holds a view “everyone” that Podium did not make)")));
    }
}

TEST_CASE("Indexes another program added, dropped or changed are set right before the first write")
{
    Damaged file;
    // A unique index that would block imports, a dropped one and a changed one.
    surgery::sqlite3(file.event, QStringLiteral("CREATE UNIQUE INDEX person_phone ON person(phone, email); "
                                                "DROP INDEX participant_person; DROP INDEX person_name; "
                                                "CREATE INDEX person_name ON person(first_name)"));
    const test::CliRun checkin = test::runCli({QStringLiteral("checkin"), file.event, file.code});
    INFO(checkin.err.toStdString());
    CHECK(checkin.exitCode == 0);
    const test::Sql sql(file.event);
    CHECK(sql.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'person_phone'")) == QLatin1String("0"));
    CHECK(sql.value(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'participant_person'")) == QLatin1String("1"));
    CHECK(sql.value(QStringLiteral("SELECT group_concat(name || ' ' || coll) FROM pragma_index_xinfo('person_name') WHERE key"))
          == QStringLiteral("last_name NOCASE,first_name NOCASE"));
    CHECK(integrity(file.event) == QLatin1String("ok"));
}

TEST_CASE("The reference schema is what Podium's own steps make, whatever the version")
{
    test::TempDir dir;
    const QString event = dir.path(QStringLiteral("fresh.podium"));
    cli({QStringLiteral("new"), event, QStringLiteral("--name"), QStringLiteral("Fresh"), QStringLiteral("--start"),
         QStringLiteral("2027-05-04")});
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(event).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    const auto actual = SchemaSignature::read(db);
    sqlite3_close(db);
    REQUIRE(actual.ok());
    const auto reference = SchemaSignature::reference(Schema::currentVersion());
    REQUIRE(reference.ok());
    CHECK(actual->differencesFrom(reference.value()).isEmpty());
    // An older format's reference differs from today's (so a file of that
    // format is compared with what it should hold, not with the newest).
    CHECK_FALSE(actual->differencesFrom(SchemaSignature::reference(1).value()).isEmpty());
}
