#include "designer/DesignerScene.h"

#include "designer/ElementItem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {
// The desk shown around the label.
constexpr qreal deskMm = 10;
// How close an edge must come, on screen, to snap.
constexpr qreal snapPixels = 6;
} // namespace

DesignerScene::DesignerScene(QObject *parent) : QGraphicsScene(parent)
{
    setLabelSize(m_label);
}

void DesignerScene::setLabelSize(const QSizeF &mm)
{
    m_label = mm;
    setSceneRect(QRectF(QPointF(0, 0), mm).adjusted(-deskMm, -deskMm, deskMm, deskMm));
    update();
}

void DesignerScene::setGrid(qreal mm)
{
    m_grid = mm;
    update();
}

void DesignerScene::setPixelsPerMm(qreal pixels)
{
    if (pixels <= 0 || pixels == m_pixelsPerMm)
        return;
    m_pixelsPerMm = pixels;
    // Handles are sized in pixels: the items' bounding rects change with the zoom.
    for (ElementItem *item : elementItems())
        item->scaleChanged();
    update();
}

void DesignerScene::setLabelColor(const QColor &color)
{
    m_labelColor = color.isValid() ? color : QColor(Qt::white);
    update();
}

DesignSnapper DesignerScene::snapper(const ElementItem *moving) const
{
    DesignSnapper snapper(m_label, m_grid, snapPixels / m_pixelsPerMm);
    QList<QRectF> others;
    for (const ElementItem *item : elementItems())
        if (item != moving && item->isVisible())
            others.append(item->rect());
    snapper.setOthers(others);
    snapper.setEnabled(m_snapping);
    return snapper;
}

void DesignerScene::setGuides(const QList<QLineF> &guides)
{
    if (guides == m_guides)
        return;
    m_guides = guides;
    update();
}

QList<ElementItem *> DesignerScene::elementItems() const
{
    QList<ElementItem *> result;
    for (QGraphicsItem *item : items())
        if (auto *element = dynamic_cast<ElementItem *>(item))
            result.append(element);
    std::sort(result.begin(), result.end(), [](const ElementItem *a, const ElementItem *b) { return a->index() < b->index(); });
    return result;
}

ElementItem *DesignerScene::elementItem(int index) const
{
    for (ElementItem *item : elementItems())
        if (item->index() == index)
            return item;
    return nullptr;
}

ElementItem *DesignerScene::selectedElement() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *element = dynamic_cast<ElementItem *>(item))
            return element;
    return nullptr;
}

void DesignerScene::selectElement(int index)
{
    ElementItem *item = elementItem(index);
    if (item == selectedElement())
        return;
    clearSelection();
    if (item) {
        item->setSelected(true);
        item->setFocus();
    }
}

void DesignerScene::nudgeSelected(qreal dx, qreal dy)
{
    ElementItem *item = selectedElement();
    if (!item)
        return;
    const QRectF before = item->rect();
    // Kept to a tenth of a millimetre, as drags are.
    const QRectF after(std::round((before.x() + dx) * 10) / 10, std::round((before.y() + dy) * 10) / 10, before.width(),
                       before.height());
    item->setRect(after);
    emit elementNudged(item->index(), before, after);
}

void DesignerScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0x9a, 0x9a, 0x9a));
    const QRectF label(QPointF(0, 0), m_label);
    const qreal shadow = 3 / m_pixelsPerMm;
    painter->fillRect(label.translated(shadow, shadow), QColor(0, 0, 0, 60));
    painter->fillRect(label, m_labelColor);
    // The grid: its own step when the lines are far enough apart to help rather than grey the
    // label, else every 5th or 10th line (snapping still uses every line).
    if (m_grid > 0) {
        qreal step = m_grid;
        for (int every : {5, 10, 50})
            if (step * m_pixelsPerMm < 8)
                step = m_grid * every;
        QPen pen(QColor(0, 0, 0, 28));
        pen.setCosmetic(true);
        painter->setPen(pen);
        QList<QLineF> lines;
        for (qreal x = step; x < m_label.width(); x += step)
            lines.append(QLineF(x, 0, x, m_label.height()));
        for (qreal y = step; y < m_label.height(); y += step)
            lines.append(QLineF(0, y, m_label.width(), y));
        painter->drawLines(lines);
    }
}

void DesignerScene::drawForeground(QPainter *painter, const QRectF &)
{
    QPen edge(QColor(0, 0, 0, 120));
    edge.setCosmetic(true);
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(QPointF(0, 0), m_label));
    if (m_guides.isEmpty())
        return;
    QPen guide(QColor(0xd0, 0x1c, 0x8b));
    guide.setCosmetic(true);
    painter->setPen(guide);
    painter->drawLines(m_guides);
}
