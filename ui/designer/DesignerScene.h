#pragma once

#include "designer/DesignSnapper.h"

#include <QGraphicsScene>
#include <QImage>

class ElementItem;

// The label as a scene in millimetres: the desk around it, the label, the
// grid, the snapping guides of a drag under way, and one ElementItem per
// element. Says when an element was moved or resized (one edit per drag or
// nudge) so that the designer can make it an undoable change of the design.
class DesignerScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DesignerScene(QObject *parent = nullptr);

    QSizeF labelSize() const { return m_label; }
    void setLabelSize(const QSizeF &mm);
    // Grid step in millimetres (0: none); elements snap to it when nothing closer attracts them.
    qreal grid() const { return m_grid; }
    void setGrid(qreal mm);
    bool snapping() const { return m_snapping; }
    void setSnapping(bool on) { m_snapping = on; }
    // The view's scale, so that handles and the snapping distance stay the same on screen.
    qreal pixelsPerMm() const { return m_pixelsPerMm; }
    void setPixelsPerMm(qreal pixels);
    // What lies on the label under the elements (the design's background colour, if any).
    void setLabelColor(const QColor &color);

    // A snapper for this element against the label, the grid and every other element.
    DesignSnapper snapper(const ElementItem *moving) const;
    void setGuides(const QList<QLineF> &guides);
    QList<QLineF> guides() const { return m_guides; }

    // The elements, by index.
    QList<ElementItem *> elementItems() const;
    ElementItem *elementItem(int index) const;
    ElementItem *selectedElement() const;
    void selectElement(int index);
    // Moves the selected element by this much (keyboard nudge); one elementNudged().
    void nudgeSelected(qreal dx, qreal dy);

signals:
    // While dragging, after each step.
    void geometryChanging(int index, const QRectF &rect);
    // A drag or resize ended with the element here.
    void geometryEdited(int index, const QRectF &before, const QRectF &after);
    // The arrow keys moved the element here.
    void elementNudged(int index, const QRectF &before, const QRectF &after);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    QSizeF m_label{90, 55};
    qreal m_grid = 1;
    bool m_snapping = true;
    qreal m_pixelsPerMm = 4;
    QColor m_labelColor = Qt::white;
    QList<QLineF> m_guides;
};
