#pragma once

#include "pages/Page.h"
#include "schedule/Conflict.h"
#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QTimer>

class ConflictsPanel;
class QAction;
#include "widgets/TimetableScene.h"

class EventDocument;
class QComboBox;
class QLabel;
class QTabBar;
class TimetableScene;
class TimetableView;
class UnscheduledList;

// The organiser's main screen: the timetable of one day at a time (a column
// per room), the sessions not scheduled yet, and the conflicts, checked
// again after every edit. Every change is an undoable command written to
// the file at once.
class ProgrammePage : public Page
{
    Q_OBJECT
public:
    explicit ProgrammePage(QWidget *parent = nullptr);
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
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    // Reads the file and redraws now (after edits this happens on the next turn of the event loop).
    void refreshNow();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createToolBar();
    QWidget *createSidePanel(const QString &title, QWidget *content);
    void connectEdits();
    void scheduleRefresh();
    void updateDays();
    void showCurrentDay();
    TimetableScene::Layout layout(double zoom) const;
    void newSession();
    void editSession(SessionId id);
    void releasedOutside(SessionId id, const QPoint &globalPos);

    EventDocument *m_document = nullptr;
    ScheduleSnapshot m_snapshot;
    QList<Conflict> m_conflictList;
    QList<QDate> m_days;
    double m_zoom = 1.0;
    QTimer m_refreshTimer;
    QTabBar *m_dayTabs;
    TimetableScene *m_scene;
    TimetableView *m_view;
    UnscheduledList *m_unscheduled;
    QLabel *m_unscheduledTitle;
    ConflictsPanel *m_conflicts;
    QComboBox *m_snap;
    QLabel *m_status;
    QAction *m_newSession = nullptr;
};
