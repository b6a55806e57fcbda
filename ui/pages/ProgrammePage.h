#pragma once

#include "pages/Page.h"
#include "schedule/Conflict.h"
#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QTimer>

#include "widgets/TimetableScene.h"

class ConflictsPanel;
class EventDocument;
class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTabBar;
class QToolButton;
class RoomFilterBar;
class TimetableView;
class UnscheduledList;

// The organiser's main screen: the timetable of one day at a time (a column
// per room, filtered and zoomed across apart from time down), and in panels
// that dock, float and close, the sessions not scheduled yet and the
// conflicts, checked again after every edit. Every change is an undoable
// command written to the file at once. Zoom, filter and panels are
// remembered in the settings.
class ProgrammePage : public Page
{
    Q_OBJECT
public:
    explicit ProgrammePage(QWidget *parent = nullptr);
    ~ProgrammePage() override;
    QString title() const override { return tr("Programme"); }
    void setDocument(EventDocument *document) override;

    TimetableView *view() const { return m_view; }
    TimetableScene *scene() const { return m_scene; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }
    UnscheduledList *unscheduledList() const { return m_unscheduled; }
    // The day tabs: the event's days, and any other day a session is scheduled on.
    QList<QDate> days() const { return m_days; }
    QDate currentDay() const;
    void showDay(QDate day);
    // Switches to the session's day, selects its block and scrolls to it.
    void showSession(SessionId id);
    // The time scale (down) and the room width (across), 1 by default.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    double roomZoom() const { return m_roomZoom; }
    void setRoomZoom(double zoom);
    // Every room the filter shows within the width of the view, however narrow.
    bool fitsRooms() const;
    // The room zoom the columns show (fitted to the width, not the one set).
    double shownRoomZoom() const;
    void setFitRooms(bool fit);
    RoomFilterBar *roomFilter() const { return m_roomFilter; }
    QDockWidget *unscheduledPanel() const { return m_unscheduledDock; }
    QDockWidget *conflictsDock() const { return m_conflictsDock; }
    // Reads the file and redraws now (after edits this happens on the next turn of the event loop).
    void refreshNow();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createToolBar();
    QWidget *createViewBar();
    QWidget *createSidePanel(QWidget *content);
    QDockWidget *addPanel(const QString &objectName, Qt::DockWidgetArea area, QWidget *content);
    void restoreSettings();
    void saveSettings() const;
    void relayout();
    void updateRoomStatus();
    void connectEdits();
    void scheduleRefresh();
    void updateDays();
    void showCurrentDay();
    TimetableScene::Layout layout(double zoom, double roomZoom) const;
    void newSession();
    void editSession(SessionId id);
    void releasedOutside(SessionId id, const QPoint &globalPos);

    EventDocument *m_document = nullptr;
    ScheduleSnapshot m_snapshot;
    QList<Conflict> m_conflictList;
    QList<QDate> m_days;
    double m_zoom = 1.0;
    double m_roomZoom = 1.0;
    QTimer m_refreshTimer;
    QMainWindow *m_frame; // holds the timetable and docks the panels around it
    QDockWidget *m_unscheduledDock;
    QDockWidget *m_conflictsDock;
    RoomFilterBar *m_roomFilter;
    QAction *m_fitRooms = nullptr;
    bool m_panelsPlaced = false; // sized as remembered, or to the defaults on first show
    QLabel *m_roomStatus;
    QTabBar *m_dayTabs;
    TimetableScene *m_scene;
    TimetableView *m_view;
    UnscheduledList *m_unscheduled;
    ConflictsPanel *m_conflicts;
    QComboBox *m_snap;
    QLabel *m_status;
    QLabel *m_dragHint = nullptr; // says how to drag; hidden when the programme may not be changed
    QAction *m_newSession = nullptr;
    QToolButton *m_arrange = nullptr; // Arrange ▸ (a menu of the two arranging dialogs)
};
