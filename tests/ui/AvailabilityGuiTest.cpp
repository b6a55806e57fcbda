// Availability painted on the day strip (mouse and keyboard), the room and
// person editors that hold it, and the session editor's Constraints tab:
// each saved as one undoable edit.
#include "support/Screenshot.h"
#include "support/TestSupport.h"

#include "commands/MergePeopleCommand.h"
#include "commands/ProgrammeEdits.h"
#include "commands/RemoveItemCommand.h"
#include "commands/SessionRecord.h"
#include "commands/SetAvailabilityCommand.h"
#include "commands/SetEventConstraintsCommand.h"
#include "dialogs/PersonEditorDialog.h"
#include "dialogs/RoomEditorDialog.h"
#include "dialogs/SchedulingRulesDialog.h"
#include "dialogs/SessionEditorDialog.h"
#include "document/EventDocument.h"
#include "pages/PeoplePage.h"
#include "pages/ProgrammePage.h"
#include "pages/RoomsPage.h"
#include "model/Event.h"
#include "storage/AvailabilityRepository.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventFile.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "widgets/AvailabilityEditor.h"
#include "widgets/AvailabilityStrip.h"
#include "widgets/ConflictsPanel.h"
#include "widgets/SessionBlockItem.h"
#include "widgets/SessionConstraintsEditor.h"
#include "widgets/TimetableScene.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

namespace {

struct TwoDays
{
    TwoDays()
    {
        event.name = QStringLiteral("Pharma meets Academia");
        event.timeZoneId = "Europe/Luxembourg";
        event.firstDay = QDate(2026, 12, 7);
        event.lastDay = QDate(2026, 12, 8);
        auto created = EventFile::create(dir.path(QStringLiteral("gui.podium")), event);
        REQUIRE(created.ok());
        document = std::make_unique<EventDocument>(std::move(created).value());
        const EventStore &file = document->store();
        auditorium = file.rooms().insert(Room{0, QStringLiteral("Auditorium"), 220, QStringLiteral("Ground floor"), 0}).value();
        seminar = file.rooms().insert(Room{0, QStringLiteral("Seminar Room 1"), 60, {}, 1}).value();
        Person p;
        p.title = QStringLiteral("Dr.");
        p.firstName = QStringLiteral("Hélène");
        p.lastName = QStringLiteral("Vandermeulen");
        p.organisation = QStringLiteral("LIH");
        helene = file.people().insert(p).value();
        Session keynote;
        keynote.title = QStringLiteral("Keynote: Data as a medicine");
        keynote.roomId = auditorium;
        keynote.start = event.fromLocal(event.firstDay, QTime(9, 0));
        keynote.durationMinutes = 45;
        this->keynote = file.sessions().insert(keynote).value();
        Session panel;
        panel.title = QStringLiteral("Panel: sharing clinical data");
        panel.roomId = auditorium;
        panel.start = event.fromLocal(event.firstDay, QTime(10, 0));
        this->panel = file.sessions().insert(panel).value();
    }
    QDateTime local(int day, QTime t) const { return event.fromLocal(event.day(day), t); }

    test::TempDir dir;
    Event event;
    std::unique_ptr<EventDocument> document;
    RoomId auditorium = 0, seminar = 0;
    PersonId helene = 0;
    SessionId keynote = 0, panel = 0;
};

} // namespace

TEST_CASE("The day strip paints availability from the keyboard and the mouse")
{
    TwoDays e;
    REQUIRE(e.document->store().sessions().addRole({e.keynote, e.helene, Role::Speaker, 0}).ok());
    PersonEditorDialog dialog(e.document->store(), e.document->store().people().byId(e.helene).value(),
                              QStringLiteral("Edit Person"));
    auto *editor = dialog.findChild<AvailabilityEditor *>();
    REQUIRE(editor);
    AvailabilityStrip *strip = editor->strip();
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(strip->isAlways());
    CHECK(dialog.availability().isAlways());
    CHECK(strip->toolTip().contains(QStringLiteral("Keynote: Data as a medicine"))); // her session, outlined

    // The cursor starts at 07:00 on the first day. 3: not available for that quarter.
    strip->setFocus();
    QTest::keyClick(strip, Qt::Key_3);
    Availability a = dialog.availability();
    REQUIRE_FALSE(a.isAlways());
    CHECK_FALSE(a.covers(e.local(0, QTime(7, 0)), e.local(0, QTime(7, 15))));
    CHECK(a.covers(e.local(0, QTime(7, 15)), e.local(0, QTime(18, 0))));
    CHECK(a.covers(e.local(1, QTime(7, 0)), e.local(1, QTime(18, 0))));

    // Ctrl+Right twice: 09:00; Shift+Right three times: 09:00-10:00; 2: preferred.
    QTest::keyClick(strip, Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(strip, Qt::Key_Right, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(strip, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(strip, Qt::Key_2);
    a = dialog.availability();
    CHECK(a.prefers(e.local(0, QTime(9, 0)), e.local(0, QTime(10, 0))));
    CHECK_FALSE(a.prefers(e.local(0, QTime(10, 0)), e.local(0, QTime(10, 15))));
    // The brush the key chose is the one the buttons show.
    CHECK(strip->brush() == AvailabilityStrip::Cell::Preferred);

    // A right-button drag across both days at the strip's right end: not available there, on each day.
    const int y0 = strip->height() / 2 - 4;
    const int y1 = strip->height() - 4;
    const int x = strip->width() - 3;
    QTest::mousePress(strip, Qt::RightButton, Qt::NoModifier, QPoint(x, y0));
    QTest::mouseMove(strip, QPoint(x, y1));
    QTest::mouseRelease(strip, Qt::RightButton, Qt::NoModifier, QPoint(x, y1));
    a = dialog.availability();
    CHECK_FALSE(a.covers(e.local(0, QTime(21, 45)), e.local(0, QTime(22, 0))));
    CHECK_FALSE(a.covers(e.local(1, QTime(21, 45)), e.local(1, QTime(22, 0))));
    CHECK(a.covers(e.local(1, QTime(21, 0)), e.local(1, QTime(21, 30))));
    test::screenshot(&dialog, QStringLiteral("person-editor-availability"));

    // Always available clears every limit.
    QPushButton *always = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Always Available"))
            always = b;
    REQUIRE(always);
    always->click();
    CHECK(dialog.availability().isAlways());
}

TEST_CASE("Availability set in an editor is one undoable edit, and the conflict shows")
{
    TwoDays e;
    Availability morning;
    morning.spans = {{e.local(0, QTime(8, 0)), e.local(0, QTime(9, 30)), AvailabilityKind::Available}};
    QUndoStack *stack = e.document->undoStack();
    stack->push(new SetAvailabilityCommand(e.document.get(), AvailabilityChange{{{e.helene, {}}}, {}},
                                           AvailabilityChange{{{e.helene, morning}}, {}}, QStringLiteral("Change")));
    CHECK(AvailabilityRepository(e.document->store()).ofPerson(e.helene).value() == morning);
    stack->undo();
    CHECK(AvailabilityRepository(e.document->store()).ofPerson(e.helene)->isAlways());
    stack->redo();
    CHECK(AvailabilityRepository(e.document->store()).ofPerson(e.helene).value() == morning);

    // The person editor shows it painted; the room editor too.
    PersonEditorDialog person(e.document->store(), e.document->store().people().byId(e.helene).value(),
                              QStringLiteral("Edit Person"));
    CHECK(person.storedAvailability() == morning);
    CHECK(person.availability() == morning); // untouched: exactly as stored, not cut to quarters
    Availability afternoon;
    afternoon.spans = {{e.local(1, QTime(13, 0)), e.local(1, QTime(18, 0)), AvailabilityKind::Available}};
    REQUIRE(AvailabilityRepository(e.document->store()).setRoom(e.seminar, afternoon).ok());
    RoomEditorDialog room(e.document->store(), e.document->store().rooms().byId(e.seminar).value());
    CHECK(room.availability() == afternoon);
    CHECK(room.room().capacity == 60);
    test::screenshot(&room, QStringLiteral("room-editor-availability"));
}

TEST_CASE("The session editor's Constraints tab saves with the session, in one undo step")
{
    TwoDays e;
    auto record = SessionRecord::load(e.document->store(), e.panel);
    REQUIRE(record.ok());
    SessionEditorDialog dialog(e.document->store(), record.value(), Session());
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->tabText(1).remove(QLatin1Char('&')) == QStringLiteral("Constraints"));
    tabs->setCurrentIndex(1);
    auto *constraints = dialog.findChild<SessionConstraintsEditor *>();
    REQUIRE(constraints);
    // Nothing touched: no change.
    CHECK(dialog.constraints() == record->constraints);

    QCheckBox *pinned = nullptr;
    for (QCheckBox *box : constraints->findChildren<QCheckBox *>())
        if (box->text().startsWith(QStringLiteral("&Pinned")))
            pinned = box;
    REQUIRE(pinned);
    pinned->setChecked(true);
    const QList<QComboBox *> boxes = constraints->findChildren<QComboBox *>();
    QComboBox *fixedRoom = nullptr;
    QComboBox *seats = nullptr;
    for (QComboBox *box : boxes) {
        if (box->itemText(0) == QStringLiteral("Any room"))
            fixedRoom = box;
        if (box->findText(QStringLiteral("All registrations")) >= 0)
            seats = box;
    }
    REQUIRE(fixedRoom);
    REQUIRE(seats);
    fixedRoom->setCurrentIndex(fixedRoom->findData(e.auditorium));
    seats->setCurrentIndex(seats->findText(QStringLiteral("All registrations")));
    auto *allowed = constraints->findChild<QListWidget *>();
    REQUIRE(allowed);
    allowed->item(0)->setCheckState(Qt::Checked); // Auditorium
    test::screenshot(&dialog, QStringLiteral("session-editor-constraints"));

    SessionConstraints wanted = dialog.constraints();
    CHECK((wanted.pinned == PinnedPlace{e.auditorium, e.local(0, QTime(10, 0))}));
    CHECK(wanted.fixedRoom == e.auditorium);
    CHECK(wanted.seatsFrom == SeatsFrom::Registrations);
    CHECK(wanted.allowedRooms == QList<RoomId>{e.auditorium});

    ProgrammeEdits(e.document.get()).save(record.value(), dialog.session(), dialog.people(), wanted);
    CHECK(ConstraintRepository(e.document->store()).ofSession(e.panel).value() == wanted);
    e.document->undoStack()->undo();
    CHECK(ConstraintRepository(e.document->store()).ofSession(e.panel)->isEmpty());
    e.document->undoStack()->redo();
    CHECK(ConstraintRepository(e.document->store()).ofSession(e.panel).value() == wanted);

    // Deleting the session and undoing brings its constraints back.
    ProgrammeEdits(e.document.get()).remove(e.panel);
    CHECK(ConstraintRepository(e.document->store()).allSessions()->isEmpty());
    e.document->undoStack()->undo();
    CHECK(ConstraintRepository(e.document->store()).ofSession(e.panel).value() == wanted);
}

TEST_CASE("Scheduling rules: gap, times kept free and track limits and rooms, saved as one undoable edit")
{
    TwoDays e;
    const TrackId science = e.document->store().tracks().insert(Track{0, QStringLiteral("Science"), QColor(Qt::red)}).value();
    EventConstraints before;
    before.breaks = {{e.local(0, QTime(12, 30)), e.local(0, QTime(13, 30)), QStringLiteral("Lunch")}};
    REQUIRE(ConstraintRepository(e.document->store()).setEvent(before).ok());
    before = ConstraintRepository(e.document->store()).event().value();

    SchedulingRulesDialog dialog(e.document->store(), before);
    CHECK(dialog.rules() == before); // untouched: no change
    auto *gap = dialog.findChild<QSpinBox *>();
    REQUIRE(gap);
    gap->setValue(15);
    QPushButton *addTime = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&Add Time"))
            addTime = b;
    REQUIRE(addTime);
    addTime->click(); // 12:30-13:30 "Lunch" on the first day: the same time twice
    auto *tracks = dialog.findChildren<QTableWidget *>().value(1);
    REQUIRE(tracks);
    qobject_cast<QSpinBox *>(tracks->cellWidget(0, 1))->setValue(2);
    auto *rooms = dialog.findChild<QListWidget *>();
    REQUIRE(rooms);
    rooms->item(1)->setCheckState(Qt::Checked); // Seminar Room 1
    test::screenshot(&dialog, QStringLiteral("scheduling-rules"));

    const EventConstraints after = dialog.rules();
    CHECK(after.personGapMinutes == 15);
    CHECK(after.breaks.size() == 2);
    CHECK(after.trackLimits.value(science) == 2);
    CHECK(after.trackRooms.value(science) == QList<RoomId>{e.seminar});
    e.document->undoStack()->push(new SetEventConstraintsCommand(e.document.get(), before, after, QStringLiteral("Rules")));
    CHECK(ConstraintRepository(e.document->store()).event().value() == after);
    e.document->undoStack()->undo();
    CHECK(ConstraintRepository(e.document->store()).event().value() == before);
}

TEST_CASE("The programme page lists a speaker outside their availability among its conflicts")
{
    TwoDays e;
    REQUIRE(e.document->store().sessions().addRole({e.keynote, e.helene, Role::Speaker, 0}).ok());
    ProgrammePage page;
    page.setDocument(e.document.get());
    page.resize(1200, 700);
    page.show();
    page.refreshNow();
    Availability afternoon;
    afternoon.spans = {{e.local(0, QTime(13, 0)), e.local(0, QTime(18, 0)), AvailabilityKind::Available}};
    e.document->undoStack()->push(new SetAvailabilityCommand(e.document.get(), AvailabilityChange{{{e.helene, {}}}, {}},
                                                             AvailabilityChange{{{e.helene, afternoon}}, {}},
                                                             QStringLiteral("Availability")));
    page.refreshNow();
    auto *panel = page.findChild<ConflictsPanel *>();
    REQUIRE(panel);
    REQUIRE(panel->count() >= 1);
    QString shown;
    for (int i = 0; i < panel->list()->count(); ++i)
        shown += panel->list()->item(i)->text() + QLatin1Char('\n');
    CHECK(shown.contains(QStringLiteral("Dr. Hélène Vandermeulen is available 13:00–18:00 only on")));

    // Pinned from the grid: the block shows it, the file keeps it, undo takes it away.
    ProgrammeEdits(e.document.get()).setPinned(e.keynote, true);
    page.refreshNow();
    REQUIRE(page.scene()->block(e.keynote));
    CHECK(page.scene()->block(e.keynote)->content().pinned);
    CHECK((ConstraintRepository(e.document->store()).ofSession(e.keynote)->pinned
           == PinnedPlace{e.auditorium, e.local(0, QTime(9, 0))}));
    test::screenshot(&page, QStringLiteral("programme-availability-conflict"));
    e.document->undoStack()->undo();
    page.refreshNow();
    CHECK_FALSE(page.scene()->block(e.keynote)->content().pinned);
    CHECK(ConstraintRepository(e.document->store()).ofSession(e.keynote)->isEmpty());
}

TEST_CASE("Deleting a person or room and undoing brings their availability back")
{
    TwoDays e;
    Availability morning;
    morning.spans = {{e.local(0, QTime(8, 0)), e.local(0, QTime(12, 0)), AvailabilityKind::Available}};
    const AvailabilityRepository repo(e.document->store());
    REQUIRE(repo.setPerson(e.helene, morning).ok());
    REQUIRE(repo.setRoom(e.seminar, morning).ok());
    RemoveItemCommand<Person>::pushAll(e.document.get(), {e.helene}, QStringLiteral("Delete"));
    RemoveItemCommand<Room>::pushAll(e.document.get(), {e.seminar}, QStringLiteral("Delete"));
    CHECK(repo.allPeople()->isEmpty());
    CHECK(repo.allRooms()->isEmpty());
    e.document->undoStack()->undo();
    e.document->undoStack()->undo();
    CHECK(repo.ofPerson(e.helene).value() == morning);
    CHECK(repo.ofRoom(e.seminar).value() == morning);
    e.document->undoStack()->redo();
    CHECK(repo.allPeople()->isEmpty());
}

TEST_CASE("Merging people: the kept person takes the other's times when they had none; undo gives both theirs back")
{
    TwoDays e;
    Person dup = e.document->store().people().byId(e.helene).value();
    dup.id = 0;
    dup.guid.clear();
    dup.organisation = QStringLiteral("Luxembourg Institute of Health");
    const PersonId dupId = e.document->store().people().insert(dup).value();
    Availability morning;
    morning.spans = {{e.local(0, QTime(8, 0)), e.local(0, QTime(12, 0)), AvailabilityKind::Available}};
    const AvailabilityRepository repo(e.document->store());
    REQUIRE(repo.setPerson(dupId, morning).ok());

    const Person kept = e.document->store().people().byId(e.helene).value();
    e.document->undoStack()->push(new MergePeopleCommand(e.document.get(), kept, {dupId}));
    CHECK(repo.ofPerson(e.helene).value() == morning);
    CHECK(repo.allPeople()->size() == 1);
    e.document->undoStack()->undo();
    CHECK(repo.ofPerson(e.helene)->isAlways());
    CHECK(repo.ofPerson(dupId).value() == morning);

    // When the kept person has times of their own, they stay.
    Availability afternoon;
    afternoon.spans = {{e.local(0, QTime(14, 0)), e.local(0, QTime(17, 0)), AvailabilityKind::Preferred}};
    REQUIRE(repo.setPerson(e.helene, afternoon).ok());
    e.document->undoStack()->push(new MergePeopleCommand(e.document.get(), kept, {dupId}));
    CHECK(repo.ofPerson(e.helene).value() == afternoon);
}

TEST_CASE("The People and Rooms pages offer availability import and export, and Room Details")
{
    TwoDays e;
    PeoplePage people;
    people.setDocument(e.document.get());
    RoomsPage rooms;
    rooms.setDocument(e.document.get());
    QStringList peopleButtons;
    // Tool buttons show their action's text without mnemonic or ellipsis.
    for (QAbstractButton *b : people.findChildren<QAbstractButton *>())
        peopleButtons << b->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    INFO(peopleButtons.join(QLatin1Char('|')).toStdString());
    CHECK(peopleButtons.contains(QStringLiteral("Import Availability")));
    CHECK(peopleButtons.contains(QStringLiteral("Export Availability")));
    QStringList roomButtons;
    for (QAbstractButton *b : rooms.findChildren<QAbstractButton *>())
        roomButtons << b->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    CHECK(roomButtons.contains(QStringLiteral("Room Details")));
    CHECK(roomButtons.contains(QStringLiteral("Import Availability")));
    test::screenshot(&people, QStringLiteral("people-page-availability"), QSize(1200, 500));
    test::screenshot(&rooms, QStringLiteral("rooms-page-details"), QSize(1200, 400));
}
