#pragma once

#include <QLineF>
#include <QList>
#include <QRectF>

// Where a dragged or resized element comes to rest on the label: an edge or
// the centre of the element snaps to the label's edges and centre lines, to
// other elements' edges and centres when they come within the tolerance and,
// failing those, to the nearest grid line. All lengths in millimetres, like
// the design.
class DesignSnapper
{
public:
    // The edges being dragged while resizing (a corner drags two).
    enum Edge { Left = 0x1, Top = 0x2, Right = 0x4, Bottom = 0x8 };
    Q_DECLARE_FLAGS(Edges, Edge)

    struct Result
    {
        QRectF rect;
        // The lines the rect snapped to (label and elements, not the grid), for the canvas to draw.
        QList<QLineF> guides;
    };

    DesignSnapper(const QSizeF &label, qreal grid, qreal tolerance);
    // Other elements' rects: their edges and centres attract.
    void setOthers(const QList<QRectF> &others) { m_others = others; }
    // Off: positions are kept as dragged.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    Result move(const QRectF &rect) const;
    Result resize(const QRectF &rect, Edges edges) const;

    // The smallest size resizing leaves an element.
    static constexpr qreal minimumSize = 1.0;

private:
    struct Line
    {
        qreal at;
        qreal from;
        qreal to;
    };
    // The attracting lines along one axis (x: vertical lines).
    QList<Line> lines(Qt::Orientation orientation) const;
    // The shift that brings one of `points` onto a line, the smallest within tolerance; the grid when none.
    bool nearest(const QList<qreal> &points, Qt::Orientation orientation, qreal *shift, Line *guide) const;
    qreal gridShift(qreal point) const;

    QSizeF m_label;
    qreal m_grid;
    qreal m_tolerance;
    QList<QRectF> m_others;
    bool m_enabled = true;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DesignSnapper::Edges)
