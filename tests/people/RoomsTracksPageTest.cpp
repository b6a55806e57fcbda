#include "people/SmallEvent.h"

#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "models/RoomTableModel.h"
#include "models/TrackTableModel.h"
#include "pages/RoomsPage.h"
#include "pages/TracksPage.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace people_test;

namespace {
QList<SessionId> sessionsIn(const EventStore &file, RoomId room)
{
    QList<SessionId> ids;
    for (const Session &s : must(file.sessions().all()))
        if (s.roomId == room)
            ids << s.id;
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

TEST_CASE("Deleting a room with sessions warns, and undo restores the room and its sessions' room")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto created = must(EventFile::create(path, Event()));
    must(DemoEvent::fill(*created));
    const QList<Room> roomsBefore = must(created->rooms().all());
    const QList<Session> sessionsBefore = must(created->sessions().all());
    EventDocument document(std::move(created));
    RoomsPage page;
    page.setDocument(&document);
    REQUIRE(page.model()->rowCount() == roomsBefore.size());
    const Room room = roomsBefore.first();
    const QList<SessionId> inRoom = sessionsIn(document.store(), room.id);
    REQUIRE_FALSE(inRoom.isEmpty());

    page.selectRows({0});
    answerYes({QStringLiteral("%1 session(s)").arg(inRoom.size())});
    page.deleteItemAction()->trigger();
    CHECK(document.undoStack()->undoText() == QStringLiteral("Delete Room “%1”").arg(room.name));
    {
        auto file = reopen(path);
        CHECK_FALSE(file->rooms().byId(room.id).ok());
        for (SessionId id : inRoom)
            CHECK_FALSE(must(file->sessions().byId(id)).roomId.has_value());
    }
    CHECK(page.model()->rowOf(room.id) == -1);

    document.undoStack()->undo();
    auto file = reopen(path);
    CHECK(must(file->rooms().all()) == roomsBefore);
    CHECK(must(file->sessions().all()) == sessionsBefore);
    CHECK(page.model()->rowOf(room.id) == 0);
}

TEST_CASE("Rooms are renamed in place and reordered, both undoable")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("demo.podium"));
    auto created = must(EventFile::create(path, Event()));
    must(DemoEvent::fill(*created));
    const QList<Room> before = must(created->rooms().all());
    REQUIRE(before.size() >= 2);
    EventDocument document(std::move(created));
    RoomsPage page;
    page.setDocument(&document);
    RoomTableModel *model = page.model();

    REQUIRE(model->setData(model->index(0, RoomTableModel::NameColumn), QStringLiteral("Grand Hall")));
    CHECK(document.undoStack()->undoText() == QStringLiteral("Rename Room “%1”").arg(before.first().name));
    CHECK_FALSE(model->setData(model->index(0, RoomTableModel::NameColumn), QStringLiteral("   ")));
    REQUIRE(model->setData(model->index(0, RoomTableModel::CapacityColumn), 350));
    CHECK(must(reopen(path)->rooms().byId(before.first().id)).capacity == 350);

    page.selectRows({0});
    REQUIRE(model->moveRoom(0, 1));
    QList<Room> order = must(reopen(path)->rooms().all());
    CHECK(order.at(0).id == before.at(1).id);
    CHECK(order.at(1).id == before.at(0).id);
    CHECK(order.at(1).name == QLatin1String("Grand Hall"));

    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    CHECK(must(reopen(path)->rooms().all()) == before);
}

TEST_CASE("Keyboard: Ctrl+N and Insert add a room, Delete deletes it")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    EventDocument document(std::move(e.file));
    QMainWindow window;
    auto *page = new RoomsPage(&window);
    window.setCentralWidget(page);
    page->setDocument(&document);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    page->table()->setFocus();

    QTest::keyClick(page->table(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(page->model()->rowCount() == 2);
    CHECK(document.undoStack()->undoText() == QLatin1String("Add Room"));
    // The new room's name is being edited: type it.
    INFO(QApplication::focusWidget()->metaObject()->className());
    REQUIRE(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Salle Verte"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // The item delegate commits on the next turn of the event loop.
    QTRY_COMPARE(page->model()->itemAt(1).name, QStringLiteral("Salle Verte"));
    CHECK(must(reopen(e.path)->rooms().all()).at(1).name == QLatin1String("Salle Verte"));

    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Insert);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::qWait(0);
    CHECK(page->model()->rowCount() == 3);
    page->selectRows({2});
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Delete); // no sessions in it: no question
    CHECK(page->model()->rowCount() == 2);
    CHECK(must(reopen(e.path)->rooms().count()) == 2);
}

TEST_CASE("A track's colour is saved in the file and undone")
{
    test::TempDir dir;
    SmallEvent e = makeSmallEvent(dir.path(QStringLiteral("small.podium")));
    EventDocument document(std::move(e.file));
    TracksPage page;
    page.setDocument(&document);
    TrackTableModel *model = page.model();
    REQUIRE(model->rowCount() == 1);
    const QColor old = model->itemAt(0).color;
    REQUIRE(model->setColor(0, QColor(QStringLiteral("#c94f7c"))));
    CHECK(document.undoStack()->undoText() == QStringLiteral("Change Colour of Track “Science”"));
    CHECK(must(reopen(e.path)->tracks().byId(e.track)).color == QColor(QStringLiteral("#c94f7c")));
    CHECK(model->index(0, TrackTableModel::ColorColumn).data(Qt::DecorationRole).isValid());

    document.undoStack()->undo();
    CHECK(must(reopen(e.path)->tracks().byId(e.track)).color == old);
    CHECK(model->itemAt(0).color == old);

    // Deleting the track takes it off its sessions; undo puts it back on them.
    page.selectRows({0});
    answerYes({QStringLiteral("3 session(s)")});
    page.deleteItemAction()->trigger();
    CHECK_FALSE(must(reopen(e.path)->sessions().byId(e.s1)).trackId.has_value());
    document.undoStack()->undo();
    auto file = reopen(e.path);
    for (SessionId id : {e.s1, e.s2, e.s3})
        CHECK(must(file->sessions().byId(id)).trackId == std::optional<TrackId>(e.track));
}
