#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class EventDocument;
class EventStore;
class Page;
class QListWidget;
class QMenu;
class QStackedWidget;
class QAction;
class QLabel;
class QTimer;
class QToolBar;
class WelcomePanel;

// Podium's main window: File and Edit menus, a sidebar of pages, and the
// open event. Errors from core appear as dialogs with core's own sentence.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an event file; shows why not in a dialog and returns false.
    bool openFile(const QString &path);
    // Opens an event file or, for a postgresql:// location, an event on a server.
    bool openLocation(const QString &location);
    // Opens the event on a server that `uri` names (?event=NAME); the password
    // when the user just typed one, else the keyring's or libpq's own.
    bool openServerEvent(const QString &uri, const QString &password = {});
    // File ▸ Open from Server…: the server's events to choose from.
    void openFromServer();
    // Opens (creating it the first time) the demo event in the user's data folder.
    bool openDemo();
    EventDocument *document() const { return m_document; }
    // Shows a page by its class name without "Page", case-insensitive ("programme").
    bool showPage(const QString &name);
    // The path of the demo event that Open Demo uses.
    static QString demoPath();
    // Only the check-in page, full screen, in large type, or back to normal.
    void setDeskMode(bool on);
    bool isDeskMode() const { return m_deskMode; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createPages();
    void addPage(Page *page);
    void setFile(std::unique_ptr<EventStore> store);
    // Enables what the open event's gate allows (read-only, the server role) and
    // what only a file has (a copy, a repair); hides the pages a login may not see.
    void applyPermissions();
    // The status bar's "On db.example.org as desk" for a server event.
    void updateServerLabel();
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void showError(const QString &message);
    void createToolBar();
    // A message in the status bar; the file's path in it, when given, becomes a link that opens the file.
    void showDone(const QString &message, const QString &path);
    void showManual();
    void showShortcuts();

    // After a lost connection: the same server event again, with the password that opened it.
    void reconnect();
    void newEvent();
    void open();
    void saveCopy();
    void editProperties();
    // The badge and certificate designer of the open event (one window, brought forward).
    void openDesigner();

    EventDocument *m_document = nullptr;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QList<Page *> m_pages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_propertiesAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_importScheduleAction = nullptr;
    QAction *m_exportScheduleAction = nullptr;
    QAction *m_exportSiteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_serverLabel = nullptr;
    QAction *m_repairAction = nullptr;
    QAction *m_deskModeAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openServerAction = nullptr;
    QString m_serverPassword; // the open server event's, for a reconnection (memory only)
    QAction *m_reconnectAction = nullptr;
    bool m_connectionLost = false; // told once; later failures go to the status bar
    QAction *m_printAction = nullptr;
    QAction *m_designerAction = nullptr;
    QPointer<class DesignerWindow> m_designer;
    QAction *m_importParticipantsAction = nullptr;
    QAction *m_exportParticipantsAction = nullptr;
    QAction *m_manualAction = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_outer = nullptr; // the welcome panel, or the pages of the open event
    WelcomePanel *m_welcome = nullptr;
    QLabel *m_doneLabel = nullptr;
    QTimer *m_doneTimer = nullptr;
    bool m_deskMode = false;
    bool m_wasMaximised = false;
};
