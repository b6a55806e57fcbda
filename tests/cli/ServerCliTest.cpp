// Every command on a server event gives what it gives on the file (issue 17,
// points 2 and 6): the demo published to the test server, then each command
// run once on the file and once on the URI, their output and the files they
// write compared (the event's location put aside); then the same edits on
// both, compared again, and a pull back compared with the file.
#include "support/PdfText.h"
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// The event in both places: a file and the same event published to the server.
struct Twins
{
    QString file;
    QString uri;
    QString event;
};

Twins publishDemo(const test::TempDir &dir, const QString &hint)
{
    Twins t;
    t.file = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), t.file}).exitCode == 0);
    t.event = test::uniqueEventName(hint);
    t.uri = test::serverEventUri(t.event);
    REQUIRE(test::runCli({QStringLiteral("server"), QStringLiteral("init"), test::serverUri()}).exitCode == 0);
    const auto published = test::runCli({QStringLiteral("publish"), t.file, t.uri});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    return t;
}

// What a command printed or wrote, with the event's location, the output's
// own path and the moment of the run put aside.
QString normalised(QString text, const Twins &t, const QString &where, const QString &outDir)
{
    text.replace(outDir, QStringLiteral("<OUT>"));
    for (const QString &name : {t.file, QFileInfo(t.file).fileName(), t.uri, t.event})
        text.replace(name, QStringLiteral("<EVENT>"));
    Q_UNUSED(where);
    // Today's times (a check-in, an export's date) differ by the seconds between the two runs.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    text.replace(QRegularExpression(today + QStringLiteral("[T ]\\d\\d:\\d\\d(:\\d\\d)?(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)?")),
                 QStringLiteral("<NOW>"));
    text.replace(QRegularExpression(QStringLiteral("\\b\\d\\d:\\d\\d(:\\d\\d)?\\b(?=[^\\n]*\\b(checked in|Checked in)\\b)")),
                 QStringLiteral("<TIME>"));
    text.replace(QRegularExpression(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral("T\\d{6}Z")),
                 QStringLiteral("<NOW>"));
    // A file names itself, a server event says where it is: the sentence is the same.
    text.replace(QStringLiteral("“<EVENT>” on the server"), QStringLiteral("“<EVENT>”"));
    // After an erase a file says it was rewritten; a server says what its operator still has to clear.
    text.replace(QRegularExpression(QStringLiteral("\\. (The file was rewritten|No table or history on the server)[^\\n]*")),
                 QStringLiteral(". <ERASED>"));
    // A server records the desk a check-in came from (the machine, unless --desk says), a file none.
    text.replace(QRegularExpression(QStringLiteral("(checked in )at desk \\S+ (at )")), QStringLiteral("\\1\\2"));
    text.replace(QRegularExpression(QStringLiteral("(checked in at )\\d\\d:\\d\\d(:\\d\\d)?")), QStringLiteral("\\1<TIME>"));
    // The site's cache name is a digest of its files, the calendar's DTSTAMP among them.
    text.replace(QRegularExpression(QStringLiteral("'podium-[0-9a-f]{16}'")), QStringLiteral("'podium-<DIGEST>'"));
    // How long a command took ("4 pages in 133 ms").
    text.replace(QRegularExpression(QStringLiteral("\\bin \\d+ ms\\b")), QStringLiteral("in <T> ms"));
    // New people and sessions get random GUIDs, on each store their own.
    text.replace(QRegularExpression(QStringLiteral("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b")),
                 QStringLiteral("<GUID>"));
    return text;
}

// One run of podium-cli with "@" in args standing for the event, and what it wrote into its own folder.
struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QMap<QString, QString> files; // relative path -> content (PDFs as their text)
};

QString contentOf(const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf")))
        return test::pdfText(path);
    if (path.endsWith(QLatin1String(".xlsx"))) {
        const auto sheet = test::runProgram(QStringLiteral("unzip"),
                                            {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml"),
                                             QStringLiteral("xl/worksheets/sheet1.xml")});
        return sheet.out;
    }
    return QString::fromUtf8(test::readFile(path));
}

Outcome run(const Twins &t, bool onServer, const QStringList &args, const test::TempDir &dir, const QString &step)
{
    const QString where = onServer ? QStringLiteral("server") : QStringLiteral("file");
    const QString outDir = dir.path(step + QLatin1Char('-') + where);
    QDir().mkpath(outDir);
    QStringList resolved;
    for (const QString &a : args)
        resolved << (a == QLatin1String("@") ? (onServer ? t.uri : t.file) : QString(a).replace(QStringLiteral("<OUT>"), outDir));
    const auto r = test::runCli(resolved);
    Outcome o;
    o.exitCode = r.exitCode;
    o.out = normalised(r.out, t, where, outDir);
    o.err = normalised(r.err, t, where, outDir);
    QDirIterator files(outDir, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        o.files.insert(QDir(outDir).relativeFilePath(path), normalised(contentOf(path), t, where, outDir));
    }
    return o;
}

void compare(const Twins &t, const QStringList &args, const test::TempDir &dir, const QString &step)
{
    const Outcome file = run(t, false, args, dir, step);
    const Outcome server = run(t, true, args, dir, step);
    INFO("podium-cli " << args.join(QLatin1Char(' ')).toStdString());
    INFO("on the file: " << file.exitCode << "\n" << file.out.toStdString() << file.err.toStdString());
    INFO("on the server: " << server.exitCode << "\n" << server.out.toStdString() << server.err.toStdString());
    CHECK(server.exitCode == file.exitCode);
    CHECK(server.out == file.out);
    CHECK(server.err == file.err);
    CHECK(server.files.keys() == file.files.keys());
    for (auto it = file.files.cbegin(); it != file.files.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(server.files.value(it.key()) == it.value());
    }
}

// A registered participant of the demo (not a speaker): their address and code.
QPair<QString, QString> someAttendee(const Twins &t, const test::TempDir &dir)
{
    const QString csv = dir.path(QStringLiteral("attendees.csv"));
    const auto r = test::runCli({QStringLiteral("export"), QStringLiteral("participants"), t.file, QStringLiteral("-o"),
                                 csv, QStringLiteral("--columns"), QStringLiteral("email,code,category"),
                                 QStringLiteral("--codes")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    for (const QString &line : QString::fromUtf8(test::readFile(csv)).split(QRegularExpression(QStringLiteral("\r?\n")))) {
        const QStringList cells = QString(line).remove(QLatin1Char('"')).split(QLatin1Char(','));
        if (cells.size() == 3 && cells[2] == QLatin1String("attendee") && cells[0].contains(QLatin1Char('@')))
            return {cells[0], cells[1]};
    }
    FAIL("the demo has no attendee with an address");
    return {};
}

} // namespace

TEST_CASE("Every reading command gives the same on a server event as on its file", "[server]")
{
    test::TempDir dir;
    const Twins t = publishDemo(dir, QStringLiteral("cli-read"));
    const auto attendee = someAttendee(t, dir);
    const QString o = QStringLiteral("<OUT>/");
    const QList<QStringList> commands{
        {QStringLiteral("info"), QStringLiteral("@")},
        {QStringLiteral("info"), QStringLiteral("@"), QStringLiteral("--json")},
        {QStringLiteral("check"), QStringLiteral("@")},
        {QStringLiteral("check"), QStringLiteral("@"), QStringLiteral("--json")},
        {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("s.xml")},
        {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("s.json")},
        {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("s.ics")},
        {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("s.csv")},
        {QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("p.csv")},
        {QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("p.xlsx")},
        {QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("@"), QStringLiteral("--preset"),
         QStringLiteral("share"), QStringLiteral("-o"), o + QStringLiteral("share.csv")},
        {QStringLiteral("export"), QStringLiteral("site"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("site")},
        {QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("@"), attendee.first, QStringLiteral("-o"),
         o + QStringLiteral("person.json")},
    };
    int step = 0;
    for (const QStringList &command : commands)
        compare(t, command, dir, QString::number(++step));
    // Every printed document (badges last: printing them marks them printed, on both).
    for (const char *kind : {"programme", "timetable", "signs", "attendees", "signin", "speakers", "certificates",
                             "badges"})
        compare(t, {QStringLiteral("export"), QLatin1String(kind), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("d.pdf")},
                dir, QString::number(++step));
}

TEST_CASE("Every writing command changes a server event as it changes its file, and pull gives the file back", "[server]")
{
    test::TempDir dir;
    const Twins t = publishDemo(dir, QStringLiteral("cli-write"));
    const auto attendee = someAttendee(t, dir);
    const QString o = QStringLiteral("<OUT>/");
    const QString state = QStringLiteral("state");
    const QString everyColumnButTheCode = QStringLiteral(
        "title,first_name,last_name,organisation,organisation_type,position,email,phone,country,category,status,"
        "dietary,accessibility,consent_list,consent_photo,checked_in,badge_printed,notes,registered");
    int step = 0;
    const auto sameState = [&] {
        compare(t, {QStringLiteral("info"), QStringLiteral("@"), QStringLiteral("--json")}, dir, state + QString::number(++step));
        // Every column but the registration code: new registrations get random ones.
        compare(t, {QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("@"), QStringLiteral("--codes"),
                    QStringLiteral("--columns"), everyColumnButTheCode, QStringLiteral("-o"), o + QStringLiteral("p.csv")},
                dir, state + QString::number(++step));
        compare(t, {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"),
                    o + QStringLiteral("s.json")},
                dir, state + QString::number(++step));
    };
    // Badges first: they print registration codes, which new registrations get at random.
    const QList<QStringList> edits{
        {QStringLiteral("export"), QStringLiteral("badges"), QStringLiteral("@"), QStringLiteral("-o"), o + QStringLiteral("b.pdf")},
        {QStringLiteral("import"), QStringLiteral("participants"), QStringLiteral("@"),
         test::fixture(QStringLiteral("participants/header-en-us.csv"))},
        {QStringLiteral("import"), QStringLiteral("participants"), QStringLiteral("@"),
         test::fixture(QStringLiteral("participants/duplicates.csv")), QStringLiteral("--on-duplicate"), QStringLiteral("update")},
        {QStringLiteral("import"), QStringLiteral("schedule"), QStringLiteral("@"),
         test::fixture(QStringLiteral("schedule/fosdem-2018-excerpt.xml")), QStringLiteral("--merge")},
        {QStringLiteral("checkin"), QStringLiteral("@"), attendee.second},
        {QStringLiteral("checkin"), QStringLiteral("@"), attendee.second}, // twice: "already checked in"
        {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("@"), attendee.first, QStringLiteral("--yes")},
        {QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("@"), attendee.first, QStringLiteral("--yes")}, // nobody now
    };
    for (const QStringList &command : edits) {
        compare(t, command, dir, QStringLiteral("edit") + QString::number(++step));
        sameState();
    }

    // pull: the server's event as a file again, the same as the server's in every command, codes included.
    Twins pulled = t;
    pulled.file = dir.path(QStringLiteral("pulled.podium"));
    const auto pull = test::runCli({QStringLiteral("pull"), t.uri, pulled.file});
    INFO(pull.err.toStdString());
    REQUIRE(pull.exitCode == 0);
    compare(pulled, {QStringLiteral("info"), QStringLiteral("@"), QStringLiteral("--json")}, dir, QStringLiteral("pulled1"));
    compare(pulled, {QStringLiteral("export"), QStringLiteral("participants"), QStringLiteral("@"), QStringLiteral("-o"),
                     o + QStringLiteral("p.csv")},
            dir, QStringLiteral("pulled2"));
    compare(pulled, {QStringLiteral("export"), QStringLiteral("schedule"), QStringLiteral("@"), QStringLiteral("-o"),
                     o + QStringLiteral("s.xml")},
            dir, QStringLiteral("pulled3"));
    compare(pulled, {QStringLiteral("check"), QStringLiteral("@")}, dir, QStringLiteral("pulled4"));

    // anonymise last: afterwards little is left to compare but the counts.
    compare(t, {QStringLiteral("anonymise"), QStringLiteral("@"), QStringLiteral("--force"), QStringLiteral("--yes")}, dir,
            QStringLiteral("anonymise"));
    sameState();
}
