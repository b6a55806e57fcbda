// Every input a fuzzer once crashed on (tests/fuzz/regressions/<target>/) and
// every seed must give a clean outcome: accepted, or refused with a message.
// Under the sanitizer build a regression shows up as a sanitizer report.
#include "FuzzTargets.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// Feeds each file to the target; returns how many were accepted.
int replay(const QString &target, const QStringList &files)
{
    int accepted = 0;
    for (const QString &path : files) {
        INFO(target.toStdString() << ": " << path.toStdString());
        QString outcome;
        REQUIRE(fuzz::run(target, test::readFile(path), &outcome));
        if (outcome.isEmpty())
            ++accepted;
        else
            CHECK(outcome.size() > 10); // a sentence for the user, not an empty failure
    }
    return accepted;
}

const QString fuzzDir = QStringLiteral(PODIUM_SOURCE_DIR "/tests/fuzz");

} // namespace

TEST_CASE("Inputs that once crashed a fuzzer are handled cleanly")
{
    for (const QString &target : {QStringLiteral("schedule-xml"), QStringLiteral("schedule-json"),
                                  QStringLiteral("schedule-csv"), QStringLiteral("event-file"),
                                  QStringLiteral("participants-csv")}) {
        const QStringList files = filesUnder(fuzzDir + QStringLiteral("/regressions/") + target);
        replay(target, files);
    }
}

TEST_CASE("The fuzzers' seeds are handled cleanly and the good ones accepted")
{
    const QString schedules = test::fixture(QStringLiteral("schedule"));
    CHECK(replay(QStringLiteral("schedule-xml"), filesUnder(schedules)) >= 4);
    CHECK(replay(QStringLiteral("schedule-json"), filesUnder(schedules)) >= 1);
    CHECK(replay(QStringLiteral("schedule-csv"), filesUnder(schedules)) >= 1);
    const QStringList csv = filesUnder(test::fixture(QStringLiteral("participants")));
    CHECK(replay(QStringLiteral("participants-csv"), csv) >= 10);
    const QStringList events = filesUnder(fuzzDir + QStringLiteral("/seeds/event-file"));
    REQUIRE(events.size() >= 2);
    CHECK(replay(QStringLiteral("event-file"), events) == events.size());
}

TEST_CASE("The event-file target refuses a truncated event file with a message")
{
    const QStringList events = filesUnder(fuzzDir + QStringLiteral("/seeds/event-file"));
    REQUIRE(!events.isEmpty());
    const QByteArray whole = test::readFile(events.first());
    QString outcome;
    REQUIRE(fuzz::run(QStringLiteral("event-file"), whole.left(whole.size() / 2), &outcome));
    CHECK(outcome.contains(QStringLiteral("damaged")));
}
