// podium-cli killed with SIGKILL at many moments, each one a point the work
// itself reports (the n-th write, page or commit), so the same moments on a
// loaded machine as on an idle one: the event file must stay
// sound (PRAGMA integrity_check) and hold either what it held before or the
// whole import, never part of it; a killed export leaves either no file or
// a complete one under the final name.
#include "HardeningSupport.h"

#include <QFileInfo>

using namespace hardening;

namespace {

constexpr int killPoints = 20;

struct KillTally
{
    int killed = 0;
    int old = 0;
    int complete = 0;
};

// Kills `args` at killPoints moments the work itself reports: the n-th pass
// of a test hook point of `kind`, spread over the `total` passes of a full
// run, plus once just after its transaction committed (when `committed`).
// `reset` restores the starting state before each run and `judge` looks at
// what is left (true: the old state, false: the finished one).
template <typename Reset, typename Judge>
KillTally killRepeatedly(const QStringList &args, const QString &kind, qint64 total, bool committed, Reset reset,
                         Judge judge)
{
    KillTally tally;
    QList<QPair<QString, qint64>> points;
    for (int i = 0; i < killPoints; ++i)
        points << qMakePair(kind, 1 + (total - 1) * i / (killPoints - 1));
    if (committed)
        points << qMakePair(QStringLiteral("committed"), qint64(1));
    for (const auto &[at, n] : std::as_const(points)) {
        reset();
        INFO("killed at " << at.toStdString() << " " << n << " of " << total);
        if (runAndKillAt(args, at, n))
            ++tally.killed;
        (judge() ? tally.old : tally.complete)++;
    }
    WARN("killed " << tally.killed << " of " << points.size() << " runs; " << tally.old << " left the old state, "
                   << tally.complete << " the complete one");
    return tally;
}

// Judges what a killed import left in `target`: podium-cli itself must open
// it (SQLite rolls back the hot journal), SQLite must find it sound, and it
// must hold the rows of `old` or of `complete`, nothing in between.
auto oldOrComplete(const QString &target, const QString &old, const QString &complete)
{
    return [=] {
        const test::CliRun info = test::runCli({QStringLiteral("info"), target});
        INFO(info.err.toStdString());
        CHECK(info.exitCode == 0);
        REQUIRE(integrity(target) == QLatin1String("ok"));
        const QString now = rowCounts(target);
        INFO("before: " << old.toStdString() << "\nafter:  " << complete.toStdString()
                        << "\nnow:    " << now.toStdString());
        REQUIRE((now == old || now == complete));
        return now == old;
    };
}

// Imports `source` into a copy of `before`, killed at every tenth of its
// writes and after its commit, after one full run to learn its writes and result.
void killImport(const QStringList &import, const QString &before, const QString &target)
{
    const QString old = rowCounts(before);
    copy(before, target);
    const qint64 writes = hookCounts(import).value(QStringLiteral("write"));
    REQUIRE(writes > killPoints);
    const QString complete = rowCounts(target);
    REQUIRE(complete != old);
    const KillTally tally = killRepeatedly(import, QStringLiteral("write"), writes, true, [&] { copy(before, target); },
                                           oldOrComplete(target, old, complete));
    // Every kill lands where it was aimed: all but the last leave the old state.
    CHECK(tally.killed == killPoints + 1);
    CHECK(tally.old == killPoints);
    CHECK(tally.complete == 1);
}
// `podium-cli generate PATH --sessions S --participants P --seed N [more]`.
void generate(const QString &path, int sessions, int participants, int seed, const QStringList &more = {})
{
    cli(QStringList{QStringLiteral("generate"), path, QStringLiteral("--sessions"), QString::number(sessions),
                    QStringLiteral("--participants"), QString::number(participants), QStringLiteral("--seed"),
                    QString::number(seed)}
        + more);
}
} // namespace

TEST_CASE("Killing a schedule import at any moment leaves the old or the new event, never a mix")
{
    test::TempDir dir;
    const QString source = dir.path(QStringLiteral("source.podium"));
    const QString xml = dir.path(QStringLiteral("big schedule.xml"));
    generate(source, 2000, 0, 7, {QStringLiteral("--rooms"), QStringLiteral("12"), QStringLiteral("--days"), QStringLiteral("3")});
    cli({QStringLiteral("export"), QStringLiteral("schedule"), source, QStringLiteral("-o"), xml});
    const QString before = dir.path(QStringLiteral("before.podium"));
    generate(before, 40, 60, 3);
    const QString target = dir.path(QStringLiteral("target.podium"));
    killImport({QStringLiteral("import"), QStringLiteral("schedule"), target, xml, QStringLiteral("--merge")}, before,
               target);
}

TEST_CASE("Killing a participants import at any moment leaves the old or the new list, never a mix")
{
    test::TempDir dir;
    const QString source = dir.path(QStringLiteral("source.podium"));
    const QString csv = dir.path(QStringLiteral("participants list.csv"));
    // Large enough (about 4 MB) for the bulk path that drops and rebuilds the indexes.
    generate(source, 10, 20000, 11);
    cli({QStringLiteral("export"), QStringLiteral("participants"), source, QStringLiteral("-o"), csv});
    const QString before = dir.path(QStringLiteral("before.podium"));
    generate(before, 40, 60, 3);
    const QString target = dir.path(QStringLiteral("target.podium"));
    killImport({QStringLiteral("import"), QStringLiteral("participants"), target, csv}, before, target);
}

TEST_CASE("Killing an export never leaves a truncated file under the final name")
{
    test::TempDir dir;
    const QString event = dir.path(QStringLiteral("event.podium"));
    cli({QStringLiteral("generate"), event, QStringLiteral("--sessions"), QStringLiteral("150"),
         QStringLiteral("--participants"), QStringLiteral("200"), QStringLiteral("--rooms"), QStringLiteral("8"),
         QStringLiteral("--days"), QStringLiteral("3")});

    SECTION("schedule XML")
    {
        const QString out = dir.path(QStringLiteral("programme.xml"));
        const QStringList args{QStringLiteral("export"), QStringLiteral("schedule"), event, QStringLiteral("-o"), out};
        cli(args);
        const QByteArray reference = test::sha256(out);
        QFile::remove(out);
        // Written whole, then killed just before it would be renamed into place.
        REQUIRE(runAndKillAt(args, QStringLiteral("commit"), 1));
        CHECK_FALSE(QFileInfo::exists(out));
        cli(args);
        CHECK(test::sha256(out) == reference);
    }
    SECTION("programme PDF")
    {
        if (!test::haveProgram(QStringLiteral("pdfinfo"))) {
            WARN("pdfinfo (poppler-utils) is not installed");
            return;
        }
        const QString out = dir.path(QStringLiteral("programme.pdf"));
        const QStringList args{QStringLiteral("export"), QStringLiteral("programme"), event, QStringLiteral("-o"), out};
        const qint64 pageCount = hookCounts(args).value(QStringLiteral("page"));
        REQUIRE(pageCount > 10);
        const qint64 size = QFileInfo(out).size();
        QFile::remove(out);
        const KillTally tally = killRepeatedly(
            args, QStringLiteral("page"), pageCount, false, [&] { QFile::remove(out); },
            [&] {
                if (!QFileInfo::exists(out))
                    return true;
                const test::CliRun info = test::runProgram(QStringLiteral("pdfinfo"), {out});
                CHECK(info.exitCode == 0);
                CHECK(info.out.contains(QStringLiteral("Pages:           ") + QString::number(pageCount)));
                CHECK(qAbs(QFileInfo(out).size() - size) < 64); // only the creation date may differ
                return false;
            });
        CHECK(tally.killed == killPoints);
        CHECK(tally.old == killPoints);
        REQUIRE(runAndKillAt(args, QStringLiteral("commit"), 1));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}
