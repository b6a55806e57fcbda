#include "io/ParticipantTestSupport.h"
#include "support/EventState.h"

#include "io/ParticipantImporter.h"
#include "model/Event.h"
#include "model/RegistrationCode.h"
#include "storage/EventFile.h"
#include "storage/ParticipantBulkWriter.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace {
using test::makeEvent;
using test::participantCount;
using test::rowsByEmail;

// The three people every encoding/delimiter/header fixture holds.
void checkThreePeople(const QList<ParticipantRow> &rows)
{
    REQUIRE(rows.size() == 3);
    const ParticipantRow &francoise = rows[0];
    CHECK(francoise.person.firstName == QStringLiteral("Françoise"));
    CHECK(francoise.person.lastName == QStringLiteral("Müller"));
    CHECK(francoise.person.organisation == QStringLiteral("Université du Luxembourg"));
    CHECK(francoise.participant.category == ParticipantCategory::Speaker);
    const ParticipantRow &juergen = rows[1];
    CHECK(juergen.person.firstName == QStringLiteral("Jürgen"));
    CHECK(juergen.person.lastName == QStringLiteral("Weiß"));
    CHECK(juergen.person.organisation == QStringLiteral("Weiß & Söhne GmbH"));
    CHECK(juergen.participant.category == ParticipantCategory::Vip);
    const ParticipantRow &zoe = rows[2];
    CHECK(zoe.person.firstName == QStringLiteral("Zoë"));
    CHECK(zoe.person.lastName == QStringLiteral("D'Angelo"));
    CHECK(zoe.person.email == QStringLiteral("Zoe.DAngelo@Pharma.example"));
    CHECK(zoe.person.organisation == QStringLiteral("Pharma €uro SA"));
    CHECK(zoe.participant.category == ParticipantCategory::Attendee);
    for (const ParticipantRow &row : rows) {
        CHECK(RegistrationCode::isWellFormed(row.participant.code));
        CHECK(row.participant.personId == row.person.id);
    }
}
} // namespace

TEST_CASE("Import reads every encoding, delimiter and header language the same", "[stores]")
{
    const char *const fixtures[] = {"utf8.csv",        "utf8-bom.csv",         "utf16le-bom-tab.csv",
                                    "utf16be-bom.csv", "cp1252-semicolon.csv", "semicolon.csv",
                                    "tab.csv",         "header-en-us.csv",     "header-fr.csv",
                                    "header-de.csv",   "quoting.csv"};
    for (const char *name : fixtures) {
        INFO(name);
        test::TempDir dir;
        const QString event = makeEvent(dir, false);
        const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event,
                                       test::fixture(QStringLiteral("participants/") + QLatin1String(name))});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("3 new")));
        checkThreePeople(rowsByEmail(event));
    }
}

TEST_CASE("Import keeps quotes, delimiters and line breaks inside quoted fields", "[stores]")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, false);
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event,
                                   test::fixture(QStringLiteral("participants/quoting.csv"))});
    REQUIRE(run.exitCode == 0);
    const auto rows = rowsByEmail(event);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].participant.notes == QStringLiteral("Arrives \"late\", 10:30"));
    CHECK(rows[1].participant.notes == QStringLiteral("a,b\nc"));
    CHECK(rows[2].participant.notes == QStringLiteral("Line one\r\nLine two"));
}

TEST_CASE("A bad line makes the import change nothing, and the report names line and column", "[stores]")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, true);
    const qint64 before = participantCount(event);
    const QByteArray hash = test::eventState(event);
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event,
                                   test::fixture(QStringLiteral("participants/bad-line.csv"))});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("line 4, column “Email”: “carla.bruni@” is not an e-mail address")));
    CHECK(run.err.contains(QStringLiteral("line 5, column “Category”: “visitor” is not known")));
    CHECK(run.err.contains(QStringLiteral("nothing was imported")));
    CHECK(test::eventState(event) == hash);
    CHECK(participantCount(event) == before);
}

TEST_CASE("Dry run checks everything and writes nothing", "[stores]")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, true);
    const QByteArray hash = test::eventState(event);
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event,
                                   test::fixture(QStringLiteral("participants/utf8.csv")), QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("3 new")));
    CHECK(test::eventState(event) == hash);
}

TEST_CASE("Duplicates by e-mail, case-insensitive: skip, update or fail", "[stores]")
{
    const QString csv = test::fixture(QStringLiteral("participants/duplicates.csv"));
    auto import = [&](const QString &event, const char *policy) {
        return test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv,
                             QStringLiteral("--on-duplicate"), QLatin1String(policy)});
    };
    test::TempDir dir;
    SECTION("skip keeps the first row")
    {
        const QString event = makeEvent(dir, false);
        const auto run = import(event, "skip");
        REQUIRE(run.exitCode == 0);
        const auto rows = rowsByEmail(event);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].person.lastName == QStringLiteral("Chioti"));
        CHECK(rows[0].participant.category == ParticipantCategory::Speaker);
        CHECK(run.out.contains(QStringLiteral("1 new, 0 updated, 1 skipped")));
    }
    SECTION("update merges the later row into the same person")
    {
        const QString event = makeEvent(dir, false);
        REQUIRE(import(event, "update").exitCode == 0);
        const auto rows = rowsByEmail(event);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].person.lastName == QStringLiteral("Chioti-Updated"));
        CHECK(rows[0].person.organisation == QStringLiteral("EFPIA Brussels"));
        CHECK(rows[0].participant.category == ParticipantCategory::Vip);
    }
    SECTION("fail refuses the file, naming both lines")
    {
        const QString event = makeEvent(dir, false);
        const QByteArray hash = test::eventState(event);
        const auto run = import(event, "fail");
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("line 3")));
        CHECK(run.err.contains(QStringLiteral("first on line 2")));
        CHECK(test::eventState(event) == hash);
    }
    SECTION("an address already in the event is a duplicate too")
    {
        const QString event = makeEvent(dir, false);
        REQUIRE(import(event, "skip").exitCode == 0);
        const auto again = import(event, "fail");
        CHECK(again.exitCode == 1);
        CHECK(again.err.contains(QStringLiteral("already in the event")));
        CHECK(participantCount(event) == 1);
    }
}

TEST_CASE("A large import keeps file order, duplicates and problems across its whole length", "[stores]")
{
    // Large enough to be read on the second thread in many batches and to
    // have the indexes rebuilt at the end (over 1 MB).
    const int rows = 20000;
    auto csvWith = [&](const QByteArray &lastLine) {
        QByteArray csv = "First name,Last name,Organisation,Email,Notes\n";
        const QByteArray padding(40, 'x');
        for (int i = 0; i < rows - 1; ++i)
            csv += QStringLiteral("P%1,Person%1,Org %1,p%1@example.org,").arg(i).toUtf8() + padding + '\n';
        return csv + lastLine;
    };
    test::TempDir dir;
    const QString duplicateLate = dir.path(QStringLiteral("late-duplicate.csv"));
    test::writeFile(duplicateLate, csvWith("Again,Person5,Moved Org,P5@Example.org,late\n"));
    REQUIRE(QFileInfo(duplicateLate).size() > (1 << 20));

    SECTION("a duplicate 19,994 lines after its first row is merged with --on-duplicate update")
    {
        const QString event = makeEvent(dir, false);
        auto file = test::openTestEvent(event);
        ParticipantImporter::Options options;
        options.onDuplicate = ParticipantImporter::OnDuplicate::Update;
        auto report = ParticipantImporter(*file, options).run(duplicateLate);
        REQUIRE(report.ok());
        CHECK(report->problems.isEmpty());
        CHECK(report->rows == rows);
        CHECK(report->created == rows - 1);
        CHECK(report->updated == 1);
        CHECK(file->people().count().value() == rows - 1);
        auto moved = file->people().findByEmail(QStringLiteral("p5@example.org"));
        REQUIRE(moved.ok());
        REQUIRE(moved->has_value());
        CHECK((*moved)->organisation == QStringLiteral("Moved Org"));
        // People are numbered in the order of the file.
        auto first = file->people().findByEmail(QStringLiteral("p0@example.org"));
        auto last = file->people().findByEmail(QStringLiteral("p19998@example.org"));
        REQUIRE((first.ok() && first->has_value() && last.ok() && last->has_value()));
        CHECK((*last)->id - (*first)->id == rows - 2);
        // Every new person has a GUID as QUuid writes them, version 7, and
        // in the order the people were added (as the GUID index expects).
        QSqlQuery q(file->database());
        REQUIRE(q.exec(QStringLiteral("SELECT guid FROM person ORDER BY id")));
        QString previous;
        int guids = 0;
        while (q.next()) {
            const QString guid = q.value(0).toString();
            const QUuid uuid(guid);
            // Qt 6.4's QUuid::version() knows versions up to 5 only: read the digit.
            if (uuid.toString(QUuid::WithoutBraces) != guid || guid.at(14) != QLatin1Char('7')
                || uuid.variant() != QUuid::DCE || guid <= previous) {
                FAIL_CHECK("GUID " << guid.toStdString() << " after " << previous.toStdString());
                break;
            }
            previous = guid;
            ++guids;
        }
        CHECK(guids == rows - 1);
        // The unique indexes were rebuilt and still refuse a second registration code.
        REQUIRE(q.exec(test::onServer() ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() "
                                                         "AND indexname IN ('person_guid', 'participant_code')")
                                        : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' "
                                                         "AND name IN ('person_guid', 'participant_code')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 2);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE participant SET code = (SELECT code FROM participant LIMIT 1), version = version + 1 "
                                          "WHERE id = (SELECT max(id) FROM participant)")));
        // And a registration still needs its person (a server drops the foreign key for the load).
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE participant SET person_id = -1, version = version + 1 "
                                          "WHERE id = (SELECT max(id) FROM participant)")));
    }
    SECTION("with --on-duplicate fail, the report names both lines and nothing is written")
    {
        const QString event = makeEvent(dir, false);
        const QByteArray hash = test::eventState(event);
        const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, duplicateLate,
                                       QStringLiteral("--on-duplicate"), QStringLiteral("fail")});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("line %1").arg(rows + 1)));
        CHECK(run.err.contains(QStringLiteral("first on line 7")));
        CHECK(test::eventState(event) == hash);
    }
    SECTION("a quote left open on the last line refuses the whole file")
    {
        const QString broken = dir.path(QStringLiteral("late-quote.csv"));
        test::writeFile(broken, csvWith("Last,Person,\"Open Org,last@example.org,\n"));
        const QString event = makeEvent(dir, false);
        const QByteArray hash = test::eventState(event);
        const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, broken});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("line %1: a quoted field is never closed").arg(rows + 1)));
        CHECK(test::eventState(event) == hash);
    }
}

TEST_CASE("A repeated address whose first row was refused points at the row that created the person", "[stores]")
{
    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("repeated.csv"));
    test::writeFile(csv, "First name,Last name,Email,Category\n"
                         "Ann,One,ann@example.org,astronaut\n" // refused: unknown category
                         "Ann,Two,ANN@example.org,attendee\n"  // creates Ann
                         "Ann,Three,ann@example.org,vip\n");   // the same Ann again
    const QString event = makeEvent(dir, false);
    const QByteArray hash = test::eventState(event);
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv,
                                   QStringLiteral("--on-duplicate"), QStringLiteral("fail")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("line 2")));
    CHECK(run.err.contains(QStringLiteral("astronaut")));
    CHECK(run.err.contains(QStringLiteral("line 4")));
    CHECK(run.err.contains(QStringLiteral("first on line 3")));
    CHECK(test::eventState(event) == hash);
}

TEST_CASE("The key that finds repeated addresses folds case and trims, whatever the address")
{
    for (const char *address : {"anna.chioti@example.org", "Anna.Chioti@Example.org", " anna@example.org ",
                                "anna@example.org\t", "ANNA@EXAMPLE.ORG", "zoë@exämple.lu", "ZOË@EXÄMPLE.LU",
                                "straße@example.de", "a b@example.org", "", "@", "x\u0130y@example.org"}) {
        const QString text = QString::fromUtf8(address);
        INFO(address);
        CHECK(ParticipantBulkWriter::emailKey(text) == text.trimmed().toCaseFolded());
    }
    CHECK(ParticipantBulkWriter::emailKey(QStringLiteral("Anna@Example.org"))
          == ParticipantBulkWriter::emailKey(QStringLiteral("anna@example.ORG ")));
}

TEST_CASE("Import: --map names the columns Podium cannot guess", "[stores]")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, false);
    const QString csv = test::fixture(QStringLiteral("participants/custom-headers.csv"));
    const auto unmapped = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv});
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.contains(QStringLiteral("No column holds the last name")));
    const auto mapped = test::runCli(
        {QStringLiteral("import"), QStringLiteral("participants"), event, csv, QStringLiteral("--map"),
         QStringLiteral("Given=first_name"), QStringLiteral("--map"), QStringLiteral("Family=last_name"),
         QStringLiteral("--map"), QStringLiteral("Contact=email"), QStringLiteral("--map"),
         QStringLiteral("Employer name=organisation"), QStringLiteral("--map"), QStringLiteral("5=category")});
    INFO(mapped.err.toStdString());
    REQUIRE(mapped.exitCode == 0);
    checkThreePeople(rowsByEmail(event));
    const auto badField = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv,
                                        QStringLiteral("--map"), QStringLiteral("Given=shoe_size")});
    CHECK(badField.exitCode == 2);
    CHECK(badField.err.contains(QStringLiteral("shoe_size")));
}

TEST_CASE("Cancelling an import leaves the file as it was; undo takes an import back", "[stores]")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, true);
    // A file large enough to be asked about progress more than once.
    QByteArray csv = "First name,Last name,Email\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("P%1,Person%1,p%1@example.org\n").arg(i).toUtf8();
    test::writeFile(dir.path(QStringLiteral("many.csv")), csv);
    const QByteArray hash = test::eventState(event);
    {
        auto file = test::openTestEvent(event);
        int calls = 0;
        auto report = ParticipantImporter(*file, {}).run(dir.path(QStringLiteral("many.csv")),
                                                                  [&](double) { return ++calls < 3; });
        REQUIRE(report.ok());
        CHECK(report->cancelled);
        CHECK_FALSE(report->written);
    }
    CHECK(test::eventState(event) == hash);

    auto file = test::openTestEvent(event);
    const qint64 before = file->participants().count().value();
    const qint64 peopleBefore = file->people().count().value();
    auto report = ParticipantImporter(*file, {}).run(dir.path(QStringLiteral("many.csv")));
    REQUIRE(report.ok());
    REQUIRE(report->written);
    CHECK(file->participants().count().value() == before + 3000);
    // The import wrote without SQLite's foreign-key checks; they are back on
    // for every later edit, and what it wrote passes them (a server checks always).
    if (!test::onServer()) {
        QSqlQuery pragma(file->database());
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA foreign_keys")));
        REQUIRE(pragma.next());
        CHECK(pragma.value(0).toInt() == 1);
        REQUIRE(pragma.exec(QStringLiteral("PRAGMA foreign_key_check")));
        CHECK_FALSE(pragma.next());
    }
    REQUIRE(ParticipantImporter::undo(*file, report.value()).ok());
    CHECK(file->participants().count().value() == before);
    CHECK(file->people().count().value() == peopleBefore);
}

TEST_CASE("Import reads categories, statuses and organisation types written in French or German, by podium-cli too", "[stores]")
{
    // podium-cli runs in no language of its own: the labels come from the
    // translations shipped inside it.
    test::TempDir dir;
    const QString event = makeEvent(dir, false);
    const QString csv = dir.path(QStringLiteral("gemischt.csv"));
    test::writeFile(csv, QStringLiteral("Vorname;Nachname;E-Mail;Kategorie;Status;Organisationstyp\n"
                                        "Anna;Chioti;anna@example.org;Referentin;Warteliste;Wissenschaft\n"
                                        "Jean;Muller;jean@example.org;Intervenant;En attente;Association de patients\n"
                                        "Lena;Weber;lena@example.org;teilnehmer;Angemeldet;Industrie\n"
                                        "Marc;Thill;marc@example.org;organisationsteam;inscrit;PME\n"
                                        "Sara;Klein;sara@example.org;Presse;registered;academia\n")
                             .toUtf8());
    const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, csv});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto rows = rowsByEmail(event);
    REQUIRE(rows.size() == 5);
    using C = ParticipantCategory;
    using S = RegistrationStatus;
    using O = OrganisationType;
    const struct
    {
        C category;
        S status;
        O type;
    } expected[] = {{C::Speaker, S::Waitlisted, O::Academia},            // anna
                    {C::Speaker, S::Waitlisted, O::PatientOrganisation}, // jean
                    {C::Attendee, S::Registered, O::Industry},           // lena
                    {C::Organiser, S::Registered, O::Sme},               // marc
                    {C::Press, S::Registered, O::Academia}};             // sara
    for (size_t i = 0; i < std::size(expected); ++i) {
        const ParticipantRow &row = rows[int(i)];
        INFO(row.person.email.toStdString());
        CHECK(row.participant.category == expected[i].category);
        CHECK(row.participant.status == expected[i].status);
        CHECK(row.person.organisationType == expected[i].type);
    }

    // A word of no language Podium speaks is still refused, naming line and column.
    const QString wrong = dir.path(QStringLiteral("falsch.csv"));
    test::writeFile(wrong, QStringLiteral("Vorname;Nachname;E-Mail;Kategorie\nOtto;Weber;otto@example.org;Referendar\n")
                               .toUtf8());
    const auto refused = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), event, wrong});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("line 2, column “Kategorie”")));
    CHECK(refused.err.contains(QStringLiteral("“Referendar” is not known")));
    CHECK(participantCount(event) == 5);
}
