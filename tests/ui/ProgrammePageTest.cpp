#include "support/TestSupport.h"

#include "commands/ProgrammeEdits.h"
#include "document/EventDocument.h"
#include "model/Event.h"
#include "pages/ProgrammePage.h"
#include "pages/SessionsPage.h"
#include "storage/EventFile.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "widgets/ConflictsPanel.h"
#include "widgets/SessionBlockItem.h"
#include "widgets/TimetableScene.h"
#include "widgets/TimetableView.h"
#include "widgets/UnscheduledList.h"

#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

namespace {

// A one-day event with two rooms and three sessions, opened in the Programme page.
class ProgrammeFixture
{
public:
    ProgrammeFixture()
    {
        event.name = QStringLiteral("Pharma meets Academia");
        event.timeZoneId = "Europe/Luxembourg";
        event.firstDay = QDate(2018, 12, 14);
        event.lastDay = event.firstDay;
        path = dir.path(QStringLiteral("programme.podium"));
        auto created = EventFile::create(path, event);
        REQUIRE(created.ok());
        EventFile &file = *created.value();
        auditorium = addRoom(file, QStringLiteral("Auditorium"), 0);
        seminar = addRoom(file, QStringLiteral("Seminar Room 1"), 1);
        Person anna;
        anna.firstName = QStringLiteral("Anna");
        anna.lastName = QStringLiteral("Chioti");
        annaId = file.people().insert(anna).value();
        keynote = addSession(file, QStringLiteral("Keynote"), auditorium, QTime(10, 0), 30);
        workshop = addSession(file, QStringLiteral("Workshop"), seminar, QTime(11, 0), 60);
        spare = addSession(file, QStringLiteral("Spare talk"), std::nullopt, QTime(), 20);
        REQUIRE(file.sessions().addRole({keynote, annaId, Role::Speaker, 0}).ok());
        REQUIRE(file.sessions().addRole({workshop, annaId, Role::Chair, 0}).ok());
        document = std::make_unique<EventDocument>(std::move(created).value());
        page.setDocument(document.get());
        page.resize(1200, 800);
        page.show();
        page.refreshNow();
    }

    static RoomId addRoom(EventFile &file, const QString &name, int position)
    {
        Room r;
        r.name = name;
        r.capacity = 100;
        r.position = position;
        return file.rooms().insert(r).value();
    }

    SessionId addSession(EventFile &file, const QString &title, std::optional<RoomId> room, QTime local, int minutes)
    {
        Session s;
        s.title = title;
        s.roomId = room;
        s.start = local.isValid() ? event.fromLocal(event.firstDay, local) : QDateTime();
        s.durationMinutes = minutes;
        s.status = SessionStatus::Confirmed;
        return file.sessions().insert(s).value();
    }

    // The session as another connection reads it from the file.
    Session reread(SessionId id) const
    {
        auto file = EventFile::open(path, EventFile::OpenOptions{true, false, false});
        REQUIRE(file.ok());
        auto session = file.value()->sessions().byId(id);
        REQUIRE(session.ok());
        return session.value();
    }

    QDateTime at(QTime local) const { return event.fromLocal(event.firstDay, local); }
    QWidget *viewport() const { return page.view()->viewport(); }

    // The viewport point of a scene point.
    QPoint onScreen(const QPointF &scenePoint) const { return page.view()->mapFromScene(scenePoint); }

    // Drags with the left button from one viewport point to another in a few steps.
    void drag(QPoint from, QPoint to) const
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport(), from + (to - from) * step / 4);
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }

    // Lets the page redraw after an edit (it does so on the next turn of the event loop).
    void settle() const { QTest::qWait(20); }

    test::TempDir dir;
    Event event;
    QString path;
    RoomId auditorium = 0;
    RoomId seminar = 0;
    PersonId annaId = 0;
    SessionId keynote = 0;
    SessionId workshop = 0;
    SessionId spare = 0;
    std::unique_ptr<EventDocument> document;
    ProgrammePage page;
};

} // namespace

TEST_CASE("The Programme page draws one block per scheduled session and lists the others")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    CHECK(scene->columnCount() == 2);
    REQUIRE(scene->block(f.keynote));
    REQUIRE(scene->block(f.workshop));
    CHECK(scene->block(f.spare) == nullptr);
    CHECK(scene->block(f.keynote)->content().speakers == QStringLiteral("Anna Chioti"));
    REQUIRE(f.page.unscheduledList()->count() == 1);
    CHECK(f.page.unscheduledList()->item(0)->text().startsWith(QStringLiteral("Spare talk")));
    CHECK(f.page.conflictsPanel()->count() == 0);
}

TEST_CASE("Dragging a block moves the session in the file, and undo puts it back")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    const QRectF block = scene->block(f.keynote)->sceneBoundingRect();
    const QPoint from = f.onScreen(block.center());
    // One room to the right and 45 minutes later.
    const QPoint to = f.onScreen(block.center() + QPointF(scene->columnWidth(), 45 * scene->minutePixels()));
    f.drag(from, to);

    const Session moved = f.reread(f.keynote);
    CHECK(moved.roomId == f.seminar);
    CHECK(moved.start == f.at(QTime(10, 45)));
    CHECK(moved.durationMinutes == 30);
    REQUIRE(f.document->undoStack()->canUndo());
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Move “Keynote”"));

    f.document->undoStack()->undo();
    const Session back = f.reread(f.keynote);
    CHECK(back.roomId == f.auditorium);
    CHECK(back.start == f.at(QTime(10, 0)));
    f.settle();
    REQUIRE(scene->block(f.keynote));
    CHECK(scene->block(f.keynote)->shownStart() == f.at(QTime(10, 0)));
}

TEST_CASE("Dragging the lower edge changes the duration, snapped to the step")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    SessionBlockItem *item = scene->block(f.workshop);
    const QRectF rect = scene->blockRect(item->shownColumn(), item->shownStart(), item->shownMinutes());
    const QPointF edge(rect.center().x(), rect.bottom() - 2);
    // 32 minutes lower: snaps to 30 minutes more (5-minute steps).
    f.drag(f.onScreen(edge), f.onScreen(edge + QPointF(0, 32 * scene->minutePixels())));

    const Session resized = f.reread(f.workshop);
    CHECK(resized.durationMinutes == 90);
    CHECK(resized.start == f.at(QTime(11, 0)));
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Change Duration of “Workshop”"));
    f.document->undoStack()->undo();
    CHECK(f.reread(f.workshop).durationMinutes == 60);
}

TEST_CASE("A double booking made on the grid appears in the Conflicts panel and marks both blocks")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    REQUIRE(f.page.conflictsPanel()->count() == 0);
    // Anna chairs the workshop at 11:00: drag her keynote from 10:00 to 11:00 in the other room.
    const QRectF block = scene->block(f.keynote)->sceneBoundingRect();
    f.drag(f.onScreen(block.center()),
           f.onScreen(block.center() + QPointF(scene->columnWidth(), 60 * scene->minutePixels())));
    f.settle();

    REQUIRE(f.page.conflictsPanel()->count() == 2); // Anna twice, and the room twice
    QStringList messages;
    for (int i = 0; i < f.page.conflictsPanel()->list()->count(); ++i)
        messages << f.page.conflictsPanel()->list()->item(i)->text();
    CHECK(messages.join(QLatin1Char('\n')).contains(QStringLiteral("Anna Chioti is in two sessions at once")));
    CHECK(messages.join(QLatin1Char('\n')).contains(QStringLiteral("Seminar Room 1 holds two sessions at once")));
    CHECK(scene->block(f.keynote)->hasConflict());
    CHECK(scene->block(f.workshop)->hasConflict());

    // Clicking a conflict selects its session.
    scene->clearSelection();
    QListWidget *list = f.page.conflictsPanel()->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    CHECK(scene->selectedSession() != 0);

    f.document->undoStack()->undo();
    f.settle();
    CHECK(f.page.conflictsPanel()->count() == 0);
    CHECK_FALSE(scene->block(f.keynote)->hasConflict());
}

TEST_CASE("Keyboard: arrows move the selected block by a snap step or a room, Delete unschedules it")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    f.page.view()->setFocus();
    scene->selectSession(f.keynote);
    QTest::keyClick(f.viewport(), Qt::Key_Down);
    CHECK(f.reread(f.keynote).start == f.at(QTime(10, 5)));
    f.settle();
    REQUIRE(scene->selectedSession() == f.keynote); // still selected after the redraw
    QTest::keyClick(f.viewport(), Qt::Key_Right);
    CHECK(f.reread(f.keynote).roomId == f.seminar);
    f.settle();
    QTest::keyClick(f.viewport(), Qt::Key_Delete);
    CHECK_FALSE(f.reread(f.keynote).isScheduled());
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Unschedule “Keynote”"));
    f.settle();
    CHECK(scene->block(f.keynote) == nullptr);
    CHECK(f.page.unscheduledList()->count() == 2);
    f.document->undoStack()->undo();
    CHECK(f.reread(f.keynote).isScheduled());
}

TEST_CASE("A block dragged onto the unscheduled list is unscheduled")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    UnscheduledList *list = f.page.unscheduledList();
    const QPoint from = f.onScreen(scene->block(f.keynote)->sceneBoundingRect().center());
    // The middle of the list, in the viewport's coordinates (left of it, outside the grid).
    const QPoint overList = f.viewport()->mapFromGlobal(list->mapToGlobal(list->rect().center()));
    REQUIRE(overList.x() < 0);
    f.drag(from, overList);
    CHECK_FALSE(f.reread(f.keynote).isScheduled());
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Unschedule “Keynote”"));
    f.settle();
    CHECK(list->count() == 2);
    CHECK(scene->block(f.keynote) == nullptr);
}

TEST_CASE("A session dropped from the unscheduled list is scheduled where it lands")
{
    ProgrammeFixture f;
    TimetableScene *scene = f.page.scene();
    // What the view does on a drop: the scene asks for the move (a real drag needs a window system).
    scene->blockMoved(f.spare, 1, f.at(QTime(14, 0)));
    const Session placed = f.reread(f.spare);
    CHECK(placed.roomId == f.seminar);
    CHECK(placed.start == f.at(QTime(14, 0)));
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Schedule “Spare talk”"));
}

TEST_CASE("The snap step is a setting of the event, changed with undo")
{
    ProgrammeFixture f;
    CHECK(ProgrammeEdits::snapMinutes(f.document->store()) == 5);
    ProgrammeEdits(f.document.get()).setSnapMinutes(15);
    CHECK(ProgrammeEdits::snapMinutes(f.document->store()) == 15);
    f.settle();
    CHECK(f.page.scene()->snapMinutes() == 15);
    TimetableScene *scene = f.page.scene();
    scene->selectSession(f.keynote);
    f.page.view()->setFocus();
    QTest::keyClick(f.viewport(), Qt::Key_Down);
    CHECK(f.reread(f.keynote).start == f.at(QTime(10, 15)));
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(ProgrammeEdits::snapMinutes(f.document->store()) == 5);
}

TEST_CASE("Session edits with new people are one undo step, and the Sessions page shows the same sessions")
{
    ProgrammeFixture f;
    auto before = SessionRecord::load(f.document->store(), f.keynote);
    REQUIRE(before.ok());
    Session after = before->session;
    after.title = QStringLiteral("Opening keynote");
    after.expectedAttendance = 150; // the auditorium seats 100
    const int undoBefore = f.document->undoStack()->count();
    ProgrammeEdits(f.document.get())
        .save(before.value(), after,
              {{f.annaId, QString(), Role::Speaker}, {0, QStringLiteral("Dr. Charles Betz"), Role::Moderator}});
    CHECK(f.document->undoStack()->count() == undoBefore + 1);
    CHECK(f.document->undoStack()->undoText() == QStringLiteral("Edit “Opening keynote”"));
    auto roles = f.document->store().sessions().roles(f.keynote);
    REQUIRE(roles.ok());
    REQUIRE(roles->size() == 2);
    const Person charles = f.document->store().people().byId(roles->at(1).personId).value();
    CHECK(charles.title == QStringLiteral("Dr."));
    CHECK(charles.lastName == QStringLiteral("Betz"));
    CHECK(roles->at(1).role == Role::Moderator);
    f.settle();
    CHECK(f.page.conflictsPanel()->count() == 1); // over capacity

    SessionsPage sessions;
    sessions.setDocument(f.document.get());
    QAbstractItemModel *model = sessions.table()->model();
    CHECK(model->rowCount() == 3);
    sessions.filter()->setText(QStringLiteral("betz"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, 0).data().toString().contains(QStringLiteral("Opening keynote")));

    f.document->undoStack()->undo();
    CHECK(f.reread(f.keynote).title == QStringLiteral("Keynote"));
    CHECK(f.document->store().sessions().roles(f.keynote)->size() == 1);
    CHECK_FALSE(f.document->store().people().byId(charles.id).ok());
    f.document->undoStack()->redo();
    CHECK(f.document->store().sessions().roles(f.keynote)->size() == 2);
}

TEST_CASE("Deleting a session is undone with its people")
{
    ProgrammeFixture f;
    ProgrammeEdits(f.document.get()).remove(f.workshop);
    CHECK_FALSE(f.document->store().sessions().byId(f.workshop).ok());
    f.document->undoStack()->undo();
    CHECK(f.reread(f.workshop).title == QStringLiteral("Workshop"));
    auto roles = f.document->store().sessions().roles(f.workshop);
    REQUIRE(roles->size() == 1);
    CHECK(roles->first().role == Role::Chair);
}
