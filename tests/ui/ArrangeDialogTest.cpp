// Programme ▸ Arrange in the GUI: the search runs behind a progress dialog,
// the plan is previewed, and applying it is one edit that undo takes back.
#include "support/Screenshot.h"
#include "support/TestSupport.h"

#include "dialogs/ArrangeDialog.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "generate/EventGenerator.h"
#include "io/ScheduleDocumentBuilder.h"
#include "io/ScheduleFiles.h"
#include "model/Event.h"
#include "pages/ProgrammePage.h"
#include "schedule/ConflictChecker.h"
#include "storage/AvailabilityRepository.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ScheduleSnapshotRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QRadioButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace {

std::unique_ptr<EventDocument> unscheduledDemo(const test::TempDir &dir)
{
    auto file = EventFile::create(dir.path(QStringLiteral("demo.podium")), Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    const SessionRepository sessions = file.value()->sessions();
    for (Session s : sessions.all().value()) {
        s.start = QDateTime();
        s.roomId.reset();
        REQUIRE(sessions.update(s).ok());
    }
    return std::make_unique<EventDocument>(std::move(file).value());
}

int scheduled(const EventDocument &document)
{
    int n = 0;
    for (const Session &s : document.store().sessions().all().value())
        n += s.isScheduled() ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("Arranging the demo's unscheduled sessions is previewed, applied as one edit, and undone")
{
    const test::TempDir dir;
    auto document = unscheduledDemo(dir);
    REQUIRE(scheduled(*document) == 0);
    ArrangeDialog dialog(document.get(), ArrangeDialog::Mode::Unscheduled, QDate(2018, 12, 14));
    dialog.arrange();
    REQUIRE(dialog.hasPlan());
    CHECK(dialog.plan().count(ArrangeChange::Kind::Placed) == 18);
    // Nothing is written before Apply.
    CHECK(scheduled(*document) == 0);
    QTreeWidget *tree = dialog.preview();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0) == QStringLiteral("Placed (18)"));
    CHECK(tree->topLevelItem(0)->childCount() == 18);
    CHECK(tree->topLevelItem(0)->child(0)->text(1) == QStringLiteral("not scheduled"));
    test::screenshot(&dialog, QStringLiteral("arrange-preview"));

    REQUIRE(dialog.applyPlan());
    CHECK(scheduled(*document) == 18);
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->undoText() == QStringLiteral("Arrange Unscheduled Sessions"));
    const ScheduleSnapshot after = ScheduleSnapshotRepository(document->store()).load().value();
    CHECK(ConflictChecker::check(after).isEmpty());

    document->undoStack()->undo();
    CHECK(scheduled(*document) == 0);
    document->undoStack()->redo();
    CHECK(scheduled(*document) == 18);

    ProgrammePage page;
    page.setDocument(document.get());
    page.showDay(QDate(2018, 12, 14));
    test::screenshot(&page, QStringLiteral("arrange-programme"), QSize(1250, 780));
}

TEST_CASE("Rearranging one track moves only that track's sessions, and says when nothing would change")
{
    const test::TempDir dir;
    auto document = unscheduledDemo(dir);
    {
        ArrangeDialog first(document.get(), ArrangeDialog::Mode::Unscheduled, QDate(2018, 12, 14));
        first.arrange();
        REQUIRE(first.applyPlan());
    }
    ArrangeDialog dialog(document.get(), ArrangeDialog::Mode::DayOrTrack, QDate(2018, 12, 14));
    QList<QRadioButton *> radios = dialog.findChildren<QRadioButton *>();
    REQUIRE(radios.size() == 2);
    radios[1]->setChecked(true); // Track
    dialog.arrange();
    REQUIRE(dialog.hasPlan());
    // Already the best timetable for these rules: nothing moves, Apply stays off.
    CHECK_FALSE(dialog.plan().changesAnything());
    CHECK_FALSE(dialog.applyPlan());
    CHECK(document->undoStack()->count() == 1);
    test::screenshot(&dialog, QStringLiteral("arrange-rearrange"));
}

TEST_CASE("Sessions that cannot be placed are previewed with the reason, in words")
{
    const test::TempDir dir;
    auto document = unscheduledDemo(dir);
    // Sven Hansen runs the workshop and both matchmaking rounds (225 minutes), but is there two hours only.
    PersonId sven = 0;
    for (const Person &p : document->store().people().all().value())
        if (p.fullName() == QStringLiteral("Sven Hansen"))
            sven = p.id;
    REQUIRE(sven != 0);
    const Event event = document->store().event().load().value();
    Availability twoHours;
    twoHours.spans << AvailabilitySpan{event.fromLocal(event.firstDay, QTime(9, 0)),
                                       event.fromLocal(event.firstDay, QTime(11, 0)), AvailabilityKind::Available};
    REQUIRE(AvailabilityRepository(document->store()).setPerson(sven, twoHours).ok());

    ArrangeDialog dialog(document.get(), ArrangeDialog::Mode::Unscheduled, event.firstDay);
    dialog.arrange();
    REQUIRE(dialog.hasPlan());
    CHECK(dialog.plan().count(ArrangeChange::Kind::Placed) == 16);
    REQUIRE(dialog.plan().count(ArrangeChange::Kind::Unplaced) == 2);
    QTreeWidget *tree = dialog.preview();
    REQUIRE(tree->topLevelItemCount() == 2);
    QTreeWidgetItem *left = tree->topLevelItem(1);
    CHECK(left->text(0) == QStringLiteral("Left unplaced (2)"));
    for (int i = 0; i < left->childCount(); ++i) {
        CHECK(left->child(i)->text(3).startsWith(QStringLiteral("Sven Hansen is available 09:00–11:00 only; ")));
        CHECK(left->child(i)->text(3).contains(QStringLiteral("both need Sven Hansen")));
    }
    // The first one's reason is shown in full below the list.
    CHECK(dialog.details().contains(QStringLiteral("is left unplaced: Sven Hansen is available 09:00–11:00 only; ")));
    test::screenshot(&dialog, QStringLiteral("arrange-unplaced"));
    REQUIRE(dialog.applyPlan());
    // What was placed keeps every rule: the conflict check, with Sven's availability, finds nothing.
    CHECK(ConflictChecker::check(ScheduleSnapshotRepository(document->store()).load().value()).isEmpty());
}

TEST_CASE("Stopping the search keeps the best timetable found so far")
{
    const test::TempDir dir;
    auto file = EventFile::create(dir.path(QStringLiteral("big.podium")), Event());
    REQUIRE(file.ok());
    EventGenerator::Options o;
    o.sessions = 400;
    o.rooms = 16;
    o.days = 2;
    o.participants = 5;
    REQUIRE(EventGenerator::fill(*file.value(), o).ok());
    const SessionRepository sessions = file.value()->sessions();
    Transaction transaction(*file.value());
    for (Session s : sessions.all().value()) {
        s.start = QDateTime();
        s.roomId.reset();
        REQUIRE(sessions.update(s).ok());
    }
    REQUIRE(transaction.commit().ok());
    EventDocument document(std::move(file).value());
    ArrangeDialog dialog(&document, ArrangeDialog::Mode::Unscheduled, o.firstDay);
    dialog.findChild<QSpinBox *>()->setValue(600); // far longer than the test waits
    // Stop as soon as the progress window shows (the search would go on for minutes).
    bool sawProgress = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        auto *progress = dialog.findChild<QProgressDialog *>();
        // Once it says how far it got.
        if (!progress || !progress->isVisible() || sawProgress || !progress->labelText().contains(QStringLiteral("placed")))
            return;
        sawProgress = true;
        test::screenshot(progress, QStringLiteral("arrange-progress"));
        // As the user does: the button.
        auto *stop = progress->findChild<QPushButton *>();
        REQUIRE(stop);
        CHECK(stop->text() == QStringLiteral("&Stop and Keep the Best So Far"));
        stop->click();
    });
    poll.start(10);
    dialog.arrange();
    CHECK(sawProgress);
    REQUIRE(dialog.hasPlan());
    CHECK(dialog.plan().cancelled);
    // The first timetable is ready within milliseconds: stopping still places sessions.
    CHECK(dialog.plan().count(ArrangeChange::Kind::Placed) > 250);
    CHECK(dialog.findChildren<QLabel *>().size() > 0);
    bool saysStopped = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        saysStopped |= label->text().contains(QStringLiteral("Stopped early"));
    CHECK(saysStopped);
}

TEST_CASE("Rearranging a day from the published programme puts back the session dragged away since")
{
    const test::TempDir dir;
    auto file = EventFile::create(dir.path(QStringLiteral("demo.podium")), Event());
    REQUIRE(file.ok());
    REQUIRE(DemoEvent::fill(*file.value()).ok());
    const QString published = dir.path(QStringLiteral("published.json"));
    auto schedule = ScheduleDocumentBuilder::build(*file.value(), {});
    REQUIRE(schedule.ok());
    REQUIRE(ScheduleFiles::write(schedule.value(), published, false).ok());
    EventDocument document(std::move(file).value());
    SessionId workshop = 0;
    QDateTime publishedStart;
    const SessionRepository sessions = document.store().sessions();
    for (Session s : sessions.all().value()) {
        if (s.title.startsWith(QStringLiteral("Workshop"))) {
            workshop = s.id;
            publishedStart = s.start;
            s.start = s.start.addSecs(5 * 3600); // onto the second matchmaking round, same speaker
            REQUIRE(sessions.update(s).ok());
        }
    }
    REQUIRE(workshop != 0);

    ArrangeDialog dialog(&document, ArrangeDialog::Mode::DayOrTrack, QDate(2018, 12, 14));
    dialog.setPublishedFile(published);
    dialog.arrange();
    REQUIRE(dialog.hasPlan());
    REQUIRE(dialog.plan().changes.size() == 1);
    CHECK(dialog.plan().changes.first().sessionId == workshop);
    CHECK(dialog.plan().changes.first().startAfter == publishedStart);
    test::screenshot(&dialog, QStringLiteral("arrange-published"));
    REQUIRE(dialog.applyPlan());
    CHECK(ConflictChecker::check(ScheduleSnapshotRepository(document.store()).load().value()).isEmpty());

    // A file that is not a schedule is said, and nothing is planned.
    ArrangeDialog broken(&document, ArrangeDialog::Mode::DayOrTrack, QDate(2018, 12, 14));
    broken.setPublishedFile(dir.path(QStringLiteral("missing.json")));
    broken.arrange();
    CHECK_FALSE(broken.hasPlan());
}
