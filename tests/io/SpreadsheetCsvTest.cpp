#include "io/ParticipantTestSupport.h"

#include "io/FieldValueParser.h"
#include "io/HeaderMapper.h"
#include "io/ParticipantImporter.h"
#include "io/TextDecoder.h"
#include "util/LocalTimeConverter.h"

#include <QFile>

// Participant files as spreadsheet programs save them (tests/fixtures/participants/spreadsheets,
// written byte for byte by make_spreadsheet_fixtures.py): Excel for Windows in three locales,
// LibreOffice Calc, Google Sheets, and the wrong files people pick instead.

namespace {
using test::makeEvent;
using test::participantCount;
using test::rowsByEmail;

QString sheet(const char *name)
{
    return test::fixture(QStringLiteral("participants/spreadsheets/") + QLatin1String(name));
}

test::CliRun importParticipants(const QString &event, const QString &csv, const QStringList &more = {})
{
    return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("participants"), event, csv} + more);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

// The three people of every good file, whatever program, locale and encoding wrote it.
void checkThreePeople(const QList<ParticipantRow> &rows)
{
    REQUIRE(rows.size() == 3);
    const Person &francoise = rows[0].person, &juergen = rows[1].person, &zoe = rows[2].person;
    CHECK(francoise.title == QStringLiteral("Dr."));
    CHECK(francoise.firstName == QStringLiteral("Françoise"));
    CHECK(francoise.lastName == QStringLiteral("Müller"));
    CHECK(francoise.email == QStringLiteral("f.mueller@uni.example.lu"));
    CHECK(francoise.organisation == QStringLiteral("Université du Luxembourg"));
    CHECK(francoise.country == QStringLiteral("Luxembourg"));
    CHECK(juergen.title == QStringLiteral("Prof."));
    CHECK(juergen.firstName == QStringLiteral("Jürgen"));
    CHECK(juergen.lastName == QStringLiteral("Weiß"));
    CHECK(juergen.organisation == QStringLiteral("Weiß & Söhne GmbH"));
    CHECK(juergen.country == QStringLiteral("Deutschland"));
    CHECK(zoe.title.isEmpty());
    CHECK(zoe.firstName == QStringLiteral("Zoë"));
    CHECK(zoe.lastName == QStringLiteral("D'Angelo"));
    CHECK(zoe.email == QStringLiteral("Zoe.DAngelo@Pharma.example"));
    CHECK(zoe.organisation == QStringLiteral("Pharma Européenne SA"));
    CHECK(zoe.country == QStringLiteral("Italia"));

    // Local times in Luxembourg: summer time ended on 28 October 2018.
    const Participant &f = rows[0].participant, &j = rows[1].participant, &z = rows[2].participant;
    CHECK(f.category == ParticipantCategory::Speaker);
    CHECK(j.category == ParticipantCategory::Vip);
    CHECK(z.category == ParticipantCategory::Attendee);
    CHECK(f.registeredAt == utc("2018-11-02T08:05:00Z"));
    CHECK(j.registeredAt == utc("2018-10-30T07:00:00Z"));
    CHECK(z.registeredAt == utc("2018-12-01T16:45:00Z"));
    CHECK(f.consentPhoto);
    CHECK(j.consentPhoto);
    CHECK_FALSE(z.consentPhoto);
    CHECK(f.notes == QStringLiteral("Arrives \"late\"\nNeeds a projector"));
    CHECK(j.notes == QStringLiteral("Vegetarian; no nuts, please"));
    CHECK(z.notes.isEmpty());
}

struct GoodFile
{
    const char *name;
    const char *encoding;
    const char *delimiter; // as podium-cli names it
};

const GoodFile goodFiles[] = {
    {"excel-en-us-csv-utf8.csv", "UTF-8 (with BOM)", "“,”"},
    {"excel-en-us-csv.csv", "Windows-1252", "“,”"},
    {"excel-de-de-csv-utf8.csv", "UTF-8 (with BOM)", "“;”"},
    {"excel-de-de-csv.csv", "Windows-1252", "“;”"},
    {"excel-fr-fr-csv-utf8.csv", "UTF-8 (with BOM)", "“;”"},
    {"excel-fr-fr-csv.csv", "Windows-1252", "“;”"},
    {"excel-fr-fr-csv-macintosh.csv", "Mac Roman", "“;”"},
    {"excel-de-de-csv-ms-dos.csv", "DOS code page 850", "“;”"},
    {"excel-en-us-unicode-text.txt", "UTF-16 LE", "tabs"},
    {"excel-de-de-sep-line.csv", "UTF-8", "“;”"},
    {"libreoffice-en-us.csv", "UTF-8", "“,”"},
    {"libreoffice-de-de-quote-all.csv", "UTF-8", "“;”"},
    {"libreoffice-fr-fr-cp1252.csv", "Windows-1252", "“,”"},
    {"libreoffice-en-us-utf16.csv", "UTF-16 LE", "“,”"},
    {"google-sheets-en-us.csv", "UTF-8", "“,”"},
};

struct BadFile
{
    const char *name;
    const char *message;
    int exitCode;
};

const BadFile badFiles[] = {
    {"bad-workbook.xlsx", "is an Excel workbook, not a CSV file: in Excel choose File › Save As, file type "
                          "“CSV UTF-8 (Comma delimited)”",
     2},
    {"bad-workbook.xls", "is an Excel workbook, not a CSV file", 2},
    {"bad-workbook.ods", "is a LibreOffice (OpenDocument) spreadsheet, not a CSV file: in LibreOffice Calc "
                         "choose File › Save As, file type “Text CSV (.csv)”",
     2},
    {"bad-image.png", "is not a CSV file: it holds binary data, not text", 2},
    {"bad-empty.csv", "is empty: it has no header line and no rows", 2},
    {"bad-bom-only.csv", "is empty: it has no header line and no rows", 2},
    {"bad-header-only.csv", "has a header line but no rows", 2},
    {"bad-mixed-delimiters.csv", ", line 2: the header line separates its columns with “;”, but this line with “,”",
     2},
    {"bad-duplicate-column.csv", "Columns 3 and 4 are both named “Email”", 2},
    {"bad-broken-quote.csv", ", line 3: a quoted field is never closed", 1},
};
} // namespace

TEST_CASE("Files saved by Excel, LibreOffice and Google Sheets import the same three people")
{
    for (const GoodFile &good : goodFiles) {
        INFO(good.name);
        test::TempDir dir;
        const QString event = makeEvent(dir, false);
        const auto run = importParticipants(event, sheet(good.name));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.isEmpty()); // not even a warning
        CHECK(run.out.contains(QStringLiteral("3 new")));
        CHECK(run.out.contains(QStringLiteral("Read as %1, separated by %2.")
                                   .arg(QLatin1String(good.encoding), QString::fromUtf8(good.delimiter))));
        checkThreePeople(rowsByEmail(event));
    }
}

TEST_CASE("Each wrong file is refused in one sentence naming it, and the event is unchanged")
{
    test::TempDir dir;
    const QString event = makeEvent(dir, true);
    const QByteArray hash = test::sha256(event);
    const qint64 before = participantCount(event);
    auto refused = [&](const QString &file, const char *message, int exitCode) {
        INFO(file.toStdString());
        const auto run = importParticipants(event, file);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == exitCode);
        CHECK(run.err.contains(QStringLiteral("“%1”").arg(file)));
        CHECK(run.err.contains(QString::fromUtf8(message)));
        CHECK(run.err.count(QLatin1Char('\n')) <= 2); // one message, not one per line of binary data
        CHECK(run.out.isEmpty());
        CHECK(test::sha256(event) == hash);
        CHECK(participantCount(event) == before);
    };
    for (const BadFile &bad : badFiles)
        refused(sheet(bad.name), bad.message, bad.exitCode);

    SECTION("a workbook renamed to .csv is still a workbook")
    {
        const QString renamed = dir.path(QStringLiteral("participants.csv"));
        REQUIRE(QFile::copy(sheet("bad-workbook.xlsx"), renamed));
        refused(renamed, "is an Excel workbook", 2);
    }
    SECTION("a large Excel 97-2003 workbook, and a Word document of the same format")
    {
        // A compound file whose list of streams starts 100 KB in, past what
        // the first look reads, as in workbooks of a few hundred rows.
        auto compound = [&](const QString &name, const QByteArray &stream) {
            QByteArray bytes(120 * 1024, '\0');
            bytes.replace(0, 8, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
            bytes[0x1E] = 9; // 512-byte sectors
            const quint32 directory = 200;
            for (int i = 0; i < 4; ++i)
                bytes[0x30 + i] = char((directory >> (8 * i)) & 0xFF);
            const int at = int(directory + 1) * 512;
            const QByteArray root = QByteArray("R\0o\0o\0t\0 \0E\0n\0t\0r\0y\0", 20);
            bytes.replace(at, root.size(), root);
            bytes.replace(at + 128, stream.size(), stream); // the second entry
            const QString path = dir.path(name);
            test::writeFile(path, bytes);
            return path;
        };
        refused(compound(QStringLiteral("registrations.xls"), QByteArray("W\0o\0r\0k\0b\0o\0o\0k\0", 16)),
                "is an Excel workbook", 2);
        refused(compound(QStringLiteral("letter.doc"), QByteArray("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24)),
                "holds binary data", 2);
    }
    SECTION("Podium's own .xlsx export given back to the import")
    {
        const QString xlsx = dir.path(QStringLiteral("participants.xlsx"));
        REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("participants"), event, QStringLiteral("-o"),
                              xlsx})
                    .exitCode == 0);
        refused(xlsx, "is an Excel workbook", 2);
    }
}

TEST_CASE("The wizard's preview refuses a workbook and reads a European Excel file")
{
    const auto workbook = ParticipantImporter::preview(sheet("bad-workbook.xlsx"));
    REQUIRE_FALSE(workbook.ok());
    CHECK(workbook.error().contains(QStringLiteral("is an Excel workbook, not a CSV file")));

    const auto preview = ParticipantImporter::preview(sheet("excel-de-de-csv.csv"));
    REQUIRE(preview.ok());
    CHECK(preview->encoding == QStringLiteral("Windows-1252"));
    CHECK(preview->delimiter == QLatin1Char(';'));
    CHECK(preview->mappingProblem.isEmpty());
    // Excel's two trailing empty columns are kept as columns, not imported; its empty row is not shown.
    CHECK(preview->mapping.headers
          == QStringList({"Titel", "Vorname", "Nachname", "E-Mail-Adresse", "Unternehmen", "Land", "Kategorie",
                          "Anmeldedatum", "Fotoeinwilligung", "Bemerkungen", "", ""}));
    using F = ParticipantField;
    const std::vector<ColumnTarget> expected = {
        ColumnTarget::of(F::Title),    ColumnTarget::of(F::FirstName),    ColumnTarget::of(F::LastName),
        ColumnTarget::of(F::Email),    ColumnTarget::of(F::Organisation), ColumnTarget::of(F::Country),
        ColumnTarget::of(F::Category), ColumnTarget::of(F::Registered),   ColumnTarget::of(F::ConsentPhoto),
        ColumnTarget::of(F::Notes),    ColumnTarget::ignored(),           ColumnTarget::ignored()};
    CHECK(preview->mapping.targets == expected);
    REQUIRE(preview->firstRows.size() == 3);
    CHECK(preview->firstRows[1].value(1) == QStringLiteral("Zoë"));
}

TEST_CASE("Two columns with the same name: --map says which one to leave out")
{
    test::TempDir dir;
    SECTION("the second")
    {
        const QString event = makeEvent(dir, false);
        REQUIRE(importParticipants(event, sheet("bad-duplicate-column.csv"), {"--map", "4=ignore"}).exitCode == 0);
        const auto rows = rowsByEmail(event);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].person.lastName == QStringLiteral("Adams"));
        CHECK(rows[0].person.email.isEmpty());
        CHECK(rows[1].person.email == QStringLiteral("anna.chioti@example.org"));
    }
    SECTION("the first")
    {
        const QString event = makeEvent(dir, false);
        REQUIRE(importParticipants(event, sheet("bad-duplicate-column.csv"), {"--map", "3=ignore"}).exitCode == 0);
        const auto rows = rowsByEmail(event);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].person.email == QStringLiteral("anna@home.example"));
        CHECK(rows[1].person.email == QStringLiteral("ben.adams@example.org"));
    }
}

TEST_CASE("An Excel file imported, exported for Excel and imported again gives the same people")
{
    test::TempDir dir;
    const QString first = makeEvent(dir, false, QStringLiteral("first.podium"));
    REQUIRE(importParticipants(first, sheet("excel-fr-fr-csv-macintosh.csv")).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("europe.csv"));
    REQUIRE(test::runCli({QStringLiteral("export"), QStringLiteral("participants"), first, QStringLiteral("--preset"),
                          QStringLiteral("excel-europe"), QStringLiteral("-o"), csv})
                .exitCode == 0);
    const QString second = makeEvent(dir, false, QStringLiteral("second.podium"));
    const auto run = importParticipants(second, csv);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    checkThreePeople(rowsByEmail(second));
}

TEST_CASE("Dates as Excel, LibreOffice and Google Sheets show them, read in the event's time zone")
{
    LocalTimeConverter zone(QTimeZone("Europe/Luxembourg"));
    const std::pair<const char *, const char *> readable[] = {
        // Excel en-US (m/d/yyyy h:mm), Google Sheets (with seconds): month first.
        {"12/14/2018 9:30", "2018-12-14T08:30:00Z"},
        {"3/4/2018 9:30", "2018-03-04T08:30:00Z"},
        {"11/2/2018 9:05:07", "2018-11-02T08:05:07Z"},
        {"12/1/2018 17:45", "2018-12-01T16:45:00Z"},
        // Excel fr-FR, en-GB (dd/mm/yyyy hh:mm), de-DE (dd.mm.yyyy): day first.
        {"14/12/2018 09:30", "2018-12-14T08:30:00Z"},
        {"04/03/2018 09:30", "2018-03-04T08:30:00Z"},
        {"14.12.2018 09:30:15", "2018-12-14T08:30:15Z"},
        {"02.11.2018", "2018-11-01T23:00:00Z"},
        // Excel nl-NL and nl-BE (d-m-yyyy): day first.
        {"14-12-2018 9:30", "2018-12-14T08:30:00Z"},
        {"2-11-2018 09:05", "2018-11-02T08:05:00Z"},
        // en-AU's d/MM/yyyy pads the month: day first.
        {"4/03/2018 09:30", "2018-03-04T08:30:00Z"},
        // LibreOffice: two-digit years (1930-2029), AM/PM in en-US (month first).
        {"14.12.18 09:30", "2018-12-14T08:30:00Z"},
        {"02/11/18 09:05", "2018-11-02T08:05:00Z"},
        {"11/02/18 09:05 AM", "2018-11-02T08:05:00Z"},
        {"12/01/18 05:45 PM", "2018-12-01T16:45:00Z"},
        {"12/14/18 12:15 AM", "2018-12-13T23:15:00Z"},
        {"12/14/18 12:15 pm", "2018-12-14T11:15:00Z"},
        {"14.12.29", "2029-12-13T23:00:00Z"},
        // Two-digit numbers with a 24-hour time cannot tell: day first, as in Europe.
        {"10/11/2018 10:30", "2018-11-10T09:30:00Z"},
    };
    for (const auto &[text, expected] : readable) {
        INFO(text);
        const auto parsed = FieldValueParser::dateTime(QString::fromUtf8(text), zone);
        REQUIRE(parsed);
        CHECK(parsed->toUTC().toString(Qt::ISODate) == QLatin1String(expected));
    }
    CHECK(FieldValueParser::dateTime(QStringLiteral("31.12.30 12:00"), zone)->date().year() == 1930);
    for (const char *text : {"13/13/2018", "12/14/18 13:00 PM", "12/14/18 0:30 AM", "14.12.218 09:30", "14.12.2018 9:30 XM",
                             "31.02.2018", "14-13-2018", "14-12"}) {
        INFO(text);
        CHECK_FALSE(FieldValueParser::dateTime(QString::fromUtf8(text), zone));
    }
}

TEST_CASE("Booleans as Excel writes them in English, German and French")
{
    for (const char *yes : {"TRUE", "WAHR", "VRAI", "1", "Oui", "Ja", "Yes"})
        CHECK(FieldValueParser::flag(QString::fromUtf8(yes)) == true);
    for (const char *no : {"FALSE", "FALSCH", "FAUX", "0", "Non", "Nein", "No", ""})
        CHECK(FieldValueParser::flag(QString::fromUtf8(no)) == false);
    CHECK_FALSE(FieldValueParser::flag(QStringLiteral("maybe")));
}

TEST_CASE("Text decoder: Mac Roman only for bare-CR files that are not UTF-8, and UTF-16 without BOM")
{
    // "é;ü" then a line end: Mac Roman 0x8E 0x9F, Windows-1252 0xE9 0xFC.
    const auto mac = TextDecoder::decode(QByteArray("\x8E;\x9F\r\xA7\r"));
    CHECK(mac.encoding == TextDecoder::Encoding::MacRoman);
    CHECK(mac.text == QStringLiteral("é;ü\rß\r"));
    const auto windows = TextDecoder::decode(QByteArray("\xE9;\xFC\r\n\x80\r\n"));
    CHECK(windows.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(windows.text == QStringLiteral("é;ü\r\n€\r\n"));
    // A bare CR inside a quoted field of a Windows file does not make it Mac Roman.
    CHECK(TextDecoder::decode(QByteArray("a;b\r\n\"x\ry\";\xE9\r\n")).encoding == TextDecoder::Encoding::Windows1252);
    // Bare CRs in valid UTF-8 stay UTF-8.
    CHECK(TextDecoder::decode(QStringLiteral("é\rü\r").toUtf8()).encoding == TextDecoder::Encoding::Utf8);

    const QString text = QStringLiteral("Prénom\tNom\r\nZoë\tWeiß\r\n");
    QByteArray le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), be;
    for (qsizetype i = 0; i < le.size(); i += 2)
        be += QByteArray() + le[i + 1] + le[i];
    CHECK(TextDecoder::decode(le).encoding == TextDecoder::Encoding::Utf16LE);
    CHECK(TextDecoder::decode(le).text == text);
    CHECK(TextDecoder::decode(be).encoding == TextDecoder::Encoding::Utf16BE);
    CHECK(TextDecoder::decode(be).text == text);
}

TEST_CASE("Text decoder: code page 850 (Excel's CSV (MS-DOS)) only when it reads the letters better")
{
    const QString names = QStringLiteral("Nachname;Vorname\r\nMüller;Jürgen\r\nWeiß;Françoise\r\nD'Angelo;Zoë\r\n"
                                         "Lefèvre;Stéphane\r\nÅström;Élodie\r\n");
    const auto dos = TextDecoder::decode(
        QByteArray("Nachname;Vorname\r\nM\x81""ller;J\x81""rgen\r\nWei\xE1"";Fran\x87""oise\r\nD'Angelo;Zo\x89""\r\n"
                   "Lef\x8A""vre;St\x82""phane\r\n\x8F""str\x94""m;\x90""lodie\r\n"));
    CHECK(dos.encoding == TextDecoder::Encoding::Cp850);
    CHECK(dos.text == names);
    const auto windows = TextDecoder::decode(
        QByteArray("Nachname;Vorname\r\nM\xFC""ller;J\xFC""rgen\r\nWei\xDF"";Fran\xE7""oise\r\nD'Angelo;Zo\xEB""\r\n"
                   "Lef\xE8""vre;St\xE9""phane\r\n\xC5""str\xF6""m;\xC9""lodie\r\n"));
    CHECK(windows.encoding == TextDecoder::Encoding::Windows1252);
    CHECK(windows.text == names);
    // One accented word each way, and a euro sign: Windows-1252 wins a tie.
    CHECK(TextDecoder::decode(QByteArray("Soci\xE9t\xE9;\x80 12\r\n")).encoding == TextDecoder::Encoding::Windows1252);
    CHECK(TextDecoder::decode(QByteArray("Soci\x82t\x82;12\r\n")).encoding == TextDecoder::Encoding::Cp850);
}

TEST_CASE("Header mapper: column names as people type them in three languages")
{
    using F = ParticipantField;
    const std::pair<const char *, F> headers[] = {
        {"E-Mail-Adresse", F::Email},       {"Adresse\u00a0e-mail", F::Email}, {"Courriel", F::Email},
        {"Mél", F::Email},                  {"Société", F::Organisation},      {"Unternehmen", F::Organisation},
        {"Firma", F::Organisation},         {"Company Name", F::Organisation}, {"Nom de l'entreprise", F::Organisation},
        {"Anrede", F::Title},               {"Land", F::Country},              {"Pays", F::Country},
        {"Nom de famille", F::LastName},    {"NACHNAME ", F::LastName},        {"PRÉNOM", F::FirstName},
        {"Handynummer", F::Phone},          {"Date d'inscription", F::Registered}, {"Droit à l'image", F::ConsentPhoto},
    };
    for (const auto &[header, field] : headers) {
        INFO(header);
        CHECK(HeaderMapper::guess(QString::fromUtf8(header)) == ColumnTarget::of(field));
    }
}

namespace {
// Imports Anna and Ben, registered at the two dates as a spreadsheet wrote
// them, into a fresh event; their registration times, Anna's first.
QList<QDateTime> registrationTimes(const char *anna, const char *ben)
{
    test::TempDir dir;
    const QString event = makeEvent(dir, false);
    const QString csv = dir.path(QStringLiteral("dates.csv"));
    test::writeFile(csv, QByteArray("First Name,Last Name,E-mail Address,Registration Date\r\n")
                             + "Anna,Chioti,anna.chioti@example.org," + anna + "\r\n"
                             + "Ben,Adams,ben.adams@example.org," + ben + "\r\n");
    REQUIRE(importParticipants(event, csv).exitCode == 0);
    QList<QDateTime> times;
    for (const ParticipantRow &row : rowsByEmail(event)) // anna.chioti@ sorts before ben.adams@
        times << row.participant.registeredAt;
    return times;
}
} // namespace

// A date that only reads month first (10/30/2018) settles its column, so 10/11/2018 is
// 11 October; one that only reads day first settles it the other way, even against the
// American look of an unpadded hour.
TEST_CASE("Excel en-US dates that both orders could read follow the rest of their column")
{
    CHECK(registrationTimes("10/30/2018 10:00", "10/11/2018 10:30")
          == QList<QDateTime>{utc("2018-10-30T09:00:00Z"), utc("2018-10-11T08:30:00Z")});
}

TEST_CASE("A day-first column keeps its ambiguous dates day first")
{
    CHECK(registrationTimes("30/10/2018 10:00", "10/11/2018 9:05")
          == QList<QDateTime>{utc("2018-10-30T09:00:00Z"), utc("2018-11-10T08:05:00Z")});
}

TEST_CASE("E-mail addresses as spreadsheets hold them: which are taken, which are refused")
{
    for (const char *good : {"anna.chioti@example.org", " Anna.Chioti@Example.ORG ", "a@b.lu", "first.last+tag@sub.example.co.uk",
                             "zoë@exämple.lu", "o'brien@example.ie", "x@y.z.example"}) {
        INFO(good);
        CHECK(FieldValueParser::isEmailAddress(QString::fromUtf8(good)));
    }
    for (const char *bad : {"", "@", "anna", "anna@", "@example.org", "anna@example", "anna@@example.org",
                            "anna@ex@ample.org", "anna@.example.org", "anna@example.org.", "anna@example..org",
                            "anna chioti@example.org", "anna@example.org, zoe@example.org", "anna@example.org;",
                            "Anna <anna@example.org>", "anna@e.", "anna@.o"}) {
        INFO(bad);
        CHECK_FALSE(FieldValueParser::isEmailAddress(QString::fromUtf8(bad)));
    }
}
