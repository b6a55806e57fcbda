#pragma once

#include "designer/DesignSnapper.h"

#include <QGraphicsObject>

#include <functional>

class DesignerScene;

// One element of a design on the designer's canvas (scene units are
// millimetres): dragged to move, by its eight handles to resize, snapping as
// it goes (Alt held: no snapping). What it shows is painted by a function the
// designer sets (the real renderer); the item adds its frame and handles.
class ElementItem : public QGraphicsObject
{
    Q_OBJECT
public:
    // Paints the element's content in the item's rect; false when it shows nothing there.
    using ContentPainter = std::function<bool(QPainter &painter, const QRectF &rect)>;

    ElementItem(int index, const QRectF &rect, QGraphicsItem *parent = nullptr);

    // The element's position in the design's list (and so its stacking).
    int index() const { return m_index; }
    // Position and size on the label, in millimetres.
    QRectF rect() const { return QRectF(pos(), m_size); }
    void setRect(const QRectF &rect);
    void setContentPainter(ContentPainter painter);
    // Shown when the element draws nothing (an empty text, a rule that hides it for this participant),
    // and as the tooltip.
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    // The view zoomed: handles keep their size on screen, so the item's bounds change.
    void scaleChanged();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Which handle is at this point (item coordinates); 0 for none.
    DesignSnapper::Edges handleAt(const QPointF &point) const;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    DesignerScene *designerScene() const;
    qreal handleSize() const;
    QList<QPair<DesignSnapper::Edges, QRectF>> handles() const;

    int m_index;
    QSizeF m_size;
    ContentPainter m_content;
    QString m_caption;
    // The drag under way: where it started and what it moves.
    bool m_dragging = false;
    QRectF m_startRect;
    QPointF m_startPoint;
    DesignSnapper::Edges m_resizing;
    bool m_noSnapping = false; // Alt held when the drag began
};
