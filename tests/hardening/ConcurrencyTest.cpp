// Two writers on one event file at once, and the GUI noticing a change made
// by another program.
#include "HardeningSupport.h"

#include "document/EventDocument.h"
#include "pages/OverviewPage.h"
#include "storage/EventFile.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>

using namespace hardening;

namespace {

struct Outcome
{
    bool succeeded = false;
    QString err;
};

// Starts every command at once and waits for all of them. Each must either
// succeed or refuse cleanly (exit 2, saying the file is busy): never crash.
QList<Outcome> runTogether(const QList<QStringList> &commands)
{
    QList<QProcess *> processes;
    for (const QStringList &args : commands) {
        auto *p = new QProcess;
        p->start(QStringLiteral(PODIUM_CLI), args);
        processes << p;
    }
    QList<Outcome> outcomes;
    for (QProcess *p : processes) {
        REQUIRE(p->waitForFinished(120000));
        Outcome o;
        o.err = QString::fromUtf8(p->readAllStandardError());
        INFO(p->arguments().join(QLatin1Char(' ')).toStdString() << "\n" << o.err.toStdString());
        REQUIRE(p->exitStatus() == QProcess::NormalExit);
        o.succeeded = p->exitCode() == 0;
        if (!o.succeeded) {
            CHECK(p->exitCode() == 2);
            CHECK((o.err.contains(QLatin1String("locked")) || o.err.contains(QLatin1String("being changed"))));
        }
        outcomes << o;
        delete p;
    }
    return outcomes;
}

int sessions(const QString &path)
{
    return Sql(path).value(QStringLiteral("SELECT count(*) FROM session")).toInt();
}

// How many sessions a schedule XML holds.
int eventsIn(const QString &xml)
{
    return int(test::readFile(xml).count("<event "));
}

// The scheduled ones of `count` generated sessions, as a frab XML whose GUIDs no other seed shares.
QString scheduleXml(const test::TempDir &dir, const QString &name, int count, int seed)
{
    const QString event = dir.path(name + QStringLiteral(".podium"));
    const QString xml = dir.path(name + QStringLiteral(".xml"));
    cli({QStringLiteral("generate"), event, QStringLiteral("--sessions"), QString::number(count),
         QStringLiteral("--participants"), QStringLiteral("0"), QStringLiteral("--seed"), QString::number(seed)});
    cli({QStringLiteral("export"), QStringLiteral("schedule"), event, QStringLiteral("-o"), xml});
    return xml;
}

QStringList mergeImport(const QString &target, const QString &xml)
{
    return {QStringLiteral("import"), QStringLiteral("schedule"), target, xml, QStringLiteral("--merge")};
}

} // namespace

TEST_CASE("Two schedule imports into one file at once: each waits or fails cleanly, nothing is lost")
{
    test::TempDir dir;
    const QString a = scheduleXml(dir, QStringLiteral("a"), 600, 11);
    const QString b = scheduleXml(dir, QStringLiteral("b"), 600, 12);
    const QString before = dir.path(QStringLiteral("before.podium"));
    cli({QStringLiteral("generate"), before, QStringLiteral("--sessions"), QStringLiteral("20"),
         QStringLiteral("--participants"), QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("3")});
    const int base = sessions(before);
    const int inA = eventsIn(a), inB = eventsIn(b);
    REQUIRE(inA > 50);
    const QString target = dir.path(QStringLiteral("target.podium"));
    int bothSucceeded = 0;
    for (int round = 0; round < 3; ++round) {
        copy(before, target);
        const QList<Outcome> o = runTogether({mergeImport(target, a), mergeImport(target, b)});
        REQUIRE((o[0].succeeded || o[1].succeeded));
        bothSucceeded += o[0].succeeded && o[1].succeeded;
        REQUIRE(integrity(target) == QLatin1String("ok"));
        CHECK(sessions(target) == base + (o[0].succeeded ? inA : 0) + (o[1].succeeded ? inB : 0));
    }
    WARN("both imports succeeded in " << bothSucceeded << " of 3 rounds (the other waited for the first)");
}

TEST_CASE("An import and a person erasure at once: both changes are kept")
{
    test::TempDir dir;
    const QString xml = scheduleXml(dir, QStringLiteral("a"), 800, 21);
    const QString before = dir.path(QStringLiteral("before.podium"));
    cli({QStringLiteral("generate"), before, QStringLiteral("--sessions"), QStringLiteral("20"),
         QStringLiteral("--participants"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("4")});
    const int base = sessions(before);
    const int imported = eventsIn(xml);
    REQUIRE(imported > 50);
    const QString email = Sql(before).value(QStringLiteral(
        "SELECT email FROM person WHERE email <> '' GROUP BY lower(email) HAVING count(*) = 1 LIMIT 1"));
    const QString target = dir.path(QStringLiteral("target.podium"));
    for (int round = 0; round < 2; ++round) {
        copy(before, target);
        const QList<Outcome> o = runTogether(
            {mergeImport(target, xml),
             {QStringLiteral("person"), QStringLiteral("erase"), target, email, QStringLiteral("--yes")}});
        REQUIRE((o[0].succeeded || o[1].succeeded));
        REQUIRE(integrity(target) == QLatin1String("ok"));
        CHECK(sessions(target) == base + (o[0].succeeded ? imported : 0));
        const int left = Sql(target)
                             .value(QStringLiteral("SELECT count(*) FROM person WHERE lower(email) = lower('%1')").arg(email))
                             .toInt();
        CHECK(left == (o[1].succeeded ? 0 : 1));
    }
}

namespace {
QString countsText(const OverviewPage &page)
{
    for (const QLabel *label : page.findChildren<QLabel *>())
        if (label->text().contains(QLatin1String("Sessions")))
            return label->text();
    return {};
}
} // namespace

TEST_CASE("The GUI notices another program changing the open file and shows the new counts")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("open.podium"));
    cli({QStringLiteral("generate"), path, QStringLiteral("--sessions"), QStringLiteral("12"),
         QStringLiteral("--participants"), QStringLiteral("10")});
    const QString xml = scheduleXml(dir, QStringLiteral("more"), 30, 99);

    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    EventDocument document(std::move(file).value());
    OverviewPage page;
    page.setDocument(&document);
    const QLocale locale;
    REQUIRE(countsText(page).contains(locale.toString(12) + QLatin1String(" (")));
    QSignalSpy external(&document, &EventDocument::changedExternally);

    SECTION("by polling, without being asked")
    {
        cli(mergeImport(path, xml)); // another process
        REQUIRE(external.wait(5000)); // the 1.5 s poll fires
        CHECK(countsText(page).contains(locale.toString(42) + QLatin1String(" (")));
    }
    SECTION("when asked to check, for a write through another connection")
    {
        {
            const Sql other(path);
            other.column(QStringLiteral("UPDATE event SET name = 'Renamed elsewhere', version = version + 1"));
            other.column(QStringLiteral("DELETE FROM session WHERE id IN (SELECT id FROM session LIMIT 2)"));
        }
        document.checkForExternalChanges();
        CHECK(external.count() == 1);
        CHECK(countsText(page).contains(locale.toString(10) + QLatin1String(" (")));
        bool renamed = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            renamed = renamed || label->text() == QLatin1String("Renamed elsewhere");
        CHECK(renamed);
        document.checkForExternalChanges(); // nothing new: no second signal
        CHECK(external.count() == 1);
    }
}
