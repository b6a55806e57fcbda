#include "MainWindow.h"
#include "document/PermissionGate.h"

#include "commands/EditEventCommand.h"
#include "dialogs/EventPropertiesDialog.h"
#include "dialogs/HistoryDialog.h"
#include "dialogs/ManualDialog.h"
#include "dialogs/FileProblemDialog.h"
#include "dialogs/RepairDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/PrivacyMenu.h"
#include "dialogs/ScheduleImportExport.h"
#include "dialogs/SiteExport.h"
#include "dialogs/ShortcutsDialog.h"
#include "document/EventDocument.h"
#include "generate/DemoEvent.h"
#include "model/Event.h"
#include "pages/CheckInPage.h"
#include "pages/OverviewPage.h"
#include "pages/ParticipantsPage.h"
#include "pages/PeoplePage.h"
#include "designer/DesignerWindow.h"
#include "pages/PrintPage.h"
#include "pages/ProgrammePage.h"
#include "pages/RoomsPage.h"
#include "pages/SessionsPage.h"
#include "pages/TracksPage.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/StoreLocation.h"
#include "team/OpenFromServerDialog.h"
#include "team/ServerEventLister.h"
#include "team/ServerEventOpener.h"
#include "widgets/ShortcutToolTips.h"
#include "widgets/ThemeIcons.h"
#include "widgets/WelcomePanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QHBoxLayout>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QUndoStack>

namespace {
const char *const recentKey = "recentFiles";
const int maxRecent = 8;
const QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Podium events (*.podium);;All files (*)");
}
} // namespace

static void loadIconResource()
{
    Q_INIT_RESOURCE(icons); // it lives in the static podium_ui library
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    loadIconResource();
    setWindowIcon(QIcon(QStringLiteral(":/icons/podium.svg")));
    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(170);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("workspace"));
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_stack, 1);
    m_welcome = new WelcomePanel(this);
    m_outer = new QStackedWidget(this);
    m_outer->addWidget(m_welcome);
    m_outer->addWidget(central);
    setCentralWidget(m_outer);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_readOnlyLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addPermanentWidget(m_serverLabel);
    m_doneLabel = new QLabel(this);
    m_doneLabel->setObjectName(QStringLiteral("doneMessage"));
    m_doneLabel->setTextFormat(Qt::RichText);
    m_doneLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_doneLabel, &QLabel::linkActivated, this, [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    statusBar()->addWidget(m_doneLabel, 1);
    m_doneTimer = new QTimer(this);
    m_doneTimer->setSingleShot(true);
    connect(m_doneTimer, &QTimer::timeout, m_doneLabel, &QLabel::clear);

    createActions();
    createPages();
    createToolBar();
    ShortcutToolTips::installAll(this);
    m_sidebar->setCurrentRow(0);
    connect(m_welcome, &WelcomePanel::newEventRequested, this, &MainWindow::newEvent);
    connect(m_welcome, &WelcomePanel::openRequested, this, &MainWindow::open);
    connect(m_welcome, &WelcomePanel::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePanel::manualRequested, this, &MainWindow::showManual);
    connect(m_welcome, &WelcomePanel::serverRequested, this, &MainWindow::openFromServer);
    connect(m_welcome, &WelcomePanel::recentRequested, this, &MainWindow::openLocation);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1600, 1000)) * 0.95);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    setFile(nullptr);
}

MainWindow::~MainWindow()
{
    // Before the actions go: the undo stack's last signals update them.
    if (m_document)
        disconnect(m_document->undoStack(), nullptr, this, nullptr);
    delete m_document;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_newAction = file->addAction(ThemeIcons::icon(QStringLiteral("document-new")), tr("&New Event…"),
                                  QKeySequence::New, this, &MainWindow::newEvent);
    m_openAction = file->addAction(ThemeIcons::icon(QStringLiteral("document-open")), tr("&Open…"),
                                   QKeySequence::Open, this, &MainWindow::open);
    m_openServerAction = file->addAction(ThemeIcons::icon(QStringLiteral("network-server")), tr("Open &from Server…"),
                                         this, &MainWindow::openFromServer);
    m_openServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openServerAction->setStatusTip(tr("Open an event your team keeps on a PostgreSQL server"));
    m_reconnectAction = file->addAction(tr("R&econnect to Server"), this, &MainWindow::reconnect);
    m_reconnectAction->setStatusTip(tr("Connect again to the server of the open event (after the connection was lost)"));
    file->addAction(tr("Open &Demo Event"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_saveCopyAction = file->addAction(ThemeIcons::icon(QStringLiteral("document-save-as")), tr("Save a &Copy…"),
                                       QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    m_propertiesAction = file->addAction(ThemeIcons::icon(QStringLiteral("document-properties")), tr("&Properties…"),
                                         this, &MainWindow::editProperties);
    m_propertiesAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_repairAction = file->addAction(tr("Rep&air…"), this, [this] {
        const QString repaired = RepairDialog::run(this, m_document && m_document->localFile() ? m_document->localFile()->path() : QString());
        if (!repaired.isEmpty())
            openFile(repaired);
    });
    file->addSeparator();
    m_importScheduleAction = file->addAction(tr("Import &Schedule…"), this, [this] { ScheduleImportExport::importSchedule(this, m_document); });
    m_exportScheduleAction = file->addAction(tr("Expor&t Schedule…"), this, [this] { ScheduleImportExport::exportSchedule(this, m_document); });
    m_exportSiteAction = file->addAction(tr("Export &Web Site…"), this, [this] { SiteExport::exportSite(this, m_document); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(ThemeIcons::icon(QStringLiteral("edit-undo")), tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(ThemeIcons::icon(QStringLiteral("edit-redo")), tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    edit->addSeparator();
    m_historyAction = edit->addAction(tr("&History…"), this, [this] {
        if (!m_document)
            return;
        auto *dialog = new HistoryDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_historyAction->setEnabled(false);

    menuBar()->addMenu(new PrivacyMenu([this] { return m_document; }, this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_printAction = view->addAction(ThemeIcons::icon(QStringLiteral("document-print")), tr("&Print and PDF…"), this,
                                    [this] { showPage(QStringLiteral("print")); });
    m_printAction->setShortcut(QKeySequence::Print);
    m_designerAction = view->addAction(tr("&Badge and Certificate Designer…"), this, &MainWindow::openDesigner);
    m_deskModeAction = view->addAction(ThemeIcons::icon(QStringLiteral("view-fullscreen")),
                                       tr("&Desk Mode (Check-in Only)"));
    m_deskModeAction->setCheckable(true);
    m_deskModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    addAction(m_deskModeAction); // its shortcut must work with the menu bar hidden
    connect(m_deskModeAction, &QAction::toggled, this, &MainWindow::setDeskMode);

    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_manualAction = help->addAction(ThemeIcons::icon(QStringLiteral("help-contents")), tr("&Manual"), this,
                                     &MainWindow::showManual);
    m_manualAction->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts = help->addAction(ThemeIcons::icon(QStringLiteral("preferences-desktop-keyboard-shortcuts")),
                                         tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(ThemeIcons::icon(QStringLiteral("help-about")), tr("&About Podium"), this, [this] {
        QMessageBox::about(this, tr("About Podium"),
                           tr("<h3>Podium %1</h3><p>The offline conference organiser: programme, participants, "
                              "badges and lists for scientific and industry events.</p>"
                              "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(PODIUM_VERSION)));
    });
    updateRecentMenu();
}

void MainWindow::createPages()
{
    addPage(new OverviewPage(this));
    addPage(new ProgrammePage(this));
    addPage(new SessionsPage(this));
    addPage(new PeoplePage(this));
    auto *participants = new ParticipantsPage(this);
    addPage(participants);
    auto *checkIn = new CheckInPage(this);
    addPage(checkIn);
    connect(checkIn, &CheckInPage::deskModeRequested, this, &MainWindow::setDeskMode);
    addPage(new RoomsPage(this));
    addPage(new TracksPage(this));
    auto *print = new PrintPage(this);
    addPage(print);
    connect(print, &PrintPage::designerRequested, this, &MainWindow::openDesigner);
    connect(participants, &ParticipantsPage::badgesRequested, this, [this, print](const QList<Participant> &chosen) {
        print->reprintBadges(chosen);
        showPage(QStringLiteral("print"));
    });
    participants->importAction()->setIcon(ThemeIcons::icon(QStringLiteral("x-office-address-book")));
    participants->exportAction()->setIcon(ThemeIcons::icon(QStringLiteral("document-send")));
    m_importParticipantsAction = participants->importAction();
    m_exportParticipantsAction = participants->exportAction();
    m_fileMenu->insertActions(m_saveCopyAction, {participants->importAction(), participants->exportAction()});
    m_fileMenu->insertSeparator(m_saveCopyAction);
}

bool MainWindow::showPage(const QString &name)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        QString className = QString::fromLatin1(m_pages[i]->metaObject()->className());
        className.chop(4); // "Page"
        if (className.compare(name, Qt::CaseInsensitive) == 0) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_sidebar);
    item->setSizeHint(QSize(0, 32));
}

void MainWindow::setFile(std::unique_ptr<EventStore> store)
{
    // The designer belongs to the event going away: it offers to save first.
    if (m_designer)
        m_designer->closeForEventChange();
    EventDocument *old = m_document;
    m_document = store ? new EventDocument(std::move(store), this) : nullptr;
    for (Page *page : std::as_const(m_pages))
        page->attachDocument(m_document);
    delete old;

    const bool open = m_document != nullptr;
    m_outer->setCurrentIndex(open ? 1 : 0);
    if (!open && m_deskMode)
        setDeskMode(false);
    applyPermissions();
    m_connectionLost = false;
    m_reconnectAction->setVisible(open && m_document->store().isOnServer());
    if (m_document) {
        QUndoStack *stack = m_document->undoStack();
        auto sync = [this, stack] {
            m_undoAction->setEnabled(stack->canUndo());
            m_redoAction->setEnabled(stack->canRedo());
            m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
            m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        };
        connect(stack, &QUndoStack::indexChanged, this, sync);
        connect(stack, &QUndoStack::cleanChanged, this, sync);
        sync();
        connect(m_document, &EventDocument::errorOccurred, this, &MainWindow::showError);
        connect(m_document, &EventDocument::done, this, &MainWindow::showDone);
        connect(m_document, &EventDocument::changed, this, &MainWindow::updateTitle);
        connect(m_document, &EventDocument::changedExternally, this, [this] {
            statusBar()->showMessage(tr("The file was changed by another program: reloaded."), 8000);
        });
        connect(m_document, &EventDocument::changedElsewhere, this, [this] {
            statusBar()->showMessage(tr("Updated with a change saved elsewhere."), 4000);
        });
        m_readOnlyLabel->setText(m_document->isReadOnly() ? tr("Read-only") : QString());
        m_readOnlyLabel->setToolTip(m_document->store().readOnlyReason());
        if (m_document->isReadOnly())
            statusBar()->showMessage(m_document->store().readOnlyReason(), 10000);
        else if (const QString role = PermissionGate::of(m_document).roleName(); !role.isEmpty())
            statusBar()->showMessage(tr("Opened “%1” on %2 as %3.")
                                         .arg(m_document->store().displayName(),
                                              ServerEventOpener::serverName(m_document->store().location()), role),
                                     10000);
    } else {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
        m_readOnlyLabel->clear();
    }
    updateServerLabel();
    updateTitle();
    // A desk login has one job: the door.
    if (m_document && PermissionGate::of(m_document).mayEdit(PermissionGate::Area::CheckIn)
        && !PermissionGate::of(m_document).mayEdit(PermissionGate::Area::Participants))
        showPage(QStringLiteral("checkin"));
}

void MainWindow::applyPermissions()
{
    using Area = PermissionGate::Area;
    const bool open = m_document != nullptr;
    const PermissionGate gate = open ? PermissionGate::of(m_document) : PermissionGate();
    m_printAction->setEnabled(open);
    m_designerAction->setEnabled(open);
    m_deskModeAction->setEnabled(open && gate.maySeeParticipants());
    // The participants page enables these when it loads; they also work from the other pages.
    gate.apply(m_importParticipantsAction, Area::Participants);
    m_exportParticipantsAction->setEnabled(open && gate.maySeeParticipants());
    gate.apply(m_propertiesAction, Area::Programme);
    gate.apply(m_importScheduleAction, Area::Programme);
    m_historyAction->setEnabled(open);
    m_exportScheduleAction->setEnabled(open);
    m_exportSiteAction->setEnabled(open);

    // What only a file has: a copy of it, its repair.
    const bool onServer = open && m_document->store().isOnServer();
    const QString fileOnly =
        onServer ? tr("An event on a server is not a file: its administrator backs it up, and podium-cli pull "
                      "writes a copy of it to a file.")
                 : QString();
    for (QAction *action : {m_saveCopyAction, m_repairAction}) {
        action->setEnabled(action == m_repairAction ? !onServer : open && !onServer);
        PermissionGate::explain(action, fileOnly);
    }

    // Pages of the participants, for a login that may see them.
    for (int i = 0; i < m_pages.size(); ++i) {
        const bool participants = qobject_cast<ParticipantsPage *>(m_pages[i]) || qobject_cast<CheckInPage *>(m_pages[i]);
        m_sidebar->item(i)->setHidden(participants && open && !gate.maySeeParticipants());
    }
    if (m_sidebar->currentItem() && m_sidebar->currentItem()->isHidden())
        m_sidebar->setCurrentRow(0);
}

void MainWindow::updateServerLabel()
{
    const bool onServer = m_document && m_document->store().isOnServer();
    m_serverLabel->setVisible(onServer);
    if (!onServer)
        return;
    const QString server = ServerEventOpener::serverName(m_document->store().location());
    const QString role = PermissionGate::of(m_document).roleName();
    m_serverLabel->setText(role.isEmpty() ? tr("On %1").arg(server) : tr("On %1 as %2").arg(server, role));
    m_serverLabel->setToolTip(m_document->store().location());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Podium"));
        return;
    }
    auto event = m_document->store().event().load();
    const QString name = event ? event->name : m_document->store().displayName();
    const EventStore &store = m_document->store();
    if (store.isOnServer())
        setWindowTitle(tr("%1 – %2 on %3 – Podium")
                           .arg(name, store.displayName(), ServerEventOpener::serverName(store.location())));
    else
        setWindowTitle(tr("%1 – %2 – Podium").arg(name, store.displayName()));
}

bool MainWindow::openFile(const QString &path)
{
    EventFile::OpenOptions options;
    options.exclusive = true;
    options.openChangedReadOnly = true;
    auto opened = EventFile::open(path, options);
    if (!opened) {
        FileProblemDialog::showError(this, opened.error(), opened.details());
        return false;
    }
    if (const QString change = opened.value()->schemaChange();
        !change.isEmpty() && !FileProblemDialog::offerReadOnly(this, change))
        return false;
    if (!FileProblemDialog::checkBeforeWriting(this, *opened.value()))
        return false;
    const QString recoveryNote = opened.value()->recoveryNote();
    setFile(std::move(opened).value());
    rememberRecent(QFileInfo(path).absoluteFilePath());
    if (!recoveryNote.isEmpty())
        statusBar()->showMessage(recoveryNote, 30000);
    return true;
}

bool MainWindow::openLocation(const QString &location)
{
    return StoreLocation::parse(location).isServer() ? openServerEvent(location) : openFile(location);
}

bool MainWindow::openServerEvent(const QString &uri, const QString &password)
{
    // Never a password in titles, settings or the recent list.
    const QString shown = StoreLocation::parse(uri).withoutPassword();
    ServerEventOpener::Opened opened = ServerEventOpener::open(this, uri, password);
    if (!opened.store)
        return false;
    m_serverPassword = opened.password;
    // The door desk opens a connection of its own (to go on offline): with the same password.
    for (Page *page : std::as_const(m_pages))
        if (auto *checkIn = qobject_cast<CheckInPage *>(page))
            checkIn->setServerPassword(opened.password);
    setFile(std::move(opened.store));
    rememberRecent(shown);
    return true;
}

void MainWindow::openFromServer()
{
    OpenFromServerDialog dialog(&ServerEventLister::list, this);
    if (m_document && m_document->store().isOnServer())
        dialog.setUri(m_document->store().location());
    if (dialog.exec() == QDialog::Accepted)
        openServerEvent(dialog.chosenUri(), dialog.password());
}

void MainWindow::reconnect()
{
    if (!m_document || !m_document->store().isOnServer())
        return;
    // A new connection is a new document: the edits already made are on the server, the failed one is
    // not. Should the server still be away, the old document stays (and says so on the next edit).
    openServerEvent(m_document->store().location(), m_serverPassword);
}

QString MainWindow::demoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("IMI-Networking-2018-demo.podium"));
}

bool MainWindow::openDemo()
{
    const QString path = demoPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        Event placeholder;
        auto created = EventFile::create(path, placeholder);
        if (!created) {
            showError(created.error());
            return false;
        }
        if (Status s = DemoEvent::fill(*created.value()); !s) {
            created.value().reset();
            QFile::remove(path);
            showError(s.error());
            return false;
        }
    }
    return openFile(path);
}

void MainWindow::newEvent()
{
    Event event;
    event.timeZoneId = "Europe/Luxembourg";
    event.firstDay = QDate::currentDate().addMonths(3);
    event.lastDay = event.firstDay;
    EventPropertiesDialog dialog(event, tr("New Event"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Event chosen = dialog.event();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(chosen.name + QStringLiteral(".podium"));
    QString path = QFileDialog::getSaveFileName(this, tr("Create Event File"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".podium")))
        path += QStringLiteral(".podium");
    if (QFileInfo::exists(path)) {
        showError(tr("“%1” already exists. Podium never overwrites an event file: choose another name.").arg(path));
        return;
    }
    auto created = EventFile::create(path, chosen);
    if (!created) {
        showError(created.error());
        return;
    }
    created.value().reset();
    openFile(path);
}

void MainWindow::open()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastFolder"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Event"), dir, fileFilter());
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::saveCopy()
{
    const EventFile *file = m_document ? m_document->localFile() : nullptr;
    if (!file)
        return;
    const QFileInfo current(file->path());
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"), current.absoluteDir().filePath(current.completeBaseName() + tr(" (copy).podium")),
        fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".podium")))
        path += QStringLiteral(".podium");
    if (Status s = file->saveCopy(path); !s)
        showError(s.error());
    else
        showDone(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)), path);
}

void MainWindow::editProperties()
{
    if (!m_document)
        return;
    auto before = m_document->store().event().load();
    if (!before) {
        showError(before.error());
        return;
    }
    EventPropertiesDialog dialog(before.value(), tr("Event Properties"), this);
    if (dialog.exec() != QDialog::Accepted || dialog.event() == before.value())
        return;
    m_document->undoStack()->push(new EditEventCommand(m_document, before.value(), dialog.event()));
}

void MainWindow::setDeskMode(bool on)
{
    if (on == m_deskMode)
        return;
    m_deskMode = on;
    m_deskModeAction->setChecked(on);
    if (on) {
        showPage(QStringLiteral("checkin"));
        m_wasMaximised = isMaximized();
    }
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_sidebar->setVisible(!on);
    for (QFrame *line : centralWidget()->findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly))
        if (line->frameShape() == QFrame::VLine)
            line->setVisible(!on);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setVisible(!on);
    for (Page *page : std::as_const(m_pages))
        if (auto *checkIn = qobject_cast<CheckInPage *>(page))
            checkIn->setDeskMode(on);
    if (on)
        showFullScreen();
    else if (m_wasMaximised)
        showMaximized();
    else
        showNormal();
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_newAction);
    m_toolBar->addAction(m_openAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_importParticipantsAction);
    m_toolBar->addAction(m_exportParticipantsAction);
    m_toolBar->addAction(m_printAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_deskModeAction);
    m_toolBar->addAction(m_manualAction);
    // Icons only for the busy middle; the words stay for New, Open and the rare ones.
    for (QAction *action : {m_undoAction, m_redoAction})
        if (QWidget *button = m_toolBar->widgetForAction(action))
            static_cast<QToolButton *>(button)->setToolButtonStyle(Qt::ToolButtonIconOnly);
}

void MainWindow::showDone(const QString &message, const QString &path)
{
    statusBar()->clearMessage();
    QString html = message.toHtmlEscaped();
    const QString shown = QDir::toNativeSeparators(path).toHtmlEscaped();
    if (!path.isEmpty() && html.contains(shown))
        html.replace(shown, QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                                         .toHtmlEscaped(),
                                     shown));
    m_doneLabel->setText(html);
    m_doneLabel->setToolTip(path.isEmpty() ? QString() : tr("Click the file to open it"));
    m_doneTimer->start(path.isEmpty() ? 8000 : 30000);
}

void MainWindow::showManual()
{
    auto *manual = findChild<ManualDialog *>();
    if (!manual) {
        manual = new ManualDialog(this);
        manual->setAttribute(Qt::WA_DeleteOnClose);
    }
    manual->show();
    manual->raise();
    manual->activateWindow();
}

void MainWindow::showShortcuts()
{
    QList<QPair<QString, QList<QAction *>>> pages;
    for (Page *page : std::as_const(m_pages)) {
        QList<QAction *> actions;
        for (QAction *action : page->findChildren<QAction *>())
            if (!action->shortcuts().isEmpty() && !m_fileMenu->actions().contains(action))
                actions << action;
        if (!actions.isEmpty())
            pages.append({page->title(), actions});
    }
    ShortcutsDialog dialog(menuBar(), pages, this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    if (m_document && ServerEventOpener::connectionLost(m_document->store())) {
        // Once per lost connection: the views reloading after it fail too, and say so only below.
        if (m_connectionLost) {
            statusBar()->showMessage(message, 30000);
            return;
        }
        m_connectionLost = true;
        // Later: the failed edit's command is still on the stack that reported it.
        if (ServerEventOpener::offerReconnect(this, message))
            QTimer::singleShot(0, this, &MainWindow::reconnect);
        return;
    }
    QMessageBox::warning(this, tr("Podium"), message);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(recentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(recentKey), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(recentKey)).toStringList();
    for (const QString &path : recent) {
        const bool server = StoreLocation::parse(path).isServer();
        QAction *action = m_recentMenu->addAction(server ? ServerEventOpener::describe(path) : QDir::toNativeSeparators(path));
        if (server)
            action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openLocation(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    m_welcome->setRecentFiles(recent);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    setFile(nullptr);
    event->accept();
}

void MainWindow::openDesigner()
{
    if (!m_document)
        return;
    if (!m_designer) {
        m_designer = new DesignerWindow(m_document, this);
        m_designer->setWindowFlag(Qt::Window);
    }
    m_designer->show();
    m_designer->raise();
    m_designer->activateWindow();
}
