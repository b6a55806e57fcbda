// Issue 18, point 6: the time from a commit in one process to the other window's model update,
// on an event on a local PostgreSQL server (LISTEN/NOTIFY, ServerNotifications). One process
// (podium-test-session-editor) renames a session 50 times; this one holds the event open with
// the participants list, as a window does, and notes when the sessions have been read again
// after the change (each edit's commit time comes from the editor, same monotonic clock).
//
//   LiveReloadBench [URI] [--participants N]      (default: a throwaway cluster, 100,000 participants)
#include "document/EventDocument.h"
#include "models/ParticipantTableModel.h"
#include "storage/EventStore.h"
#include "storage/SessionRepository.h"
#include "storage/StoreOpener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
long long monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1000000000LL + now.tv_nsec;
}

bool run(const QString &program, const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed: %s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

QString readLine(QProcess &p)
{
    while (!p.canReadLine())
        if (!p.waitForReadyRead(30000))
            return {};
    return QString::fromUtf8(p.readLine()).trimmed();
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int participants = 100000;
    if (const int at = int(args.indexOf(QStringLiteral("--participants"))); at >= 0 && at + 1 < args.size()) {
        participants = args.at(at + 1).toInt();
        args.remove(at, 2);
    }
    QTemporaryDir dir;
    const QString cluster = QStringLiteral(BENCH_DIR "/../pg/pg-cluster.sh");
    const QString socket = QStringLiteral("/tmp/podium-bench-live-%1").arg(QCoreApplication::applicationPid());
    QString uri = args.value(0);
    const bool ownCluster = uri.isEmpty();
    if (ownCluster) {
        QString started;
        if (!run(cluster, {QStringLiteral("start"), dir.filePath(QStringLiteral("cluster")), socket}, &started))
            return 1;
        uri = started.split(QLatin1Char('\n')).last().section(QLatin1Char(' '), -1);
    }
    const QString file = dir.filePath(QStringLiteral("live.podium"));
    const QString event = QStringLiteral("live-bench-%1").arg(QCoreApplication::applicationPid());
    const QString eventUri = uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                             + QStringLiteral("event=") + event;
    const bool ready = run(QStringLiteral(PODIUM_CLI), {QStringLiteral("generate"), file, QStringLiteral("--participants"),
                                                         QString::number(participants)})
                       && run(QStringLiteral(PODIUM_CLI), {QStringLiteral("server"), QStringLiteral("init"), uri})
                       && run(QStringLiteral(PODIUM_CLI), {QStringLiteral("publish"), file, eventUri});
    int failed = ready ? 0 : 1;
    if (ready) {
        auto store = StoreOpener::open(eventUri);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error()));
            return 1;
        }
        EventDocument document(std::move(store).value());
        ParticipantTableModel registrations;
        registrations.setDocument(&document);
        const SessionId id = document.store().sessions().all()->first().id;
        std::printf("Event on the server: %d participants; live: %s\n", participants, document.isLive() ? "yes" : "NO");

        long long updated = 0;
        // What the Sessions page does on a change: read the sessions again.
        QObject::connect(&document, &EventDocument::changed, [&](EventDocument::Parts parts) {
            if (!(parts & EventDocument::SessionsPart))
                return;
            auto all = document.store().sessions().all();
            if (all && !all->isEmpty())
                updated = monotonicNs();
        });
        QProcess editor;
        editor.start(QStringLiteral(PODIUM_SESSION_EDITOR), {eventUri, QString::number(id), QStringLiteral("alice")});
        if (!readLine(editor).startsWith(QLatin1String("read"))) {
            std::fprintf(stderr, "the editor process did not start: %s\n", editor.readAllStandardError().constData());
            return 1;
        }
        std::vector<double> ms;
        for (int i = 0; i < 50; ++i) {
            updated = 0;
            editor.write(QStringLiteral("title Live edit %1\n").arg(i).toUtf8());
            const QStringList answer = readLine(editor).split(QLatin1Char(' '));
            if (answer.value(0) != QLatin1String("ok")) {
                std::fprintf(stderr, "edit %d: %s\n", i, qPrintable(answer.join(QLatin1Char(' '))));
                ++failed;
                continue;
            }
            const long long committed = answer.value(2).toLongLong();
            QElapsedTimer wait;
            wait.start();
            while (updated == 0 && wait.elapsed() < 5000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (updated == 0) {
                std::fprintf(stderr, "edit %d: not seen within 5 s\n", i);
                ++failed;
                continue;
            }
            ms.push_back(std::max(0LL, updated - committed) / 1e6);
        }
        editor.write("quit\n");
        editor.waitForFinished();
        std::sort(ms.begin(), ms.end());
        if (!ms.empty())
            std::printf("Commit in another process -> sessions read again here, %zu edits: median %.1f ms, max %.1f ms\n",
                        ms.size(), ms[ms.size() / 2], ms.back());
        std::printf("Edits not seen: %d\n", failed);
    }
    if (ownCluster)
        run(cluster, {QStringLiteral("stop"), dir.filePath(QStringLiteral("cluster")), socket});
    return failed == 0 ? 0 : 1;
}
