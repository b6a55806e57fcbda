// The programme grid as an organiser meets it: day tabs and columns right
// before any edit, sessions overlapping in one room side by side, the room
// filter, fitting and zooming the rooms apart from the time, and the panels
// that close and stay closed.
#include "support/TestSupport.h"

#include "MainWindow.h"
#include "document/EventDocument.h"
#include "generate/EventGenerator.h"
#include "model/Event.h"
#include "pages/ProgrammePage.h"
#include "storage/EventFile.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "widgets/RoomFilterBar.h"
#include "widgets/SessionBlockItem.h"
#include "widgets/TimetableScene.h"
#include "widgets/TimetableView.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QTabBar>
#include <QTest>

namespace {

// A generated event: `rooms` rooms over `days` days, a few sessions in each.
QString generated(const test::TempDir &dir, const QString &name, int rooms, int days)
{
    const QString path = dir.path(name);
    auto created = EventFile::create(path, Event());
    REQUIRE(created.ok());
    EventGenerator::Options o;
    o.participants = 20;
    o.rooms = rooms;
    o.days = days;
    o.sessions = rooms * days * 3;
    REQUIRE(EventGenerator::fill(*created.value(), o).ok());
    return path;
}

std::unique_ptr<EventDocument> openDocument(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

// Panels, zoom and fitting are remembered: each test starts from the defaults,
// in settings of its own, which the other test programs running beside it never read.
void forgetProgrammeSettings()
{
    QCoreApplication::setApplicationName(QStringLiteral("PodiumTimetableGridTest"));
    QSettings().remove(QStringLiteral("programme"));
}

// The columns are laid out for the view as it is: they fill its width when
// there is room, the room header ends with the last column, and the day tabs
// are all there and on screen.
void checkGeometry(ProgrammePage &page, int days, int rooms)
{
    QTest::qWait(20);
    auto *tabs = page.findChild<QTabBar *>(QStringLiteral("dayTabs"));
    REQUIRE(tabs);
    CHECK(tabs->count() == days);
    CHECK(tabs->isVisible());
    CHECK(tabs->height() >= tabs->sizeHint().height());
    for (int i = 0; i < tabs->count(); ++i)
        CHECK(tabs->rect().contains(tabs->tabRect(i)));
    const TimetableScene *scene = page.scene();
    const int viewport = page.view()->viewport()->width();
    CHECK(scene->columnCount() == rooms);
    INFO("viewport " << viewport << ", " << rooms << " columns of " << scene->columnWidth());
    CHECK(scene->columnWidth() * rooms <= viewport);
    CHECK(scene->columnWidth() * rooms > viewport - rooms - 3); // no blank column at the right
    CHECK(page.view()->horizontalScrollBar()->maximum() == 0);
}

// Puts the widget on screen at this size.
void showAt(QWidget &widget, int width, int height)
{
    widget.resize(width, height);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

int wholeColumnsOnScreen(const ProgrammePage &page)
{
    const TimetableScene *scene = page.scene();
    const QRectF visible = page.view()->mapToScene(page.view()->viewport()->rect()).boundingRect();
    int whole = 0;
    for (int c = 0; c < scene->columnCount(); ++c)
        if (scene->xOf(c) >= visible.left() - 1 && scene->xOf(c + 1) <= visible.right() + 1)
            ++whole;
    return whole;
}

QAction *pageAction(QWidget *page, const QString &text)
{
    for (QAction *action : page->actions())
        if (action->text() == text)
            return action;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("Day tabs and columns are right on first show, after a resize and after switching events")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    auto threeDays = openDocument(generated(dir, QStringLiteral("three.podium"), 3, 3));
    auto oneDay = openDocument(generated(dir, QStringLiteral("one.podium"), 2, 1));

    ProgrammePage page;
    // As the main window does while another page is shown: the page reads the event when it is shown.
    page.attachDocument(threeDays.get());
    CHECK_FALSE(page.isLoaded());
    showAt(page, 1200, 800);
    CHECK(page.isLoaded());
    checkGeometry(page, 3, 3);

    page.resize(1500, 900);
    checkGeometry(page, 3, 3);

    page.attachDocument(oneDay.get());
    checkGeometry(page, 1, 2);
    page.attachDocument(threeDays.get());
    checkGeometry(page, 3, 3);
}

TEST_CASE("A page laid out empty lays out the event it is given, hidden or on screen")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    auto document = openDocument(generated(dir, QStringLiteral("three.podium"), 3, 3));
    // The main window's start: the page is laid out without an event first.
    ProgrammePage page;
    showAt(page, 1200, 800);
    SECTION("given the event while hidden behind another page")
    {
        page.hide();
        page.setDocument(document.get());
        showAt(page, 1200, 800);
    }
    SECTION("given the event on screen")
    {
        page.attachDocument(document.get());
        CHECK(page.isLoaded());
    }
    checkGeometry(page, 3, 3);
}

TEST_CASE("Sessions overlapping in one room sit side by side, each draggable, with the conflict marked")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    Event event;
    event.name = QStringLiteral("Double booking");
    event.timeZoneId = "Europe/Luxembourg";
    event.firstDay = QDate(2018, 12, 14);
    event.lastDay = event.firstDay;
    const QString path = dir.path(QStringLiteral("overlap.podium"));
    auto created = EventFile::create(path, event);
    REQUIRE(created.ok());
    EventFile &file = *created.value();
    auto room = [&](const QString &name, int position) {
        Room r;
        r.name = name;
        r.position = position;
        return file.rooms().insert(r).value();
    };
    const RoomId auditorium = room(QStringLiteral("Auditorium"), 0);
    const RoomId seminar = room(QStringLiteral("Seminar Room 1"), 1);
    auto session = [&](const QString &title, QTime local, int minutes) {
        Session s;
        s.title = title;
        s.roomId = auditorium;
        s.start = event.fromLocal(event.firstDay, local);
        s.durationMinutes = minutes;
        s.status = SessionStatus::Confirmed;
        return file.sessions().insert(s).value();
    };
    const SessionId panel = session(QStringLiteral("Panel"), QTime(11, 0), 75);
    const SessionId workshop = session(QStringLiteral("Workshop"), QTime(11, 0), 60);
    const SessionId lunch = session(QStringLiteral("Lunch"), QTime(12, 15), 60);
    EventDocument document(std::move(created).value());
    ProgrammePage page;
    showAt(page, 1200, 800);
    page.attachDocument(&document);

    TimetableScene *scene = page.scene();
    SessionBlockItem *panelBlock = scene->block(panel);
    SessionBlockItem *workshopBlock = scene->block(workshop);
    REQUIRE(panelBlock);
    REQUIRE(workshopBlock);
    const QRectF panelRect = panelBlock->mapRectToScene(panelBlock->shape().boundingRect());
    const QRectF workshopRect = workshopBlock->mapRectToScene(workshopBlock->shape().boundingRect());
    CHECK_FALSE(panelRect.intersects(workshopRect));
    CHECK(panelRect.width() > scene->columnWidth() / 2 - 6);
    CHECK(workshopRect.width() > scene->columnWidth() / 2 - 6);
    const QRectF column(scene->xOf(0), 0, scene->columnWidth(), scene->height());
    CHECK(column.contains(panelRect));
    CHECK(column.contains(workshopRect));
    CHECK(panelBlock->hasConflict());
    CHECK(workshopBlock->hasConflict());
    // Lunch follows the pair: alone, it has the whole column.
    CHECK(scene->block(lunch)->content().lanes == 1);

    // The block on the right is dragged to the other room; the one left behind widens.
    SessionBlockItem *right = panelRect.left() > workshopRect.left() ? panelBlock : workshopBlock;
    const SessionId moved = right->sessionId();
    const QRectF rightRect = panelRect.left() > workshopRect.left() ? panelRect : workshopRect;
    const QPoint from = page.view()->mapFromScene(rightRect.center());
    const QPoint to = page.view()->mapFromScene(QPointF(scene->xOf(1) + scene->columnWidth() / 2, rightRect.center().y()));
    QWidget *viewport = page.view()->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(viewport, from + (to - from) * step / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QTest::qWait(20);

    auto reread = document.store().sessions().byId(moved);
    REQUIRE(reread.ok());
    CHECK(reread.value().roomId == seminar);
    const SessionId stayed = moved == panel ? workshop : panel;
    CHECK(scene->block(stayed)->content().lanes == 1);
    CHECK_FALSE(scene->block(stayed)->hasConflict());
}

TEST_CASE("The room filter shows rooms by name, track or seats, and fitting puts them all in the width")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    auto document = openDocument(generated(dir, QStringLiteral("forty.podium"), 40, 1));
    ProgrammePage page;
    showAt(page, 1400, 800);
    page.attachDocument(document.get());
    TimetableScene *scene = page.scene();
    REQUIRE(scene->columnCount() == 40);
    auto *status = page.findChild<QLabel *>(QStringLiteral("roomStatus"));
    REQUIRE(status);
    CHECK(status->text().isEmpty());

    page.roomFilter()->setText(QStringLiteral("room b"));
    REQUIRE(scene->columnCount() == 10); // Room B1 to Room B10
    for (int c = 0; c < scene->columnCount(); ++c)
        CHECK(scene->roomAt(c).name.startsWith(QStringLiteral("Room B")));
    CHECK(status->text().startsWith(QStringLiteral("Showing 10 of 40 room")));

    // By track: the rooms holding a session of that track, whatever their name.
    auto tracks = document->store().tracks().all();
    REQUIRE(tracks.ok());
    REQUIRE_FALSE(tracks.value().isEmpty());
    const Track track = tracks.value().first();
    auto sessions = document->store().sessions().all();
    REQUIRE(sessions.ok());
    QSet<RoomId> holding;
    for (const Session &s : sessions.value())
        if (s.trackId == track.id && s.roomId && s.isScheduled())
            holding.insert(*s.roomId);
    REQUIRE_FALSE(holding.isEmpty());
    page.roomFilter()->setText(track.name.toUpper());
    QSet<RoomId> shown;
    for (int c = 0; c < scene->columnCount(); ++c)
        shown.insert(scene->roomAt(c).id);
    CHECK(shown == holding);

    page.roomFilter()->setText(QString());
    page.roomFilter()->setMinimumSeats(300);
    REQUIRE(scene->columnCount() > 0);
    REQUIRE(scene->columnCount() < 40);
    for (int c = 0; c < scene->columnCount(); ++c)
        CHECK(scene->roomAt(c).capacity >= 300);

    // Twelve rooms of the forty, fitted to the width: all on screen, no scrolling across.
    page.roomFilter()->setMinimumSeats(0);
    page.roomFilter()->setText(QStringLiteral("room a"));
    const int shownRooms = scene->columnCount();
    CHECK(shownRooms == 10);
    page.setFitRooms(true);
    CHECK(page.view()->horizontalScrollBar()->maximum() == 0);
    CHECK(wholeColumnsOnScreen(page) == shownRooms);
    CHECK(scene->columnWidth() >= 100);

    // Several rooms at once, separated by commas.
    page.roomFilter()->setText(QStringLiteral("Room A1, room c5"));
    REQUIRE(scene->columnCount() == 3); // A1, A10 and C5
    CHECK(scene->roomAt(2).name == QStringLiteral("Room C5"));

    page.roomFilter()->setText(QStringLiteral("no such room"));
    CHECK(scene->columnCount() == 0);
    CHECK(status->text() == QStringLiteral("No room matches the filter."));
}

TEST_CASE("With 40 rooms, a 1600-pixel window shows twelve readable room columns, zoomed across only")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    const QString path = generated(dir, QStringLiteral("forty.podium"), 40, 3);
    MainWindow window;
    showAt(window, 1600, 1000);
    REQUIRE(window.openFile(path));
    REQUIRE(window.showPage(QStringLiteral("programme")));
    auto *page = window.findChild<ProgrammePage *>();
    REQUIRE(page);
    QTest::qWait(20);
    REQUIRE(page->scene()->columnCount() == 40);
    CHECK(page->findChild<QTabBar *>(QStringLiteral("dayTabs"))->count() == 3);
    const double minutePixels = page->scene()->minutePixels();

    pageAction(page, QStringLiteral("Narro&wer Rooms"))->trigger();
    pageAction(page, QStringLiteral("Narro&wer Rooms"))->trigger();
    // The view settles its width through queued layout events, late on a loaded machine.
    for (int waited = 0; waited < 3000 && page->scene()->columnWidth() < 90; waited += 20)
        QTest::qWait(20);
    CHECK(wholeColumnsOnScreen(*page) >= 12);
    CHECK(page->scene()->columnWidth() >= 90);
    CHECK(page->scene()->minutePixels() == minutePixels); // the time scale is untouched

    // Every control of the page has its own Alt key, none taken by a menu (an ambiguous one does nothing).
    QStringList keys;
    for (QAction *menu : window.menuBar()->actions())
        keys << QKeySequence::mnemonic(menu->text()).toString();
    QStringList texts;
    for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
        texts << button->text();
    for (QLabel *label : page->findChildren<QLabel *>())
        if (label->buddy())
            texts << label->text();
    for (const QString &text : std::as_const(texts)) {
        const QString key = QKeySequence::mnemonic(text).toString();
        if (key.isEmpty())
            continue;
        INFO(text.toStdString() << " takes " << key.toStdString() << ", taken already by another control or a menu");
        CHECK_FALSE(keys.contains(key));
        keys << key;
    }

    // Zooming the time leaves the rooms as they are.
    const double columnWidth = page->scene()->columnWidth();
    page->setZoom(2.0);
    CHECK(page->scene()->columnWidth() == columnWidth);
    CHECK(page->scene()->minutePixels() > minutePixels);
    window.close();
}

TEST_CASE("The side panels close and come back, and the page remembers them")
{
    forgetProgrammeSettings();
    test::TempDir dir;
    auto document = openDocument(generated(dir, QStringLiteral("three.podium"), 3, 1));
    double narrowView = 0;
    {
        ProgrammePage page;
        showAt(page, 1200, 800);
        page.attachDocument(document.get());
        QDockWidget *unscheduled = page.unscheduledPanel();
        REQUIRE(unscheduled->isVisible());
        narrowView = page.view()->viewport()->width();
        unscheduled->toggleViewAction()->trigger();
        page.conflictsDock()->toggleViewAction()->trigger();
        QTest::qWait(20);
        CHECK_FALSE(unscheduled->isVisible());
        CHECK_FALSE(page.conflictsDock()->isVisible());
        CHECK(page.view()->viewport()->width() > narrowView);
        checkGeometry(page, 1, 3); // the columns widened with the view
        page.setRoomZoom(0.8);
        page.hide();
    }
    ProgrammePage again;
    showAt(again, 1200, 800);
    again.attachDocument(document.get());
    CHECK_FALSE(again.unscheduledPanel()->isVisible());
    CHECK_FALSE(again.conflictsDock()->isVisible());
    CHECK(again.roomZoom() == Approx(0.8));
    again.unscheduledPanel()->toggleViewAction()->trigger();
    QTest::qWait(20);
    CHECK(again.unscheduledPanel()->isVisible());
    CHECK(again.view()->viewport()->width() < 1200 - 100);
    forgetProgrammeSettings();
}
