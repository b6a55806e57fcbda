// Door desks on a local PostgreSQL server (issue 18, point 6): four desk processes
// (podium-cli checkin reading codes on its standard input, logged in with the event's desk
// role, as at a door with a scanner) check in 10,000 participants between them, a tenth of
// the codes scanned at two desks at once. Prints check-ins per second, the latency of each
// answer as the desk sees it (code written to its answer read: p50, p99, max) and the
// double check-ins (must be zero). Starts and stops a throwaway cluster of its own
// (tests/pg/pg-cluster.sh). Usage: DeskBench [participants] (default 10000).
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "storage/DoorRepository.h"
#include "storage/EventFile.h"
#include "storage/EventStore.h"
#include "storage/StoreOpener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <mutex>
#include <random>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

const QString clusterScript = QStringLiteral(BENCH_DIR "/../pg/pg-cluster.sh");

QString runOrDie(const QString &program, const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        fprintf(stderr, "%s %s failed:\n%s%s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                p.readAllStandardOutput().constData(), p.readAllStandardError().constData());
        // Unwound, so that the cluster is stopped on the way out.
        throw std::runtime_error("a step of the set-up failed");
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The throwaway cluster, stopped whatever happens after it started.
struct Cluster
{
    QString state, socket;
    Cluster(QString stateDir, QString socketDir) : state(std::move(stateDir)), socket(std::move(socketDir))
    {
        runOrDie(clusterScript, {QStringLiteral("start"), state, socket});
    }
    ~Cluster() { QProcess::execute(clusterScript, {QStringLiteral("stop"), state, socket}); }
    QString uri(const QString &user = QStringLiteral("podium_test")) const
    {
        return QStringLiteral("postgresql://%1@/podium?host=%2").arg(user, socket);
    }
};

struct Answer
{
    QString code;
    qint64 nanoseconds = 0;
    bool checkedIn = false;
    bool first = false; // the desk's first answer includes its start (connection, copy)
};

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return double(v[at]) / 1e6;
}

} // namespace

int run(int argc, char *argv[]);

int main(int argc, char *argv[])
{
    try {
        return run(argc, argv);
    } catch (const std::exception &e) {
        fprintf(stderr, "DeskBench: %s\n", e.what());
        return 1;
    }
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int participants = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const int desks = 4;
    QTemporaryDir dir;
    const QString socketDir = QStringLiteral("/tmp/podium-deskbench-%1").arg(QCoreApplication::applicationPid());
    Cluster cluster(dir.filePath(QStringLiteral("cluster")), socketDir);

    // The event: generated, published, with a desk login.
    const QString file = dir.filePath(QStringLiteral("bench.podium"));
    {
        auto created = EventFile::create(file, Event());
        EventGenerator::Options options;
        options.participants = participants;
        if (!created || !EventGenerator::fill(*created.value(), options)) {
            fprintf(stderr, "cannot generate the event\n");
            return 1;
        }
    }
    const QString cli = QStringLiteral(PODIUM_CLI);
    const QString event = QStringLiteral("&event=deskbench"); // after ?host=
    runOrDie(cli, {QStringLiteral("server"), QStringLiteral("init"), cluster.uri()});
    runOrDie(cli, {QStringLiteral("publish"), file, cluster.uri() + event});
    runOrDie(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), cluster.uri(),
                                      QStringLiteral("-c"), QStringLiteral("CREATE ROLE door LOGIN PASSWORD 'door'")});
    runOrDie(cli, {QStringLiteral("server"), QStringLiteral("grant"), cluster.uri() + event, QStringLiteral("door"),
                   QStringLiteral("--role"), QStringLiteral("desk")});

    QStringList codes;
    {
        auto store = StoreOpener::open(cluster.uri() + event);
        for (const ParticipantRow &row : DoorRepository(*store.value()).deskRows().value())
            codes << row.participant.code;
    }
    // Each desk its quarter, and a tenth of all codes scanned at a second desk too.
    std::mt19937 random(20181214);
    std::shuffle(codes.begin(), codes.end(), random);
    std::vector<QStringList> share(desks);
    for (int i = 0; i < codes.size(); ++i) {
        share[size_t(i % desks)] << codes[i];
        if (i % 10 == 0)
            share[size_t((i + 1) % desks)] << codes[i];
    }
    for (QStringList &s : share)
        std::shuffle(s.begin(), s.end(), random);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("door"));
    std::mutex lock;
    std::vector<Answer> answers;
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int d = 0; d < desks; ++d) {
        threads.emplace_back([&, d] {
            QProcess desk;
            desk.setProcessEnvironment(env);
            desk.setProcessChannelMode(QProcess::MergedChannels);
            desk.start(cli, {QStringLiteral("checkin"), cluster.uri(QStringLiteral("door")) + event, QStringLiteral("-"),
                             QStringLiteral("--force"), QStringLiteral("--desk"), QString::number(d + 1),
                             QStringLiteral("--queue-dir"), dir.filePath(QStringLiteral("desk%1").arg(d + 1))});
            desk.waitForStarted();
            std::vector<Answer> mine;
            QByteArray pending;
            for (const QString &code : share[size_t(d)]) {
                QElapsedTimer timer;
                timer.start();
                desk.write((code + QLatin1Char('\n')).toUtf8());
                desk.waitForBytesWritten();
                const QByteArray tag = '[' + code.toUtf8() + ']';
                QByteArray line;
                while (line.isEmpty()) {
                    const int end = int(pending.indexOf('\n'));
                    if (end < 0) {
                        if (!desk.waitForReadyRead(30000))
                            break;
                        pending += desk.readAll();
                        continue;
                    }
                    const QByteArray candidate = pending.left(end);
                    pending.remove(0, end + 1);
                    if (candidate.contains(tag))
                        line = candidate;
                }
                mine.push_back({code, timer.nsecsElapsed(), line.startsWith("Checked in: "), mine.empty()});
            }
            desk.closeWriteChannel();
            desk.waitForFinished(60000);
            std::lock_guard<std::mutex> guard(lock);
            answers.insert(answers.end(), mine.begin(), mine.end());
        });
    }
    for (std::thread &t : threads)
        t.join();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;

    QHash<QString, int> checkedIn;
    std::vector<qint64> latencies, starts;
    for (const Answer &a : answers) {
        if (a.checkedIn)
            ++checkedIn[a.code];
        (a.first ? starts : latencies).push_back(a.nanoseconds);
    }
    const int doubleAnswers = int(std::count_if(checkedIn.cbegin(), checkedIn.cend(), [](int n) { return n > 1; }));
    qint64 onServer = 0;
    int doubleRecords = 0;
    {
        auto store = StoreOpener::open(cluster.uri() + event);
        for (const ParticipantRow &row : DoorRepository(*store.value()).deskRows().value())
            onServer += row.participant.isCheckedIn();
        doubleRecords = int(DoorRepository(*store.value()).doubleCheckIns().value().size());
    }
    printf("Door desks on a local PostgreSQL 15 (Unix socket): %d desk processes, %d participants, "
           "%d scans (%d codes scanned at two desks)\n",
           desks, participants, int(answers.size()), int(answers.size()) - int(codes.size()));
    printf("  wall time              %8.2f s\n", seconds);
    printf("  check-ins per second   %8.0f  (answers per second %.0f)\n", double(checkedIn.size()) / seconds,
           double(answers.size()) / seconds);
    printf("  latency per scan       p50 %.2f ms   p99 %.2f ms   max %.2f ms  (desk's first scan, with its start: max %.0f ms)\n",
           percentile(latencies, 0.5), percentile(latencies, 0.99), percentile(latencies, 1.0), percentile(starts, 1.0));
    printf("  checked in             %d codes answered \"Checked in\", %lld checked in on the server (of %d)\n",
           int(checkedIn.size()), onServer, participants);
    printf("  double check-ins       %d (codes two desks were both told \"Checked in\"), %d recorded\n",
           doubleAnswers, doubleRecords);
    const bool ok = doubleAnswers == 0 && onServer == participants && checkedIn.size() == participants;
    printf("  %s\n", ok ? "OK" : "NOT OK");
    return ok ? 0 : 1;
}
