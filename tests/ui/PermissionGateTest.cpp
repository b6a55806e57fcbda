// What a window lets the user change comes from one place (PermissionGate): the store's
// read-only state here, and on a server the login's role (tests/pg/ServerWindowTest).
#include "support/EventFiles.h"

#include "MainWindow.h"
#include "document/EventDocument.h"
#include "document/PermissionGate.h"
#include "models/ParticipantTableModel.h"
#include "pages/ParticipantsPage.h"
#include "storage/EventFile.h"
#include "widgets/WelcomePanel.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableView>

namespace {
std::unique_ptr<EventDocument> openDemo(const test::TempDir &dir, bool readOnly)
{
    EventFile::OpenOptions options;
    options.readOnly = readOnly;
    auto file = EventFile::open(test::createDemoEvent(dir), options);
    REQUIRE(file.ok());
    return std::make_unique<EventDocument>(std::move(file).value());
}

QAction *findAction(QWidget *root, const QString &text)
{
    for (QAction *action : root->findChildren<QAction *>())
        if (action->text() == text)
            return action;
    return nullptr;
}
} // namespace

TEST_CASE("A read-only event refuses every edit with its reason, which the disabled actions show")
{
    test::TempDir dir;
    const auto readOnly = openDemo(dir, true);
    const PermissionGate gate = PermissionGate::of(readOnly.get());
    const QString reason = readOnly->store().readOnlyReason();
    REQUIRE_FALSE(reason.isEmpty());
    for (auto area : {PermissionGate::Area::Programme, PermissionGate::Area::Participants, PermissionGate::Area::CheckIn}) {
        CHECK_FALSE(gate.mayEdit(area));
        CHECK(gate.refusal(area) == reason);
    }
    // A file is seen whole: read-only or not, nothing is hidden.
    CHECK(gate.maySeeParticipants());
    CHECK(gate.maySeeContactDetails());
    CHECK(gate.roleName().isEmpty());

    QAction action(QStringLiteral("&Add Room"));
    action.setToolTip(QStringLiteral("Add a room to the event"));
    gate.apply(&action, PermissionGate::Area::Programme);
    CHECK_FALSE(action.isEnabled());
    CHECK(action.toolTip() == reason);
    CHECK(action.statusTip() == reason);

    test::TempDir otherDir;
    const auto writable = openDemo(otherDir, false);
    PermissionGate::of(writable.get()).apply(&action, PermissionGate::Area::Programme);
    CHECK(action.isEnabled());
    CHECK(action.toolTip() == QStringLiteral("Add a room to the event"));
    CHECK(action.statusTip().isEmpty());
    // "Also" conditions (a selection) still count.
    PermissionGate::of(writable.get()).apply(&action, PermissionGate::Area::Programme, false);
    CHECK_FALSE(action.isEnabled());

    // Nothing open: nothing allowed, and no tip to explain the obvious.
    PermissionGate().apply(&action, PermissionGate::Area::CheckIn);
    CHECK_FALSE(action.isEnabled());
    CHECK(action.toolTip() == QStringLiteral("Add a room to the event"));
}

TEST_CASE("The participants page of a read-only event: no edits, no check-in box, the reason on the buttons")
{
    test::TempDir dir;
    const auto document = openDemo(dir, true);
    ParticipantsPage page;
    page.setDocument(document.get());
    REQUIRE(page.model()->rowCount() > 0);
    const QModelIndex email = page.model()->index(0, ParticipantTableModel::EmailColumn);
    const QModelIndex arrived = page.model()->index(0, ParticipantTableModel::CheckedInColumn);
    CHECK_FALSE(page.model()->flags(email) & Qt::ItemIsEditable);
    CHECK_FALSE(page.model()->flags(arrived) & Qt::ItemIsUserCheckable);
    CHECK_FALSE(page.importAction()->isEnabled());
    CHECK(page.importAction()->toolTip() == document->store().readOnlyReason());
    CHECK(page.exportAction()->isEnabled());
    CHECK_FALSE(page.view()->isColumnHidden(ParticipantTableModel::EmailColumn));

    test::TempDir otherDir;
    const auto writable = openDemo(otherDir, false);
    page.setDocument(writable.get());
    CHECK(page.model()->flags(page.model()->index(0, ParticipantTableModel::EmailColumn)) & Qt::ItemIsEditable);
    CHECK(page.model()->flags(page.model()->index(0, ParticipantTableModel::CheckedInColumn)) & Qt::ItemIsUserCheckable);
    CHECK(page.importAction()->isEnabled());
    CHECK_FALSE(page.importAction()->toolTip().contains(QLatin1String("read-only")));
}

TEST_CASE("File ▸ Open from Server, and recent server events named by event and server, never with a password")
{
    test::TempDir dir;
    const QString path = test::createDemoEvent(dir);
    const QString server = QStringLiteral("postgresql://alice@db.example.org/podium?event=imi-2018");
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{server, path});
    MainWindow window;

    QAction *open = findAction(&window, QStringLiteral("Open &from Server…"));
    REQUIRE(open);
    CHECK(open->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    CHECK(window.menuBar()->actions().first()->menu()->actions().contains(open));

    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    REQUIRE(recent);
    REQUIRE(recent->actions().size() == 2);
    CHECK(recent->actions().at(0)->text() == QStringLiteral("imi-2018 on db.example.org"));
    auto *welcome = window.findChild<WelcomePanel *>();
    REQUIRE(welcome->recentList()->count() == 2);
    QListWidgetItem *first = welcome->recentList()->item(0);
    CHECK(first->text() == QStringLiteral("imi-2018\ndb.example.org"));
    CHECK(first->flags() & Qt::ItemIsEnabled); // not a missing file
    CHECK(first->data(Qt::UserRole).toString() == server);

    // Opening the file from the list leaves the server event in it, after the file.
    emit welcome->recentRequested(path);
    REQUIRE(window.document());
    const QStringList kept = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    CHECK(kept == QStringList({path, server}));
    QSettings().remove(QStringLiteral("recentFiles"));
}
