// An event on a PostgreSQL server (issue 17, point 7), on a throwaway cluster
// this benchmark starts and stops itself (tests/pg/pg-cluster.sh):
//   publish and pull of a 100,000-participant, 2,000-session event;
//   a participants import of 100,000 CSV rows into an event on the server,
//   beside psql's \copy of the same CSV into a plain table (target: 2x at most);
//   info and check on the server beside the same on the file.
// Each step runs podium-cli as a user would. Prints figures; asserts nothing.
//
//   build/tests/bench/ServerBench [PARTICIPANTS] [SESSIONS]
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

const QString cli = QStringLiteral(PODIUM_CLI);
const QString clusterScript = QStringLiteral(BENCH_DIR "/../pg/pg-cluster.sh");

struct Run
{
    bool ok = false;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(-1);
    Run r;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

// The cluster's directories, stopped at exit whatever happens (also on Ctrl-C).
QString g_state;
QString g_socket;

void stopCluster()
{
    if (g_state.isEmpty())
        return;
    const QString state = g_state;
    g_state.clear();
    QProcess::execute(clusterScript, {QStringLiteral("stop"), state, g_socket});
}

void onSignal(int)
{
    stopCluster();
    std::_Exit(130);
}

[[noreturn]] void fail(const QString &what, const Run &r = {})
{
    std::fprintf(stderr, "%s\n%s%s", qPrintable(what), qPrintable(r.out), qPrintable(r.err));
    std::exit(1); // atexit stops the cluster
}

Run must(const QString &what, const QString &program, const QStringList &args)
{
    Run r = run(program, args);
    if (!r.ok)
        fail(what + QStringLiteral(" failed:"), r);
    return r;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

// Best of n: the machine is shared, the least disturbed run is the measure.
// `prepare` runs before each, untimed.
double bestOf(int n, const std::function<void()> &prepare, const std::function<void()> &work)
{
    double min = 1e9;
    for (int i = 0; i < n; ++i) {
        prepare();
        min = std::min(min, seconds(work));
    }
    return min;
}

double best(int n, const std::function<void()> &work)
{
    return bestOf(n, [] {}, work);
}

void line(const char *what, double s)
{
    std::printf("  %-58s %8.2f s\n", what, s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const int participants = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int sessions = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty())
        fail(QStringLiteral("psql is not installed (Debian package postgresql-client)"));

    QTemporaryDir dir;
    g_state = dir.filePath(QStringLiteral("cluster"));
    g_socket = QStringLiteral("/tmp/podium-bench-%1").arg(QCoreApplication::applicationPid());
    std::atexit(stopCluster);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::printf("Server benchmark: %d participants, %d sessions (best of 3 unless said)\n", participants, sessions);
    const Run started = must(QStringLiteral("starting the cluster"), clusterScript,
                             {QStringLiteral("start"), g_state, g_socket});
    const QString admin = run(clusterScript, {QStringLiteral("uri"), g_state, g_socket}).out.trimmed();
    std::printf("  %s", qPrintable(started.out));
    const auto event = [&](const QString &name) { return admin + QStringLiteral("&event=") + name; };
    must(QStringLiteral("server init"), cli, {QStringLiteral("server"), QStringLiteral("init"), admin});

    // --- the event
    const QString file = dir.filePath(QStringLiteral("big.podium"));
    const double generate = seconds([&] {
        must(QStringLiteral("generate"), cli,
             {QStringLiteral("generate"), file, QStringLiteral("--participants"), QString::number(participants),
              QStringLiteral("--sessions"), QString::number(sessions), QStringLiteral("--rooms"), QStringLiteral("60"),
              QStringLiteral("--days"), QStringLiteral("4")});
    });
    std::printf("  generated %s (%.1f MB) in %.1f s\n\n", qPrintable(QFileInfo(file).fileName()),
                double(QFileInfo(file).size()) / 1e6, generate);

    // --- publish and pull
    std::printf("publish and pull\n");
    int attempt = 0;
    QString published;
    line("publish FILE URI?event=NAME", bestOf(3, [&] { published = QStringLiteral("big-%1").arg(++attempt); }, [&] {
             must(QStringLiteral("publish"), cli, {QStringLiteral("publish"), file, event(published)});
         }));
    const QString pulled = dir.filePath(QStringLiteral("pulled.podium"));
    line("pull URI?event=NAME FILE", bestOf(3, [&] { QFile::remove(pulled); }, [&] {
             must(QStringLiteral("pull"), cli, {QStringLiteral("pull"), event(published), pulled});
         }));
    std::printf("  (pulled file %.1f MB)\n\n", double(QFileInfo(pulled).size()) / 1e6);

    // --- info and check
    std::printf("info and check: file | server\n");
    const auto both = [&](const char *what, const QStringList &args) {
        const double onFile = best(3, [&] { must(QString::fromLatin1(what), cli, QStringList(args) << file); });
        const double onServer = best(3, [&] { must(QString::fromLatin1(what), cli, QStringList(args) << event(published)); });
        std::printf("  %-30s %8.2f s | %8.2f s\n", what, onFile, onServer);
    };
    both("info", {QStringLiteral("info")});
    both("check", {QStringLiteral("check")});
    std::printf("\n");

    // --- participants import beside psql's \copy
    std::printf("participants import of %d CSV rows\n", participants);
    const QString csv = dir.filePath(QStringLiteral("participants.csv"));
    must(QStringLiteral("export participants"), cli,
         {QStringLiteral("export"), QStringLiteral("participants"), file, QStringLiteral("-o"), csv,
          QStringLiteral("--force")});
    QFile header(csv);
    if (!header.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read %1").arg(csv));
    QString columns = QString::fromUtf8(header.readLine()).trimmed();
    header.close();
    if (columns.startsWith(QChar(0xFEFF)))
        columns.remove(0, 1);
    QStringList plainColumns;
    for (QString c : columns.split(QLatin1Char(','))) {
        c.remove(QLatin1Char('"'));
        plainColumns << QStringLiteral("\"%1\" text").arg(c);
    }
    const QString empty = dir.filePath(QStringLiteral("empty.podium"));
    must(QStringLiteral("new"), cli,
         {QStringLiteral("new"), empty, QStringLiteral("--name"), QStringLiteral("Import"), QStringLiteral("--start"),
          QStringLiteral("2026-12-07")});
    const QString target = dir.filePath(QStringLiteral("target.podium"));
    const double intoFile = bestOf(3, [&] {
        QFile::remove(target);
        QFile::copy(empty, target);
    }, [&] {
        must(QStringLiteral("import into the file"), cli,
             {QStringLiteral("import"), QStringLiteral("participants"), target, csv});
    });
    line("podium-cli import participants FILE CSV", intoFile);
    int targets = 0;
    QString name;
    const double intoServer = bestOf(3, [&] {
        name = QStringLiteral("import-%1").arg(++targets);
        must(QStringLiteral("publish of an empty event"), cli, {QStringLiteral("publish"), empty, event(name)});
    }, [&] {
        must(QStringLiteral("import into the server event"), cli,
             {QStringLiteral("import"), QStringLiteral("participants"), event(name), csv});
    });
    line("podium-cli import participants URI CSV", intoServer);
    int tables = 0;
    QString table;
    const double copy = bestOf(3, [&] {
        table = QStringLiteral("plain_%1").arg(++tables);
        must(QStringLiteral("create table"), psql,
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), admin, QStringLiteral("-c"),
              QStringLiteral("CREATE TABLE %1 (%2)").arg(table, plainColumns.join(QStringLiteral(", ")))});
    }, [&] {
        must(QStringLiteral("psql \\copy"), psql,
             {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"), admin, QStringLiteral("-c"),
              QStringLiteral("\\copy %1 FROM '%2' WITH (FORMAT csv, HEADER true)").arg(table, csv)});
    });
    line("psql -c \"\\copy TABLE FROM CSV\" (plain table, text columns)", copy);
    std::printf("  %-58s %8.2f x (target 2 x at most)\n", "import on the server / \\copy", intoServer / copy);
    const Run rows = must(QStringLiteral("count"), psql,
                          {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                           QStringLiteral("-d"), admin, QStringLiteral("-c"),
                           QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)});
    std::printf("  (%s rows in the plain table)\n", qPrintable(rows.out.trimmed()));
    return 0;
}
