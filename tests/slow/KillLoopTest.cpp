// The hostile tester's kill -9 loop, kept: 30 kills at random points (fixed
// seed) of imports, generates, anonymisations and erasures, each aimed at a
// write the work itself reports. After every kill the file must be sound and
// hold all the old data or all the new; a killed generate's half-written
// `.part` is gone after the next run. Label "slow" (about 30 s): CI runs it.
#include "hardening/HardeningSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace hardening;

namespace {

QRandomGenerator random(23);

struct Operation
{
    const char *name;
    QStringList args;
    std::function<void()> reset;
    std::function<QString()> state; // a one-line summary of what the file holds
};

// Kills `op` `kills` times at random writes (and once after its commit),
// checking the file after each; returns the states seen.
void killAtRandom(const Operation &op, int kills)
{
    op.reset();
    const QString old = op.state();
    const qint64 writes = hookCounts(op.args).value(QStringLiteral("write"));
    REQUIRE(writes > 0);
    const QString complete = op.state();
    REQUIRE(complete != old);
    int sawOld = 0;
    for (int i = 0; i < kills; ++i) {
        op.reset();
        const bool afterCommit = i == kills - 1;
        const qint64 n = afterCommit ? 1 : 1 + qint64(random.bounded(quint64(writes)));
        INFO(op.name << ": killed at " << (afterCommit ? "commit" : "write ") << n << " of " << writes);
        CHECK(runAndKillAt(op.args, afterCommit ? QStringLiteral("committed") : QStringLiteral("write"), n));
        const QString now = op.state();
        INFO("old:      " << old.toStdString() << "\ncomplete: " << complete.toStdString() << "\nnow:      " << now.toStdString());
        CHECK((now == old || now == complete));
        sawOld += now == old;
    }
    // Writes after the commit (an erasure's VACUUM) leave the complete state; most kills land before it.
    CHECK(sawOld >= 1);
    WARN(op.name << ": " << sawOld << " of " << kills << " kills left the old state, the others the complete one");
}

// What a file holds, after checking podium-cli opens it and SQLite finds it sound.
QString summary(const QString &path, const QString &extra)
{
    const test::CliRun info = test::runCli({QStringLiteral("info"), path});
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    REQUIRE(integrity(path) == QLatin1String("ok"));
    return rowCounts(path) + QStringLiteral(", ") + Sql(path).value(extra);
}

} // namespace

TEST_CASE("Thirty kill -9 at random writes of imports, generates, anonymisations and erasures lose nothing", "[slow]")
{
    test::TempDir dir;
    const QString before = dir.path(QStringLiteral("before.podium"));
    cli({QStringLiteral("generate"), before, QStringLiteral("--participants"), QStringLiteral("3000"),
         QStringLiteral("--seed"), QStringLiteral("3")});
    const QString source = dir.path(QStringLiteral("source.podium"));
    cli({QStringLiteral("generate"), source, QStringLiteral("--participants"), QStringLiteral("4000"),
         QStringLiteral("--seed"), QStringLiteral("8")});
    const QString csv = dir.path(QStringLiteral("participants.csv"));
    cli({QStringLiteral("export"), QStringLiteral("participants"), source, QStringLiteral("-o"), csv});
    const QString email = Sql(before).value(QStringLiteral("SELECT email FROM person WHERE email <> '' ORDER BY id LIMIT 1 OFFSET 100"));
    const QString target = dir.path(QStringLiteral("target.podium"));
    const QString emails = QStringLiteral("SELECT count(*) FROM person WHERE email <> ''");
    auto restore = [&] { copy(before, target); };
    auto state = [&] { return summary(target, emails); };

    const QList<Operation> operations{
        {"import", {QStringLiteral("import"), QStringLiteral("participants"), target, csv}, restore, state},
        {"anonymise", {QStringLiteral("anonymise"), target, QStringLiteral("--force"), QStringLiteral("--yes")}, restore, state},
        {"erase", {QStringLiteral("person"), QStringLiteral("erase"), target, email, QStringLiteral("--yes")}, restore, state},
        {"generate", {QStringLiteral("generate"), target, QStringLiteral("--participants"), QStringLiteral("2000"),
                      QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--force")},
         restore, state},
    };
    for (int i = 0; i < operations.size(); ++i)
        killAtRandom(operations.at(i), i < 2 ? 8 : 7);

    // The generate killed last left its .part behind; the next run removes it and its journal.
    cli(operations.last().args);
    const QStringList left = QDir(dir.path(QString())).entryList({QStringLiteral("*.part*")}, QDir::Files);
    CHECK(left.isEmpty());
}
