#pragma once

#include "model/Session.h"

#include <QGraphicsView>

class TimetableScene;
class QMimeData;

// Shows a TimetableScene with the rooms' names along the top and the hours
// down the left (both stay in place while scrolling). Ctrl+wheel zooms the
// time, Ctrl+Shift+wheel the width of the rooms;
// arrow keys move the selected block, Delete unschedules it, Enter edits it;
// sessions dragged from the list of unscheduled sessions are dropped here.
class TimetableView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit TimetableView(TimetableScene *scene, QWidget *parent = nullptr);
    TimetableScene *timetable() const { return m_scene; }

    // The MIME type of a session dragged from a list: "<id> <minutes>".
    static QString sessionMimeType();
    static QMimeData *sessionMime(SessionId id, int minutes);

signals:
    void zoomRequested(int steps);
    void roomZoomRequested(int steps);
    // The viewport changed size: columns that fill the width need laying out again.
    void viewportResized();
    void unscheduleRequested(SessionId id);
    void editRequested(SessionId id);
    // Pin (keep it where it is when arranging) or unpin.
    void pinRequested(SessionId id, bool pin);
    void deleteRequested(SessionId id);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Dropped
    {
        SessionId id = 0;
        int minutes = 0;
        int column = 0;
        QDateTime start;
    };
    bool readDrop(const QMimeData *mime, const QPoint &pos, Dropped *out) const;
    void updateMargins();

    TimetableScene *m_scene;
    QWidget *m_roomHeader;
    QWidget *m_timeRuler;
};
