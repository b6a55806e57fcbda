// Start-up of the GUI: the time from the start of the process to the first
// painted frame of the main window with an event open, then the time from a
// click in the sidebar to the first painted frame of each page, on the demo
// event and on a 100,000-participant, 1,000-session, 40-room, 3-day event
// made by `podium-cli generate`. Each run is a fresh process (nothing warm
// but the operating system's file cache); prints the best and the median of
// the runs, asserts nothing.
//
//   StartupBench [--large FILE.podium] [--runs N]
//
// FILE.podium is generated when it does not exist yet (and kept, to save
// the minute it takes next time). QT_QPA_PLATFORM decides the platform
// (offscreen when unset; run under xvfb-run with xcb to include mapping).
#include "MainWindow.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "storage/EventFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QListWidget>
#include <QMap>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
QElapsedTimer sinceStart;

// Notes when a widget, or one of its children, has been painted.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *target) : m_target(target) { qApp->installEventFilter(this); }
    ~PaintWatch() override { qApp->removeEventFilter(this); }

    // Runs the event loop until the target was painted; false after 60 s.
    bool wait()
    {
        QElapsedTimer limit;
        limit.start();
        while (!m_painted && limit.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // The paint event was seen on its way in: let it finish.
        QCoreApplication::processEvents();
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_target || m_target->isAncestorOf(widget))
                m_painted = true;
        }
        return false;
    }

private:
    QWidget *m_target;
    bool m_painted = false;
};

double ms(qint64 nsecs)
{
    return double(nsecs) / 1e6;
}

// The child: opens one event and prints "label<TAB>milliseconds" lines.
int measure(int argc, char *argv[], const QString &path)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PodiumStartupBench"));
    QApplication::setOrganizationName(QStringLiteral("PodiumStartupBench"));
    std::printf(" application made\t%.1f\n", ms(sinceStart.nsecsElapsed()));
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    std::printf(" window made\t%.1f\n", ms(sinceStart.nsecsElapsed()));
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    auto *stack = sidebar->parentWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
    {
        PaintWatch watch(stack->currentWidget());
        if (!window.openFile(path))
            return 1;
        std::printf(" event opened\t%.1f\n", ms(sinceStart.nsecsElapsed()));
        if (!watch.wait())
            return 1;
    }
    std::printf("main window\t%.1f\n", ms(sinceStart.nsecsElapsed()));
    for (int i = 1; i < stack->count(); ++i) {
        QElapsedTimer click;
        click.start();
        PaintWatch watch(stack->widget(i));
        sidebar->setCurrentRow(i);
        if (!watch.wait())
            return 1;
        std::printf("%s\t%.1f\n", qPrintable(sidebar->item(i)->text()), ms(click.nsecsElapsed()));
    }
    std::fflush(stdout);
    return 0;
}

struct Figures
{
    QStringList labels; // in the order printed
    QMap<QString, std::vector<double>> runs;
};

bool runChild(const QString &self, const QString &event, const QString &config, Figures &figures)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config); // the window's remembered state does not leak in
    child.setProcessEnvironment(env);
    child.start(self, {QStringLiteral("--measure"), event});
    if (!child.waitForFinished(600000) || child.exitCode() != 0) {
        std::fprintf(stderr, "measuring %s failed: %s\n", qPrintable(event), child.readAllStandardError().constData());
        return false;
    }
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString label = line.section(QLatin1Char('\t'), 0, 0);
        if (!figures.labels.contains(label))
            figures.labels << label;
        figures.runs[label].push_back(line.section(QLatin1Char('\t'), 1).toDouble());
    }
    return true;
}

void report(const QString &title, Figures &figures)
{
    std::printf("\n%s\n", qPrintable(title));
    std::printf("  %-30s %10s %10s\n", "first painted frame of", "best ms", "median ms");
    for (const QString &label : std::as_const(figures.labels)) {
        std::vector<double> &values = figures.runs[label];
        std::sort(values.begin(), values.end());
        QString shown = QStringLiteral("%1 (from the click)").arg(label);
        if (label == QLatin1String("main window"))
            shown = QStringLiteral("main window (from start)");
        else if (label.startsWith(QLatin1Char(' '))) // the steps before it
            shown = QStringLiteral("  %1").arg(label.trimmed());
        std::printf("  %-30s %10.1f %10.1f\n", qPrintable(shown), values.front(), values[values.size() / 2]);
    }
}

bool makeDemo(const QString &path)
{
    Event placeholder;
    auto created = EventFile::create(path, placeholder);
    return created && DemoEvent::fill(*created.value());
}

bool generateLarge(const QString &path)
{
    QProcess cli;
    cli.start(QStringLiteral(PODIUM_CLI),
              {QStringLiteral("generate"), path, QStringLiteral("--participants"), QStringLiteral("100000"),
               QStringLiteral("--sessions"), QStringLiteral("1000"), QStringLiteral("--rooms"), QStringLiteral("40"),
               QStringLiteral("--days"), QStringLiteral("3")});
    return cli.waitForFinished(-1) && cli.exitCode() == 0;
}
} // namespace

int main(int argc, char *argv[])
{
    sinceStart.start();
    if (argc == 3 && qstrcmp(argv[1], "--measure") == 0)
        return measure(argc, argv, QString::fromLocal8Bit(argv[2]));

    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    QString large = dir.filePath(QStringLiteral("large.podium"));
    int runs = 5;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--large"))
            large = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
    }
    const QString demo = dir.filePath(QStringLiteral("demo.podium"));
    if (!makeDemo(demo)) {
        std::fprintf(stderr, "cannot write the demo event\n");
        return 1;
    }
    if (!QFileInfo::exists(large)) {
        std::printf("generating %s (100,000 participants, 1,000 sessions, 40 rooms, 3 days)...\n", qPrintable(large));
        std::fflush(stdout);
        if (!generateLarge(large)) {
            std::fprintf(stderr, "podium-cli generate failed\n");
            return 1;
        }
    }
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"));
    std::printf("Start-up to the first painted frame, window 1600x1000, platform %s, %d runs each\n",
                qPrintable(platform), runs);
    const struct
    {
        QString title;
        QString path;
    } events[] = {{QStringLiteral("demo event (IMI Networking 2018)"), demo},
                  {QStringLiteral("large event (100,000 participants, 1,000 sessions, 40 rooms, 3 days)"), large}};
    for (const auto &event : events) {
        Figures figures;
        for (int r = 0; r < runs; ++r)
            if (!runChild(app.applicationFilePath(), event.path, dir.filePath(QStringLiteral("config")), figures))
                return 1;
        report(event.title, figures);
    }
    return 0;
}
