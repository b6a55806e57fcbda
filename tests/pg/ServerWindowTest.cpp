// The main window with an event on the test server: File ▸ Open from Server and the recent
// list, what a desk and a viewer login see and may do, and a connection lost during an edit.
#include "support/ServerTestEvent.h"
#include "document/PermissionGate.h"
#include "support/Screenshot.h"

#include "MainWindow.h"
#include "commands/EditEventCommand.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "models/ParticipantTableModel.h"
#include "models/PersonTableModel.h"
#include "pages/CheckInPage.h"
#include "pages/ParticipantsPage.h"
#include "pages/PeoplePage.h"
#include "pages/ProgrammePage.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/StoreLocation.h"
#include "storage/StoreOpener.h"
#include "storage/postgres/EventRoles.h"
#include "storage/postgres/EventServer.h"
#include "team/OpenFromServerDialog.h"
#include "widgets/TimetableScene.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace test;

namespace {
// The demo event published on the test server, and a login with one of its roles.
struct ServerDemo
{
    QString event;
    QSqlDatabase admin;

    explicit ServerDemo(const QString &hint) : event(uniqueEventName(hint))
    {
        admin = connectAs(event);
        requireOk(EventServer::init(serverUri()));
        auto created = EventServer::createEvent(StoreLocation::parse(serverEventUri(event)), Event(),
                                                [](PostgresStore &store) { return DemoEvent::fill(store); }, false);
        INFO(created.error().toStdString() << " / " << created.details().toStdString());
        REQUIRE(created.ok());
        qunsetenv("PGPASSWORD"); // each login gives its own password, or is asked for it
    }
    QString loginAs(EventRoles::Role role, const QString &hint) const
    {
        const QString name = login(hint);
        requireOk(EventRoles::grant(admin, event, role, name));
        return name;
    }
    // Opens the event in `window` as a new login with `role` (its password typed): the window's
    // document; `login` receives the login's name.
    EventDocument *openAs(MainWindow &window, EventRoles::Role role, const QString &hint, QString *login = nullptr) const
    {
        const QString name = loginAs(role, hint);
        if (login)
            *login = name;
        REQUIRE(window.openServerEvent(serverEventUri(event, name), QStringLiteral("pw-") + name));
        REQUIRE(window.document());
        return window.document();
    }
};

// Answers the next modal dialog once it shows (the code under test waits in its exec()).
void whenDialogShows(std::function<void(QWidget *)> answer, QWidget *notThisOne = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QPointer<QWidget> previous = notThisOne;
    QObject::connect(timer, &QTimer::timeout, [timer, answer, previous] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || (previous && modal == previous.data()))
            return;
        timer->stop();
        timer->deleteLater();
        answer(modal);
    });
    timer->start();
}

// Answers the next message box: its text goes to `text`, then a button of this role is clicked.
void answerMessage(QString *text, QMessageBox::ButtonRole role = QMessageBox::AcceptRole)
{
    whenDialogShows([text, role](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        *text = box->text();
        for (QAbstractButton *button : box->buttons())
            if (box->buttonRole(button) == role) {
                button->click();
                return;
            }
        box->close();
    });
}

template <typename P>
P *page(MainWindow &window)
{
    P *found = window.findChild<P *>();
    REQUIRE(found);
    return found;
}

QStringList hiddenPages(MainWindow &window)
{
    QStringList hidden;
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
    for (int i = 0; i < sidebar->count(); ++i)
        if (sidebar->item(i)->isHidden())
            hidden << sidebar->item(i)->text();
    return hidden;
}

QAction *action(MainWindow &window, const QString &text)
{
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == text)
            return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

QString eventNameOnServer(const QString &event)
{
    // As the admin, on a connection of its own.
    auto store = StoreOpener::open(serverEventUri(event));
    REQUIRE(store.ok());
    return store.value()->event().load()->name;
}
} // namespace

TEST_CASE("Open from Server opens the chosen event, and the recent list opens it again asking for the password", "[server]")
{
    ServerDemo demo(QStringLiteral("gui-open"));
    const QString organiser = demo.loginAs(EventRoles::Role::Organiser, QStringLiteral("org"));
    const QString password = QStringLiteral("pw-") + organiser;
    QSettings().remove(QStringLiteral("recentFiles"));
    MainWindow window;
    whenDialogShows([&](QWidget *modal) {
        auto *dialog = qobject_cast<OpenFromServerDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialog->setUri(serverEventUri(demo.event, organiser));
        dialog->findChild<QCheckBox *>(QStringLiteral("rememberPassword"))->setChecked(false);
        dialog->findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(password);
        dialog->listEvents();
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
    });
    action(window, QStringLiteral("Open &from Server…"))->trigger();
    REQUIRE(window.document());
    const EventStore &store = window.document()->store();
    CHECK(store.isOnServer());
    CHECK(store.displayName() == demo.event);
    CHECK(window.windowTitle().contains(demo.event + QStringLiteral(" on this computer")));
    CHECK(window.findChild<QLabel *>(QStringLiteral("serverLabel"))->text() == QStringLiteral("On this computer as organiser"));
    // An organiser edits everything; what only a file has is off, and says why.
    CHECK(PermissionGate::of(window.document()).mayEdit(PermissionGate::Area::Programme));
    QAction *saveCopy = action(window, QStringLiteral("Save a &Copy…"));
    CHECK_FALSE(saveCopy->isEnabled());
    CHECK(saveCopy->statusTip().contains(QLatin1String("podium-cli pull")));
    // The recent list keeps the address without any password.
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    REQUIRE_FALSE(recent.isEmpty());
    CHECK(recent.first() == serverEventUri(demo.event, organiser));
    CHECK_FALSE(recent.join(QLatin1Char(' ')).contains(password));

    // From the recent list: no keyring here and no ~/.pgpass, so the password is asked for;
    // a wrong one is refused and asked for again.
    QStringList prompts;
    whenDialogShows([&](QWidget *first) {
        auto *input = qobject_cast<QInputDialog *>(first);
        if (!input) {
            first->close();
            return;
        }
        prompts << input->labelText();
        whenDialogShows(
            [&](QWidget *second) {
                auto *again = qobject_cast<QInputDialog *>(second);
                if (!again) {
                    second->close();
                    return;
                }
                prompts << again->labelText();
                again->setTextValue(password);
                again->accept();
            },
            first);
        input->setTextValue(QStringLiteral("wrong"));
        input->accept();
    });
    CHECK(window.openLocation(recent.first()));
    CHECK(prompts.size() == 2);
    for (const QString &prompt : std::as_const(prompts))
        CHECK(prompt.contains(QLatin1String("password")));
    REQUIRE(window.document());
    CHECK(window.document()->store().displayName() == demo.event);
    screenshot(&window, QStringLiteral("server-organiser"), QSize(1250, 760));
}

TEST_CASE("A desk login's window: the door only, no e-mail column, refused edits say why", "[server]")
{
    ServerDemo demo(QStringLiteral("gui-desk"));
    MainWindow window;
    EventDocument *document = demo.openAs(window, EventRoles::Role::Desk, QStringLiteral("door"));
    using Area = PermissionGate::Area;
    CHECK(PermissionGate::of(document).mayEdit(Area::CheckIn));
    CHECK_FALSE(PermissionGate::of(document).mayEdit(Area::Programme));
    CHECK_FALSE(PermissionGate::of(document).mayEdit(Area::Participants));
    const QString refusal = PermissionGate::of(document).refusal(Area::Participants);
    CHECK(refusal.contains(QLatin1String("desk")));

    // The window opens on the check-in page, the one the desk may use.
    auto *checkIn = page<CheckInPage>(window);
    CHECK(window.findChild<QListWidget *>(QStringLiteral("sidebar"))->currentItem()->text() == checkIn->title());
    checkIn->ensureLoaded();
    CHECK(checkIn->codeEdit()->isEnabled());
    CHECK(hiddenPages(window).isEmpty());
    CHECK_FALSE(action(window, QStringLiteral("&Properties…"))->isEnabled());
    CHECK(action(window, QStringLiteral("&Properties…"))->statusTip() == PermissionGate::of(document).refusal(Area::Programme));
    auto *participants = page<ParticipantsPage>(window);
    participants->ensureLoaded();
    CHECK_FALSE(participants->importAction()->isEnabled());
    CHECK(participants->importAction()->toolTip().startsWith(refusal));
    CHECK(participants->view()->isColumnHidden(ParticipantTableModel::EmailColumn));
    REQUIRE(participants->model()->rowCount() > 0);
    CHECK_FALSE(participants->model()->flags(participants->model()->index(0, ParticipantTableModel::OrganisationColumn))
                & Qt::ItemIsEditable);
    CHECK(participants->model()->flags(participants->model()->index(0, ParticipantTableModel::CheckedInColumn))
          & Qt::ItemIsUserCheckable);
    auto *people = page<PeoplePage>(window);
    people->ensureLoaded();
    CHECK(people->table()->isColumnHidden(PersonTableModel::EmailColumn));
    CHECK_FALSE(people->addItemAction()->isEnabled());
    auto *programme = page<ProgrammePage>(window);
    programme->ensureLoaded();
    CHECK_FALSE(programme->scene()->isEditable());

    // Checking in works, on the server.
    Participant waiting;
    for (const Participant &p : document->store().participants().all().value())
        if (!p.isCheckedIn() && p.status == RegistrationStatus::Registered) {
            waiting = p;
            break;
        }
    REQUIRE(waiting.id != 0);
    QTest::keyClicks(checkIn->codeEdit(), waiting.code);
    QTest::keyClick(checkIn->codeEdit(), Qt::Key_Return);
    CHECK(checkIn->tone() == CheckInPage::Tone::Accepted);
    CHECK(document->store().participants().byId(waiting.id)->isCheckedIn());
    screenshot(&window, QStringLiteral("server-desk-checkin"), QSize(1250, 760));
    window.showPage(QStringLiteral("participants"));
    screenshot(&window, QStringLiteral("server-desk-participants"), QSize(1250, 760));

    // An edit the desk may not make, tried anyway: the server refuses, the store says why in
    // one sentence, and the undo stack holds only what was done.
    const int done = document->undoStack()->count();
    const Event before = document->store().event().load().value();
    Event after = before;
    after.name = QStringLiteral("Renamed by the door");
    QString shown;
    answerMessage(&shown);
    document->undoStack()->push(new EditEventCommand(document, before, after));
    CHECK(shown.startsWith(refusal));
    CHECK(document->undoStack()->count() == done);
    CHECK(eventNameOnServer(demo.event) == before.name);
}

TEST_CASE("A viewer login sees the programme and no participants", "[server]")
{
    ServerDemo demo(QStringLiteral("gui-viewer"));
    MainWindow window;
    EventDocument *document = demo.openAs(window, EventRoles::Role::Viewer, QStringLiteral("look"));
    CHECK_FALSE(PermissionGate::of(document).maySeeParticipants());
    for (auto area : {PermissionGate::Area::Programme, PermissionGate::Area::Participants, PermissionGate::Area::CheckIn})
        CHECK_FALSE(PermissionGate::of(document).mayEdit(area));
    CHECK(hiddenPages(window) == QStringList({ParticipantsPage().title(), CheckInPage().title()}));
    CHECK_FALSE(action(window, QStringLiteral("E&xport Participants…"))->isEnabled());
    CHECK_FALSE(action(window, QStringLiteral("&Desk Mode (Check-in Only)"))->isEnabled());
    CHECK(window.findChild<QLabel *>(QStringLiteral("serverLabel"))->text().endsWith(QLatin1String("as viewer")));
    window.showPage(QStringLiteral("programme"));
    screenshot(&window, QStringLiteral("server-viewer-programme"), QSize(1250, 760));
}

TEST_CASE("A connection lost during an edit: the store's sentence, nothing half-saved, and a reconnection", "[server]")
{
    ServerDemo demo(QStringLiteral("gui-lost"));
    MainWindow window;
    QString organiser;
    EventDocument *document = demo.openAs(window, EventRoles::Role::Organiser, QStringLiteral("lost"), &organiser);
    const Event original = document->store().event().load().value();
    Event first = original;
    first.name = QStringLiteral("First rename");
    document->undoStack()->push(new EditEventCommand(document, original, first));
    REQUIRE(document->undoStack()->count() == 1);

    // The server ends the session (a restart, a network cut, an administrator).
    REQUIRE(psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'")
                     .arg(organiser))
                .exitCode == 0);
    Event second = first;
    second.name = QStringLiteral("Second rename");
    QString shown;
    answerMessage(&shown, QMessageBox::RejectRole);
    document->undoStack()->push(new EditEventCommand(document, first, second));
    CHECK(shown.contains(QLatin1String("connection")));
    CHECK(shown.contains(QLatin1String("nothing")));
    // The failed edit is not on the stack; the one before it still undoes.
    CHECK(document->undoStack()->count() == 1);
    CHECK(document->undoStack()->canUndo());
    CHECK(eventNameOnServer(demo.event) == first.name);

    // Told once: another try says it in the status bar only, and File ▸ Reconnect connects again.
    shown.clear();
    answerMessage(&shown); // should a dialog come after all
    document->undoStack()->push(new EditEventCommand(document, first, second));
    CHECK(shown.isEmpty());
    CHECK(document->undoStack()->count() == 1);
    QAction *reconnect = action(window, QStringLiteral("R&econnect to Server"));
    CHECK(reconnect->isVisible());
    reconnect->trigger();
    REQUIRE(window.document());
    CHECK(window.document()->store().event().load()->name == first.name);
    CHECK(window.document()->undoStack()->count() == 0);
    // And edits work again.
    window.document()->undoStack()->push(new EditEventCommand(window.document(), first, second));
    CHECK(eventNameOnServer(demo.event) == second.name);
}
