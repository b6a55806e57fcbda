// Issue 18 in the GUI: what another window changed is read again row by row (a 100,000-row
// list keeps its place), a save refused because someone changed the row meanwhile opens the
// editor again on the current values, and each editor shows its row's history.
#include "support/EventFiles.h"
#include "support/ServerTestEvent.h"

#include "commands/EditParticipantCommand.h"
#include "commands/EditSessionCommand.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/SessionEditorDialog.h"
#include "document/EventDocument.h"
#include "models/ParticipantTableModel.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/StoreOpener.h"
#include "util/ChangeAuthor.h"

#include <QApplication>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

namespace {
std::unique_ptr<EventDocument> openDocument(const QString &path)
{
    auto file = EventFile::open(path);
    REQUIRE(file.ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

// Runs `step` on each modal dialog as it opens (the editors run exec()), in order.
class ModalSteps : public QObject
{
public:
    explicit ModalSteps(QList<std::function<void(QDialog *)>> steps) : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last || m_steps.isEmpty())
                return;
            m_last = dialog;
            m_steps.takeFirst()(dialog);
        });
        m_timer.start(20);
    }
    bool done() const { return m_steps.isEmpty(); }

private:
    QList<std::function<void(QDialog *)>> m_steps;
    QPointer<QDialog> m_last;
    QTimer m_timer;
};

QLineEdit *fieldWithText(QDialog *dialog, const QString &text)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
        if (edit->text() == text)
            return edit;
    return nullptr;
}
} // namespace

TEST_CASE("Rows another window changed are read again in place: the list keeps its scroll position and selection")
{
    test::TempDir dir;
    const QString path = test::createGeneratedEvent(dir, 3000);
    auto here = openDocument(path);
    auto there = openDocument(path);
    ParticipantTableModel model;
    model.setDocument(here.get());
    QTableView view;
    view.setModel(&model);
    view.resize(900, 500);
    view.show();
    while (model.rowCount() < 2000 && model.canFetchMore({}))
        model.fetchMore({});
    const int row = 1500;
    view.selectRow(row);
    view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
    const int scrolled = view.verticalScrollBar()->value();
    REQUIRE(scrolled > 0);

    // Another window renames that registration's organisation and checks it in.
    ChangeAuthor::setCurrent({QStringLiteral("bob"), QString()});
    const ParticipantRow before = model.loadRow(row).value();
    ParticipantRow after = before;
    after.person.organisation = QStringLiteral("Université du Luxembourg");
    after.participant.checkedIn = QDateTime(QDate(2018, 12, 14), QTime(8, 1), Qt::UTC);
    there->undoStack()->push(new EditParticipantCommand(there.get(), before, after));
    ChangeAuthor::setCurrent({});

    // What the server's announcement becomes in this window: these rows of these parts.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
    EventDocument::ChangedRows rows;
    rows.ids[EventDocument::ParticipantsPart] = {before.participant.id};
    rows.ids[EventDocument::PeoplePart] = {before.person.id};
    here->notifyChanged(EventDocument::ParticipantsPart | EventDocument::PeoplePart, rows);

    CHECK(resets.isEmpty());
    REQUIRE(changedRows.size() == 1);
    CHECK(changedRows.at(0).at(0).toModelIndex().row() == row);
    CHECK(changedRows.at(0).at(1).toModelIndex().row() == row);
    CHECK(model.data(model.index(row, ParticipantTableModel::OrganisationColumn)).toString()
          == QStringLiteral("Université du Luxembourg"));
    CHECK(model.rowCount() >= 2000);
    CHECK(view.verticalScrollBar()->value() == scrolled);
    REQUIRE(view.selectionModel()->selectedRows().size() == 1);
    CHECK(view.selectionModel()->selectedRows().first().row() == row);

    // A part named without rows (an edit here, a file's poll) reads the fetched rows again, as before.
    here->notifyChanged(EventDocument::ParticipantsPart);
    CHECK(resets.isEmpty());
    CHECK(view.selectionModel()->selectedRows().first().row() == row);
}

TEST_CASE("A session saved over someone else's change is refused, and its editor opens again on the current values")
{
    test::TempDir dir;
    const QString path = test::createDemoEvent(dir);
    auto alices = openDocument(path);
    auto bobs = openDocument(path);
    const Session keynote = bobs->store().sessions().all()->first();
    const QString theirTitle = QStringLiteral("Keynote, moved by Alice");
    const QString myTitle = QStringLiteral("Keynote, renamed by Bob");
    ChangeAuthor::setCurrent({QStringLiteral("bob"), QString()});

    bool reopenedWithTheirs = false;
    QString refusal;
    int historyEntries = 0;
    ModalSteps steps({
        [&](QDialog *editor) {
            // While Bob's editor is open, Alice saves the same session from her window.
            ChangeAuthor::setCurrent({QStringLiteral("alice"), QString()});
            Session moved = alices->store().sessions().byId(keynote.id).value();
            moved.title = theirTitle;
            alices->undoStack()->push(new EditSessionCommand(alices.get(), keynote, moved, QStringLiteral("Rename")));
            ChangeAuthor::setCurrent({QStringLiteral("bob"), QString()});
            // (No REQUIRE here: a Qt event handler must not throw.)
            if (QLineEdit *title = fieldWithText(editor, keynote.title))
                title->setText(myTitle);
            editor->accept();
        },
        [&](QDialog *editor) {
            reopenedWithTheirs = fieldWithText(editor, theirTitle) != nullptr;
            if (auto *label = editor->findChild<QLabel *>(QStringLiteral("refusal")))
                refusal = label->text();
            if (auto *history = editor->findChild<QPushButton *>(QStringLiteral("historyButton")))
                history->click();
            if (auto *rowHistory = editor->findChild<HistoryDialog *>(QStringLiteral("rowHistory"))) {
                historyEntries = rowHistory->entryCount();
                rowHistory->close();
            }
            editor->reject();
        },
    });
    SessionEditorDialog::editSession(nullptr, bobs.get(), keynote.id);
    ChangeAuthor::setCurrent({});

    CHECK(steps.done());
    CHECK(reopenedWithTheirs);
    INFO(refusal.toStdString());
    CHECK(refusal.contains(QLatin1String("alice")));
    CHECK(refusal.contains(theirTitle));
    CHECK(bobs->store().sessions().byId(keynote.id)->title == theirTitle);
    CHECK(historyEntries >= 2); // created (the demo), Alice's rename
    CHECK(bobs->undoStack()->count() == 0);
}

TEST_CASE("Two windows on one server event: a change in one shows in the other, only its row read again", "[server]")
{
    test::TempDir dir;
    const QString location = test::publishDemo(dir, QStringLiteral("twowindows"));
    auto openServer = [&] {
        auto store = StoreOpener::open(location);
        INFO(store.error().toStdString());
        REQUIRE(store);
        return std::make_unique<EventDocument>(std::move(store).value());
    };
    auto mine = openServer();
    auto theirs = openServer();
    REQUIRE(theirs->isLive());

    ParticipantTableModel participants;
    participants.setDocument(theirs.get());
    REQUIRE(participants.rowCount() > 3);
    const int row = 3;
    QSignalSpy resets(&participants, &QAbstractItemModel::modelReset);
    QSignalSpy rowsChanged(&participants, &QAbstractItemModel::dataChanged);
    QSignalSpy changed(theirs.get(), &EventDocument::changed);

    // This window edits a registration: the other reads that row, in place.
    ChangeAuthor::setCurrent({QStringLiteral("alice"), QString()});
    const ParticipantRow before = participants.loadRow(row).value();
    ParticipantRow after = before;
    after.person.organisation = QStringLiteral("Luxembourg Institute of Health");
    mine->undoStack()->push(new EditParticipantCommand(mine.get(), before, after));
    ChangeAuthor::setCurrent({});
    REQUIRE(changed.wait(10000));
    const auto parts = changed.first().at(0).value<EventDocument::Parts>();
    const auto rows = changed.first().at(1).value<EventDocument::ChangedRows>();
    CHECK(parts.testFlag(EventDocument::PeoplePart));
    CHECK(rows.of(EventDocument::PeoplePart) == QSet<qint64>{before.person.id});
    CHECK(resets.isEmpty());
    REQUIRE(rowsChanged.size() == 1);
    CHECK(rowsChanged.first().at(0).toModelIndex().row() == row);
    CHECK(participants.data(participants.index(row, ParticipantTableModel::OrganisationColumn)).toString()
          == after.person.organisation);

    // A session renamed here is renamed there.
    changed.clear();
    const Session session = mine->store().sessions().all()->first();
    Session renamed = session;
    renamed.title = QStringLiteral("Renamed in the other window");
    mine->undoStack()->push(new EditSessionCommand(mine.get(), session, renamed, QStringLiteral("Rename")));
    REQUIRE(changed.wait(10000));
    CHECK(changed.first().at(0).value<EventDocument::Parts>().testFlag(EventDocument::SessionsPart));
    CHECK(changed.first().at(1).value<EventDocument::ChangedRows>().of(EventDocument::SessionsPart)
          == QSet<qint64>{session.id});
    CHECK(theirs->store().sessions().byId(session.id)->title == renamed.title);
    // Its own edit is not announced back to the window that made it.
    QSignalSpy mineChanged(mine.get(), &EventDocument::changedElsewhere);
    QTest::qWait(300);
    CHECK(mineChanged.isEmpty());
}

TEST_CASE("Undo on a server event is refused, with the reason, when someone changed the row since", "[server]")
{
    test::TempDir dir;
    const QString location = test::publishDemo(dir, QStringLiteral("undo"));
    // Each window signs its connection with the name set when it opened (Preferences).
    auto open = [&](const QString &name) {
        ChangeAuthor::setCurrent({name, QString()});
        return std::make_unique<EventDocument>(StoreOpener::open(location).value());
    };
    auto alices = open(QStringLiteral("alice"));
    auto bobs = open(QStringLiteral("bob"));
    QSignalSpy errors(alices.get(), &EventDocument::errorOccurred);
    const Session keynote = alices->store().sessions().all()->first();

    ChangeAuthor::setCurrent({QStringLiteral("alice"), QString()});
    Session mine = keynote;
    mine.title = QStringLiteral("Alice's title");
    alices->undoStack()->push(new EditSessionCommand(alices.get(), keynote, mine, QStringLiteral("Rename")));
    // Her own undo and redo go through while nobody else touched it.
    alices->undoStack()->undo();
    alices->undoStack()->redo();
    REQUIRE(errors.isEmpty());

    ChangeAuthor::setCurrent({QStringLiteral("bob"), QString()});
    Session theirs = bobs->store().sessions().byId(keynote.id).value();
    theirs.durationMinutes += 15;
    bobs->undoStack()->push(new EditSessionCommand(bobs.get(), bobs->store().sessions().byId(keynote.id).value(), theirs,
                                                   QStringLiteral("Longer")));

    ChangeAuthor::setCurrent({QStringLiteral("alice"), QString()});
    alices->undoStack()->undo();
    ChangeAuthor::setCurrent({});
    REQUIRE(errors.size() == 1);
    INFO(errors.first().at(0).toString().toStdString());
    CHECK(errors.first().at(0).toString().startsWith(QLatin1String("Changed by bob at ")));
    const Session now = bobs->store().sessions().byId(keynote.id).value();
    CHECK(now.title == mine.title);
    CHECK(now.durationMinutes == theirs.durationMinutes);
}
