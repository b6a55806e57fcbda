#include "support/EventFiles.h"

#include "generate/DemoEvent.h"
#include "io/CsvReader.h"
#include "io/TextDecoder.h"
#include "model/Event.h"
#include "privacy/ConsentPolicy.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/ParticipantTableQuery.h"
#include "storage/PersonRepository.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {
struct Demo
{
    test::TempDir dir;
    QString path = test::placeDemoEvent(dir);
};

QList<QStringList> parseCsv(const QByteArray &bytes, QChar delimiter)
{
    const QString text = TextDecoder::decode(bytes).text;
    CsvReader reader(text, delimiter);
    CsvReader::Record record;
    QList<QStringList> rows;
    while (!reader.atEnd()) {
        REQUIRE(reader.next(record).ok());
        rows << record.texts();
    }
    return rows;
}

test::CliRun exportParticipants(const QString &event, const QString &out, const QStringList &extra = {})
{
    return test::runCli(QStringList{QStringLiteral("export"), QStringLiteral("participants"), event,
                                    QStringLiteral("-o"), out}
                        + extra);
}

QList<ParticipantRow> allRows(const EventStore &file)
{
    auto page = ParticipantTableQuery(file, {}).page({}, 100000);
    REQUIRE(page.ok());
    return page->rows;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}
} // namespace

TEST_CASE("CSV export parsed back equals what is in the event", "[stores]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("all.csv"));
    const auto run = exportParticipants(demo.path, out);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK((QFileInfo(out).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const QByteArray bytes = test::readFile(out);
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    const auto parsed = parseCsv(bytes, QLatin1Char(','));
    auto file = test::openTestEvent(demo.path);
    const auto rows = allRows(*file);
    const Event event = file->event().load().value();
    REQUIRE(parsed.size() == rows.size() + 1);
    CHECK(parsed[0].size() == 20);
    CHECK(parsed[0][0] == QStringLiteral("Title"));
    CHECK(parsed[0][16] == QStringLiteral("Checked in"));
    int checkedIn = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &c = parsed[i + 1];
        const Person &pe = rows[i].person;
        const Participant &pa = rows[i].participant;
        INFO(pe.email.toStdString());
        auto plain = [](const QString &s) { return s.startsWith(QLatin1Char('\'')) ? s.mid(1) : s; };
        CHECK(c[0] == pe.title);
        CHECK(c[1] == pe.firstName);
        CHECK(c[2] == pe.lastName);
        CHECK(c[3] == pe.organisation);
        CHECK(c[4] == toLabel(pe.organisationType)); // as people read it; --codes for the keys
        CHECK(c[6] == pe.email);
        CHECK(plain(c[7]) == pe.phone);
        CHECK(c[9] == toLabel(pa.category));
        CHECK(c[10] == toLabel(pa.status));
        CHECK(c[11] == pa.code);
        CHECK(c[14] == yesNo(pa.consentList));
        CHECK(c[15] == yesNo(pa.consentPhoto));
        const QString local = pa.isCheckedIn()
                                  ? event.toLocal(pa.checkedIn).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QString();
        CHECK(c[16] == local);
        checkedIn += pa.isCheckedIn();
        CHECK(c[19] == event.toLocal(pa.registeredAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    CHECK(checkedIn > 0); // the demo has arrivals: local times were compared
}

TEST_CASE("Excel (Europe) preset: semicolons, BOM, CRLF; chosen columns and category", "[stores]")
{
    Demo demo;
    const QString out = demo.dir.path(QStringLiteral("europe.csv"));
    const auto run = exportParticipants(demo.path, out,
                                        {QStringLiteral("--preset"), QStringLiteral("excel-europe"),
                                         QStringLiteral("--columns"), QStringLiteral("last_name,email,category"),
                                         QStringLiteral("--category"), QStringLiteral("speaker")});
    REQUIRE(run.exitCode == 0);
    const QByteArray bytes = test::readFile(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBFLast name;Email;Category\r\n"));
    CHECK(bytes.count("\r\n") == bytes.count("\n"));
    const auto parsed = parseCsv(bytes, QLatin1Char(';'));
    auto file = test::openTestEvent(demo.path);
    CHECK(parsed.size() - 1 == file->participants().countByCategory().value().value(QStringLiteral("speaker")));
    for (int i = 1; i < parsed.size(); ++i)
        CHECK(parsed[i].value(2) == toLabel(ParticipantCategory::Speaker)); // as people read it, like the rest of the export
    // Refuses to overwrite without --force.
    CHECK(exportParticipants(demo.path, out).exitCode == 2);
    CHECK(exportParticipants(demo.path, out, {QStringLiteral("--force")}).exitCode == 0);
}

TEST_CASE("Cells that a spreadsheet would run as formulas are neutralised", "[stores]")
{
    Demo demo;
    {
        auto file = test::openTestEvent(demo.path);
        auto people = file->people().all().value();
        Person p = people.first();
        p.organisation = QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")");
        p.position = QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
        p.title = QStringLiteral("-2+3");
        REQUIRE(file->people().update(p).ok());
    }
    const QString out = demo.dir.path(QStringLiteral("f.csv"));
    REQUIRE(exportParticipants(demo.path, out, {QStringLiteral("--columns"),
                                                QStringLiteral("title,organisation,position,last_name")})
                .exitCode
            == 0);
    const auto parsed = parseCsv(test::readFile(out), QLatin1Char(','));
    bool found = false;
    for (const QStringList &row : parsed) {
        if (row[1].contains(QStringLiteral("HYPERLINK"))) {
            found = true;
            CHECK(row[0] == QStringLiteral("'-2+3"));
            CHECK(row[1] == QStringLiteral("'=HYPERLINK(\"http://evil\",\"x\")"));
            CHECK(row[2] == QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
        }
        for (const QString &cell : row)
            CHECK_FALSE(QRegularExpression(QStringLiteral("^[=+\\-@\\t\\r]")).match(cell).hasMatch());
    }
    CHECK(found);
}

TEST_CASE("The attendee list to share leaves out who did not consent", "[stores]")
{
    Demo demo;
    auto file = test::openTestEvent(demo.path);
    QSet<QString> consented, refused;
    for (const ParticipantRow &row : allRows(*file)) {
        const bool may = ConsentPolicy::mayAppear(row.participant, ConsentPolicy::Output::SharedSpreadsheet);
        (may ? consented : refused).insert(row.person.lastName + QLatin1Char('|') + row.person.firstName);
    }
    REQUIRE_FALSE(refused.isEmpty());
    for (const QStringList &options : {QStringList{QStringLiteral("--preset"), QStringLiteral("share")},
                                       QStringList{QStringLiteral("--consented-only"), QStringLiteral("--columns"),
                                                   QStringLiteral("first_name,last_name")}}) {
        const QString out = demo.dir.path(QStringLiteral("share.csv"));
        REQUIRE(exportParticipants(demo.path, out, options + QStringList{QStringLiteral("--force")}).exitCode == 0);
        const auto parsed = parseCsv(test::readFile(out), QLatin1Char(','));
        const int first = int(parsed[0].indexOf(QStringLiteral("First name")));
        const int last = int(parsed[0].indexOf(QStringLiteral("Last name")));
        CHECK_FALSE(parsed[0].contains(QStringLiteral("Email"))); // the share preset has no contact details
        QSet<QString> exported;
        for (int i = 1; i < parsed.size(); ++i)
            exported.insert(parsed[i][last] + QLatin1Char('|') + parsed[i][first]);
        CHECK(exported == consented);
    }
}

TEST_CASE("Exported CSV imports back into a new event unchanged, with labels (the default) or --codes", "[stores]")
{
    Demo demo;
    for (const bool codes : {false, true}) {
        INFO((codes ? "--codes" : "labels"));
        const QString out = demo.dir.path(codes ? QStringLiteral("codes.csv") : QStringLiteral("labels.csv"));
        QStringList options{QStringLiteral("--preset"), QStringLiteral("excel-europe")};
        if (codes)
            options << QStringLiteral("--codes");
        REQUIRE(exportParticipants(demo.path, out, options).exitCode == 0);
        const QByteArray bytes = test::readFile(out);
        // What a person reads in Podium, or the stable keys for other programs.
        CHECK(bytes.contains(codes ? ";speaker;registered;" : ";Speaker;Registered;"));
        CHECK_FALSE(bytes.contains(codes ? ";Speaker;Registered;" : ";speaker;registered;"));
        QString copy;
        test::createTestEvent(demo.dir, test::openTestEvent(demo.path)->event().load().value(), &copy,
                              codes ? QStringLiteral("codes") : QStringLiteral("labels"));
        const auto run = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), copy, out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const auto before = allRows(*test::openTestEvent(demo.path));
        const auto after = allRows(*test::openTestEvent(copy));
        REQUIRE(before.size() == after.size());
        for (int i = 0; i < before.size(); ++i) {
            ParticipantRow x = before[i], y = after[i];
            // Ids differ; times are exported to the minute.
            for (ParticipantRow *r : {&x, &y}) {
                r->person.id = r->participant.personId = r->participant.id = 0;
                for (QDateTime *t : {&r->participant.checkedIn, &r->participant.registeredAt})
                    if (t->isValid())
                        *t = QDateTime::fromSecsSinceEpoch(t->toSecsSinceEpoch() / 60 * 60, QTimeZone::utc());
            }
            INFO(x.person.email.toStdString());
            CHECK(x.person == y.person);
            CHECK(x.participant == y.participant);
        }
    }
}
