// Every screen of the application, opened as a user reaches it: each page of
// the sidebar on the demo event, then every action of the menus and pages
// that opens a window ("…" in its name, and the Help menu), with the window
// it opened closed again. With PODIUM_SCREENSHOTS=DIR each screen is saved as
// DIR/NN-name.png (tests/screens.sh does that), so anyone can look at every
// screen after a change; without it the test still checks that each opens.
#include "support/EventFiles.h"

#include "MainWindow.h"
#include "pages/Page.h"
#include "pages/ProgrammePage.h"
#include "widgets/TimetableScene.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace {

class Screens
{
public:
    Screens() : m_folder(qEnvironmentVariable("PODIUM_SCREENSHOTS"))
    {
        if (!m_folder.isEmpty())
            QDir().mkpath(m_folder);
        // Settings of its own, from the defaults: what a first start shows, and
        // nothing left behind for the tests running beside this one.
        QCoreApplication::setApplicationName(QStringLiteral("PodiumScreensTest"));
        QSettings().clear();
    }

    // Grabs the window as it is on screen (after it had time to paint and load).
    void save(QWidget *window, const QString &name)
    {
        QTest::qWait(80);
        const QImage image = window->grab().toImage();
        CHECK_FALSE(image.isNull());
        const QString file = QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name);
        if (!m_folder.isEmpty())
            CHECK(image.save(QDir(m_folder).filePath(file)));
        m_taken << file;
    }

    // Triggers an action that opens a window, saves that window (and up to two
    // more opened from it) and closes it; the titles of the windows seen.
    QStringList opened(const QString &name, const std::function<void()> &trigger)
    {
        QStringList seen;
        auto keep = [&](QWidget *window) {
            save(window, seen.isEmpty() ? name : QStringLiteral("%1-%2").arg(name).arg(seen.size() + 1));
            seen << window->windowTitle();
            window->hide(); // ends a dialog's exec() without asking anything
        };
        const QWidgetList before = visibleWindows();
        QTimer poll;
        poll.setInterval(40);
        int rounds = 0;
        bool returned = false; // while the action runs, a window may still come, however slow the machine
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                // Done when the action is over, after a second more for a window opened late.
                if (returned && (!seen.isEmpty() || ++rounds > 25))
                    poll.stop();
                return;
            }
            poll.stop();
            keep(modal);
            rounds = 0;
            if (seen.size() < 3)
                poll.start();
        });
        poll.start();
        trigger();
        returned = true;
        while (poll.isActive())
            QTest::qWait(40);
        // Windows that are not modal (the manual) stay open after the action.
        for (QWidget *window : visibleWindows())
            if (!before.contains(window))
                keep(window);
        return seen;
    }

    static QWidgetList visibleWindows()
    {
        QWidgetList windows;
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (widget->isVisible() && widget->isWindow() && !widget->inherits("QMenu") && !widget->inherits("QTipLabel"))
                windows << widget;
        return windows;
    }

    const QStringList &taken() const { return m_taken; }

private:
    QString m_folder;
    QStringList m_taken;
    static inline int m_count = 0; // numbered in the order taken, across the test cases
};

// "Save a &Copy…" -> "save-a-copy".
QString fileName(const QString &text)
{
    return text.toLower().remove(QLatin1Char('&')).remove(QChar(0x2026)).replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-")).remove(QRegularExpression(QStringLiteral("^-|-$")));
}

bool namedForWindow(const QAction *action)
{
    return action->text().endsWith(QChar(0x2026));
}

bool opensWindow(const QAction *action, bool inHelpMenu)
{
    // "Edit" of the table pages opens the editor of the chosen row.
    return action->isEnabled() && !action->isSeparator() && !action->menu()
        && (namedForWindow(action) || inHelpMenu || action->text() == QLatin1String("&Edit"));
}

} // namespace

TEST_CASE("Every page and every dialog opens on the demo event, ready to be looked at")
{
    test::TempDir dir;
    const QString demo = test::createDemoEvent(dir, QStringLiteral("Pharma meets Academia.podium"));
    Screens screens;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    screens.save(&window, QStringLiteral("welcome"));
    REQUIRE(window.openFile(demo));

    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    QList<Page *> pages;
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        auto *page = qobject_cast<Page *>(sidebar->parentWidget()
                                              ->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly)
                                              ->currentWidget());
        REQUIRE(page);
        CHECK(page->isLoaded());
        pages << page;
        QString name = QString::fromLatin1(page->metaObject()->className()).toLower();
        name.chop(4); // "page"
        QTest::qWait(name == QLatin1String("print") ? 1200 : 100); // the print preview renders after a pause
        screens.save(&window, QStringLiteral("page-") + name);
    }

    QSet<QAction *> done;
    QStringList silent; // actions named "…" that opened no window
    int windows = 0;
    auto tryAction = [&](QAction *action, const QString &where, bool inHelpMenu) {
        if (done.contains(action) || !opensWindow(action, inHelpMenu))
            return;
        done.insert(action);
        const QString name = where + QLatin1Char('-') + fileName(action->text());
        const int pageBefore = sidebar->currentRow();
        const QStringList seen = screens.opened(name, [action] { action->trigger(); });
        windows += int(seen.size());
        if (sidebar->currentRow() != pageBefore) { // it took the user to another page (Print and PDF…)
            screens.save(&window, name);
            sidebar->setCurrentRow(pageBefore);
        } else if (seen.isEmpty() && namedForWindow(action)) {
            silent << action->text();
        }
    };
    // The pages' own actions, with the first row of each list chosen so that "Edit…" works.
    for (int row = 0; row < pages.size(); ++row) {
        sidebar->setCurrentRow(row);
        QTest::qWait(50);
        Page *page = pages[row];
        for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>())
            if (view->isVisible() && view->model() && view->model()->rowCount() > 0 && view->selectionModel()) {
                view->setCurrentIndex(view->model()->index(0, 0));
                break;
            }
        QString name = QString::fromLatin1(page->metaObject()->className()).toLower();
        name.chop(4);
        for (QAction *action : page->findChildren<QAction *>())
            tryAction(action, name, false);
    }
    sidebar->setCurrentRow(0);
    for (QAction *menuAction : window.menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        const bool help = menu == window.menuBar()->actions().constLast()->menu();
        emit menu->aboutToShow(); // menus that enable their actions as they open
        for (QAction *action : menu->actions())
            tryAction(action, QStringLiteral("menu-") + fileName(menu->title()), help);
    }
    if (!silent.isEmpty())
        WARN("Actions named with … that opened no window: " << silent.join(QStringLiteral(", ")).toStdString());
    INFO("Actions named with … that opened no window: " << silent.join(QStringLiteral(", ")).toStdString());
    CHECK(windows >= 15);
    CHECK(silent.isEmpty());
    window.close();
}

TEST_CASE("The programme of a 40-room event, ready to be looked at")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("forty.podium"));
    {
        auto file = EventFile::create(path, Event());
        REQUIRE(file.ok());
        EventGenerator::Options options;
        options.participants = 100;
        options.rooms = 40;
        options.days = 3;
        options.sessions = 1000;
        REQUIRE(EventGenerator::fill(*file.value(), options).ok());
    }
    Screens screens;
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(path));
    REQUIRE(window.showPage(QStringLiteral("programme")));
    auto *page = window.findChild<ProgrammePage *>();
    REQUIRE(page);
    CHECK(page->scene()->columnCount() == 40);
    screens.save(&window, QStringLiteral("programme-40-rooms"));
    page->setRoomZoom(0.64);
    screens.save(&window, QStringLiteral("programme-40-rooms-narrower"));
    window.close();
}
