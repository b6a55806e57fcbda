#pragma once

#include "model/Room.h"
#include "model/Session.h"
#include "schedule/Conflict.h"
#include "schedule/ScheduleSnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <optional>

class SessionBlockItem;

// One day of the timetable: a column per room, time running down, and the
// sessions of that day as blocks. Grid lines are painted, not items, so a
// day with 60 rooms and 1,000 sessions stays quick to build and to scroll.
// The scene asks for edits through signals; the page turns them into undoable
// commands and calls show() again once the file changed.
class TimetableScene : public QGraphicsScene
{
    Q_OBJECT
public:
    struct Layout
    {
        double zoom = 1.0;     // time, down: 1 is 2.4 pixels per minute
        double roomZoom = 1.0; // rooms, across: 1 is columns at least 150 pixels wide
        int snapMinutes = 5;
        double availableWidth = 0; // few rooms: columns widen to fill it
        bool fitRooms = false;     // every shown room within availableWidth, however narrow
        std::optional<QSet<RoomId>> shownRooms; // the room filter; none: every room
    };
    // The narrowest and widest a column may be.
    static constexpr double baseColumnWidth = 150; // at room zoom 1
    static constexpr double minColumnWidth = 48;
    static constexpr double maxColumnWidth = 600;
    explicit TimetableScene(QObject *parent = nullptr);

    // Shows the sessions scheduled on this local day; conflicts mark their blocks.
    void show(const ScheduleSnapshot &snapshot, QDate day, const QList<Conflict> &conflicts, const Layout &layout);
    // The width of a column for this layout and number of rooms.
    static double columnWidthFor(const Layout &layout, int rooms);

    QDate day() const { return m_day; }
    const Event &event() const { return m_event; }
    int columnCount() const { return int(m_rooms.size()); }
    const Room &roomAt(int column) const { return m_rooms.at(column); }
    int columnOf(RoomId room) const { return m_columnOfRoom.value(room, -1); }
    int snapMinutes() const { return m_snap; }
    double minutePixels() const { return m_minutePx; }
    double columnWidth() const { return m_columnWidth; }
    // The first local hour shown at the top and the hour after the last one.
    int firstHour() const { return m_firstHour; }
    int lastHour() const { return m_lastHour; }

    double xOf(int column) const { return column * m_columnWidth; }
    int columnAt(double x) const;
    double yOf(const QDateTime &utc) const;
    // The time at y, rounded to the snap step.
    QDateTime snappedTimeAt(double y) const;
    // The block's rectangle for a session at this place; sessions overlapping in one
    // room share the column side by side, in `lanes` lanes.
    QRectF blockRect(int column, const QDateTime &start, int minutes, int lane = 0, int lanes = 1) const;
    // How many rooms the event has, and how many the filter shows.
    int roomCount() const { return m_roomCount; }

    SessionBlockItem *block(SessionId id) const { return m_blocks.value(id); }
    QList<SessionBlockItem *> blocks() const { return m_blocks.values(); }
    SessionId selectedSession() const;
    void selectSession(SessionId id);
    // Moves the selected block by columns and snap steps (the arrow keys).
    void nudgeSelected(int columns, int steps);
    // Whether blocks may be dragged, resized, nudged and dropped (false for a
    // read-only event or a login that may not change the programme).
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }
    // Shows where a session dragged from the list would land (an empty rect hides it).
    void setDropPreview(const QRectF &rect);

    // Called by blocks at the end of a drag.
    void blockMoved(SessionId id, int column, const QDateTime &start);
    void blockResized(SessionId id, int minutes);
    void blockReleasedOutside(SessionId id, const QPoint &globalPos);
    void blockDoubleClicked(SessionId id);

signals:
    void moveRequested(SessionId id, RoomId room, const QDateTime &start);
    void durationRequested(SessionId id, int minutes);
    void releasedOutside(SessionId id, const QPoint &globalPos);
    void editRequested(SessionId id);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void computeHours(const QList<const Session *> &sessions);
    // Sessions overlapping in one room: the lane of each, and how many lanes its group needs.
    static QHash<SessionId, std::pair<int, int>> lanes(const QList<const Session *> &sessions);
    Event m_event;
    QDate m_day;
    QList<Room> m_rooms;
    int m_roomCount = 0;
    QHash<RoomId, int> m_columnOfRoom;
    QHash<SessionId, SessionBlockItem *> m_blocks;
    QDateTime m_origin; // UTC time at y = 0
    int m_firstHour = 8;
    int m_lastHour = 19;
    int m_snap = 5;
    bool m_editable = true;
    double m_minutePx = 2.0;
    double m_columnWidth = 170;
    QRectF m_dropPreview;
};
