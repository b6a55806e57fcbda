// The organisers' manual (docs/manual) as Help ▸ Manual shows it, the welcome
// page, the toolbar and the Keyboard Shortcuts dialog. With
// PODIUM_MANUAL_SCREENSHOTS=docs/manual/images it also retakes the manual's
// screenshots from the demo event (docs/manual/take-screenshots.sh does that).
#include "support/EventFiles.h"

#include "MainWindow.h"
#include "design/DesignImage.h"
#include "designer/DesignEditor.h"
#include "designer/DesignerWindow.h"
#include "dialogs/ManualDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "document/EventDocument.h"
#include "storage/ParticipantRepository.h"
#include "widgets/WelcomePanel.h"

#include <QAction>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>

namespace {
QStringList manualPages()
{
    ManualDialog::homePage(); // loads the resource
    QStringList pages;
    QDirIterator it(QStringLiteral(":/manual"), {QStringLiteral("*.md")});
    while (it.hasNext())
        pages << it.next();
    pages.sort();
    return pages;
}

QString read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

void save(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("PODIUM_MANUAL_SCREENSHOTS");
    QTest::qWait(100);
    REQUIRE(window->grab().save(QDir(folder).filePath(name + QStringLiteral(".png"))));
}
} // namespace

TEST_CASE("The manual is built in: every chapter, link and screenshot is there and opens offline")
{
    const QStringList pages = manualPages();
    REQUIRE(pages.size() >= 6);
    const QRegularExpression link(QStringLiteral("\\]\\(([^)#]+)\\)"));
    for (const QString &page : pages) {
        INFO(page.toStdString());
        const QString text = read(page);
        CHECK(text.startsWith(QStringLiteral("# ")));
        for (const auto &match : link.globalMatch(text)) {
            const QString target = match.captured(1);
            if (target.startsWith(QLatin1String("http")))
                continue;
            INFO(target.toStdString());
            const QString path = QStringLiteral(":/manual/") + target;
            REQUIRE(QFile::exists(path));
            if (target.endsWith(QLatin1String(".png"))) {
                const QImage image(path);
                CHECK(image.width() >= 800); // a real screenshot, not a placeholder
            }
        }
    }
    ManualDialog dialog;
    CHECK(dialog.browser()->document()->toPlainText().contains(QStringLiteral("Podium manual")));
    dialog.browser()->setSource(QUrl(QStringLiteral("qrc:/manual/checkin.md")));
    CHECK(dialog.browser()->document()->toPlainText().contains(QStringLiteral("Desk mode")));
    CHECK(dialog.browser()->document()->toPlainText().contains(QStringLiteral("already here"), Qt::CaseInsensitive));
}

TEST_CASE("No event open: the welcome page offers New, Open, the demo and the recent files")
{
    test::TempDir dir;
    const QString path = test::createDemoEvent(dir);
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{path});
    MainWindow window;
    auto *welcome = window.findChild<WelcomePanel *>();
    REQUIRE(welcome);
    CHECK(welcome->isVisibleTo(&window));
    REQUIRE(welcome->recentList()->count() == 1);
    CHECK(welcome->recentList()->item(0)->text().contains(QStringLiteral("demo")));
    emit welcome->recentRequested(path);
    REQUIRE(window.document());
    CHECK_FALSE(welcome->isVisibleTo(&window));
    QSettings().remove(QStringLiteral("recentFiles"));
}

TEST_CASE("Toolbar buttons have icons and name their keys, Keyboard Shortcuts lists the menus' keys")
{
    MainWindow window;
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    int withKeys = 0;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        INFO(action->text().toStdString());
        CHECK_FALSE(action->icon().isNull());
        CHECK_FALSE(action->icon().pixmap(24).isNull());
        if (!action->shortcut().isEmpty()) {
            ++withKeys;
            CHECK(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
        }
    }
    CHECK(withKeys >= 6);

    ShortcutsDialog dialog(window.menuBar(), {}, &window);
    QStringList rows;
    for (QTreeWidgetItemIterator it(dialog.tree()); *it; ++it)
        rows << (*it)->text(0) + QLatin1Char('=') + (*it)->text(1);
    CHECK(rows.contains(QStringLiteral("Undo=") + QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    CHECK(rows.contains(QStringLiteral("Manual=") + QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    CHECK(rows.contains(QStringLiteral("Desk Mode (Check-in Only)=F11")));
}

TEST_CASE("Every edit says in the status bar what it did, and undo says what it took back")
{
    test::TempDir dir;
    MainWindow window;
    REQUIRE(window.openFile(test::createDemoEvent(dir)));
    auto *done = window.findChild<QLabel *>(QStringLiteral("doneMessage"));
    REQUIRE(done);
    EventDocument *document = window.document();
    Participant p;
    for (const Participant &candidate : document->store().participants().all().value())
        if (!candidate.isCheckedIn() && candidate.status == RegistrationStatus::Registered)
            p = candidate;
    REQUIRE(p.id);
    document->reportDone(QStringLiteral("Exported 3 participants to %1").arg(QDir::toNativeSeparators(dir.path(QStringLiteral("x.csv")))),
                         dir.path(QStringLiteral("x.csv")));
    CHECK(done->text().contains(QStringLiteral("<a href=\"file://")));
    CHECK(done->text().contains(QStringLiteral("x.csv</a>")));
    window.show(); // pages read the event when first shown
    window.showPage(QStringLiteral("checkin"));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("checkInSearch")), p.code);
    QTest::keyClick(window.findChild<QLineEdit *>(QStringLiteral("checkInSearch")), Qt::Key_Return);
    REQUIRE(document->undoStack()->canUndo());
    CHECK(done->text().startsWith(QStringLiteral("Done: Check in")));
    document->undoStack()->undo();
    CHECK(done->text().startsWith(QStringLiteral("Undone: Check in")));
    document->undoStack()->redo();
    CHECK(done->text().startsWith(QStringLiteral("Redone: Check in")));
}

TEST_CASE("Manual screenshots from the demo event (only with PODIUM_MANUAL_SCREENSHOTS)")
{
    if (qEnvironmentVariableIsEmpty("PODIUM_MANUAL_SCREENSHOTS"))
        return;
    test::TempDir dir;
    const QString demo = test::createDemoEvent(dir, QStringLiteral("Pharma meets Academia.podium"));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{demo});
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    save(&window, QStringLiteral("welcome"));
    REQUIRE(window.openFile(demo));
    const QList<std::pair<QString, QString>> pages = {
        {QStringLiteral("overview"), QStringLiteral("overview")},   {QStringLiteral("programme"), QStringLiteral("programme")},
        {QStringLiteral("participants"), QStringLiteral("participants")}, {QStringLiteral("checkin"), QStringLiteral("checkin")},
        {QStringLiteral("print"), QStringLiteral("print")},
    };
    for (const auto &[page, name] : pages) {
        REQUIRE(window.showPage(page));
        if (page == QLatin1String("checkin")) {
            auto *search = window.findChild<QLineEdit *>(QStringLiteral("checkInSearch"));
            QTest::keyClicks(search, QStringLiteral("marc"));
            QTest::qWait(400);
        }
        if (page == QLatin1String("print"))
            QTest::qWait(1500); // the preview renders after a pause
        save(&window, name);
    }
    // The designer, opened from the Print page: the standard badge under the event's logo.
    QPushButton *openDesigner = nullptr;
    for (QPushButton *button : window.findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("B&adge Designer…"))
            openDesigner = button;
    REQUIRE(openDesigner);
    openDesigner->click();
    auto *designer = window.findChild<DesignerWindow *>();
    REQUIRE(designer);
    designer->resize(1280, 800);
    QFile svg(QStringLiteral(PODIUM_SOURCE_DIR "/resources/icons/podium.svg"));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    DesignImage logo;
    QString error;
    REQUIRE(DesignImage::fromBytes(svg.readAll(), QStringLiteral("logo.svg"), &logo, &error));
    Design badge = Design::standardBadge(QSizeF(105, 148));
    badge.name = QStringLiteral("Badge 2018");
    badge.preset = QStringLiteral("a6-4up");
    badge.front.elements.first().box = QRectF(0, 22, 105, 126);
    badge.front.elements.prepend(DesignElement::imageElement(QRectF(40, 4, 25, 18), logo.id));
    designer->editor()->load(badge, {logo});
    designer->editor()->select(1);
    designer->findChild<QDockWidget *>(QStringLiteral("previewDock"))->raise();
    save(designer, QStringLiteral("designer"));
    designer->close();
    QSettings().remove(QStringLiteral("recentFiles"));
}
