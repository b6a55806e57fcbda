// Personal data on a server (issue 17, point 4): person erase and anonymise,
// run on an event on the test server, leave no row anywhere in the database
// (every table of every schema, Podium's history included) that still holds
// the person's e-mail address or name. Looked at with psql, as an auditor would.
#include "support/StoreUnderTest.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The tables (schema.table) with a row whose text holds `needle`, any case,
// in every schema of the test database but the system's.
QStringList tablesHolding(const QString &needle)
{
    REQUIRE(QRegularExpression(QStringLiteral("^[A-Za-z0-9@.+ -]+$")).match(needle).hasMatch());
    const auto run = test::psql(
        QStringLiteral("SELECT n.nspname || '.' || c.relname FROM pg_class c "
                       "JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE c.relkind IN ('r', 'p', 'm') "
                       "AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
                       "AND (xpath('/row/c/text()', query_to_xml(format("
                       "'SELECT count(*) AS c FROM %I.%I x WHERE strpos(lower(x::text), lower(%L)) > 0', "
                       "n.nspname, c.relname, '%1'), false, true, '')))[1]::text::int > 0 ORDER BY 1")
            .arg(needle));
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

struct Subject
{
    QString firstName;
    QString lastName;
    QString email;
    QString organisation;
};

// The demo event published to the server with one more attendee whose every
// field is unique to this test, then changed on the server (so Podium's
// history there holds their old values too) and checked in.
QString publishWithSubject(const test::TempDir &dir, const Subject &s)
{
    const QString file = dir.path(QStringLiteral("demo.podium"));
    REQUIRE(test::runCli({QStringLiteral("demo"), file}).exitCode == 0);
    const QString csv = dir.path(QStringLiteral("subject.csv"));
    test::writeFile(csv, QStringLiteral("First name,Last name,Email,Organisation,Phone,Dietary\n"
                                        "%1,%2,%3,%4,+352 621 000 111,vegan\n")
                             .arg(s.firstName, s.lastName, s.email, s.organisation)
                             .toUtf8());
    auto imported = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), file, csv});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString uri = test::serverEventUri(test::uniqueEventName(QStringLiteral("erasure")));
    REQUIRE(test::runCli({QStringLiteral("server"), QStringLiteral("init"), test::serverUri()}).exitCode == 0);
    auto published = test::runCli({QStringLiteral("publish"), file, uri});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);

    // A change on the server: the history keeps the old organisation and phone.
    test::writeFile(csv, QStringLiteral("First name,Last name,Email,Organisation,Phone\n"
                                        "%1,%2,%3,%4 Holdings,+352 621 000 222\n")
                             .arg(s.firstName, s.lastName, s.email, s.organisation)
                             .toUtf8());
    auto updated = test::runCli({QStringLiteral("import"), QStringLiteral("participants"), uri, csv,
                                 QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    INFO(updated.err.toStdString());
    REQUIRE(updated.exitCode == 0);
    const QString codes = dir.path(QStringLiteral("codes.csv"));
    auto exported = test::runCli({QStringLiteral("export"), QStringLiteral("participants"), uri, QStringLiteral("-o"),
                                  codes, QStringLiteral("--columns"), QStringLiteral("email,code")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QString code;
    for (const QString &line : QString::fromUtf8(test::readFile(codes)).split(QRegularExpression(QStringLiteral("\r?\n"))))
        if (line.startsWith(s.email + QLatin1Char(',')))
            code = line.section(QLatin1Char(','), 1).remove(QLatin1Char('"'));
    REQUIRE(!code.isEmpty());
    auto checkedIn = test::runCli({QStringLiteral("checkin"), uri, code});
    INFO(checkedIn.err.toStdString());
    REQUIRE(checkedIn.exitCode == 0);
    return uri;
}

Subject uniqueSubject(const char *hint)
{
    static int counter = 0;
    const QString tag = QStringLiteral("%1x%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    return {QStringLiteral("Quillonbey%1").arg(tag), QStringLiteral("Marchwright%1").arg(tag),
            QStringLiteral("%1.%2@example.org").arg(QLatin1String(hint), tag), QStringLiteral("Kestrelworks%1").arg(tag)};
}

void requireNowhere(const Subject &s)
{
    for (const QString &needle : {s.email, s.firstName, s.lastName, s.organisation}) {
        INFO(needle.toStdString());
        CHECK(tablesHolding(needle).isEmpty());
    }
}

} // namespace

TEST_CASE("On a server, person erase leaves no row anywhere with the person's address or name", "[server]")
{
    test::TempDir dir;
    const Subject s = uniqueSubject("erase");
    const QString uri = publishWithSubject(dir, s);
    // The look finds them before: it would find what an erase left.
    CHECK(tablesHolding(s.email).size() >= 1);
    CHECK(tablesHolding(s.organisation + QStringLiteral(" Holdings")).size() >= 1);
    const auto before = test::runCli({QStringLiteral("info"), uri, QStringLiteral("--json")});
    REQUIRE(before.exitCode == 0);

    auto erased = test::runCli({QStringLiteral("person"), QStringLiteral("erase"), uri, s.email.toUpper(),
                                QStringLiteral("--yes")});
    INFO(erased.out.toStdString() << erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    requireNowhere(s);

    // Only they went: the demo's people are all still there.
    const auto after = test::runCli({QStringLiteral("info"), uri, QStringLiteral("--json")});
    REQUIRE(after.exitCode == 0);
    const QRegularExpression participants(QStringLiteral("\"participants\"\\s*:\\s*(\\d+)"));
    CHECK(participants.match(after.out).captured(1).toInt() == participants.match(before.out).captured(1).toInt() - 1);
    CHECK(tablesHolding(QStringLiteral("Pharma meets Academia")).size() >= 1);
}

TEST_CASE("On a server, anonymise leaves no row anywhere with an attendee's address or name", "[server]")
{
    test::TempDir dir;
    const Subject s = uniqueSubject("anonymise");
    const QString uri = publishWithSubject(dir, s);
    CHECK(tablesHolding(s.lastName).size() >= 1);

    auto anonymised = test::runCli({QStringLiteral("anonymise"), uri, QStringLiteral("--force"), QStringLiteral("--yes")});
    INFO(anonymised.out.toStdString() << anonymised.err.toStdString());
    REQUIRE(anonymised.exitCode == 0);
    requireNowhere(s);
}
