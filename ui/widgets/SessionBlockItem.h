#pragma once

#include "model/Session.h"

#include <QColor>
#include <QGraphicsItem>
#include <QStringList>

class TimetableScene;

// One session on the timetable: a block coloured by its track showing its
// title, time and people. Drag it to move it (time and room), drag its
// lower edge to change its duration; the scene snaps and asks for the edit.
class SessionBlockItem : public QGraphicsItem
{
public:
    struct Content
    {
        Session session;
        int column = 0; // the room's column
        int lane = 0;   // sessions overlapping in one room sit side by side...
        int lanes = 1;  // ...in this many lanes
        QString speakers;
        QString trackName;
        QColor colour;
        QStringList problems; // conflict sentences about this session
        bool onlyWarnings = false;
        bool pinned = false; // arranging keeps it where it is (a pin in the corner)
    };

    SessionBlockItem(TimetableScene *scene, const Content &content);

    SessionId sessionId() const { return m_content.session.id; }
    const Content &content() const { return m_content; }
    bool hasConflict() const { return !m_content.problems.isEmpty(); }
    // Where the block is drawn: its session's place, or where it is being dragged to.
    QDateTime shownStart() const { return m_start; }
    int shownColumn() const { return m_column; }
    int shownMinutes() const { return m_minutes; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // How close to the lower edge (in pixels) a press resizes instead of moving.
    static constexpr qreal resizeMargin = 7;

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    enum class Drag { None, Pending, Move, Resize };
    // Draws the block at this place: in its lane while at rest, the column's whole width while dragged.
    void place(int column, const QDateTime &start, int minutes);
    bool isOnLowerEdge(const QPointF &pos) const;
    void paintText(QPainter *painter, const QRectF &area) const;
    void paintConflictMark(QPainter *painter, const QRectF &area) const;
    void paintPin(QPainter *painter, const QRectF &area) const;
    QString toolTipText() const;

    TimetableScene *m_scene;
    Content m_content;
    QSizeF m_size;
    QDateTime m_start;
    int m_column = 0;
    int m_minutes = 0;
    Drag m_drag = Drag::None;
    bool m_pressedOnEdge = false;
    QPointF m_pressPos; // scene coordinates
    QPointF m_grabOffset; // from the block's top-left to the mouse
};
