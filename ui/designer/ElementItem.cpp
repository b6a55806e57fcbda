#include "designer/ElementItem.h"

#include "designer/DesignerScene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace {
// Positions are kept to a tenth of a millimetre: what a design's JSON shows and a printer can honour.
qreal tenth(qreal mm)
{
    return std::round(mm * 10) / 10;
}

QRectF rounded(const QRectF &r)
{
    return QRectF(tenth(r.x()), tenth(r.y()), tenth(r.width()), tenth(r.height()));
}
} // namespace

ElementItem::ElementItem(int index, const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_index(index), m_size(rect.size())
{
    setPos(rect.topLeft());
    setZValue(index);
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
}

void ElementItem::setRect(const QRectF &rect)
{
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
    update();
}

void ElementItem::scaleChanged()
{
    prepareGeometryChange();
    update();
}

void ElementItem::setContentPainter(ContentPainter painter)
{
    m_content = std::move(painter);
    update();
}

void ElementItem::setCaption(const QString &caption)
{
    m_caption = caption;
    setToolTip(caption);
    update();
}

DesignerScene *ElementItem::designerScene() const
{
    return qobject_cast<DesignerScene *>(scene());
}

qreal ElementItem::handleSize() const
{
    // Handles keep their size on screen whatever the zoom.
    const DesignerScene *s = designerScene();
    return 8.0 / (s ? s->pixelsPerMm() : 4.0);
}

QList<QPair<DesignSnapper::Edges, QRectF>> ElementItem::handles() const
{
    using E = DesignSnapper::Edge;
    const qreal h = handleSize();
    const QRectF r(QPointF(0, 0), m_size);
    auto at = [h](QPointF c) { return QRectF(c.x() - h / 2, c.y() - h / 2, h, h); };
    return {{E::Left | E::Top, at(r.topLeft())},       {E::Top, at(QPointF(r.center().x(), r.top()))},
            {E::Right | E::Top, at(r.topRight())},     {E::Right, at(QPointF(r.right(), r.center().y()))},
            {E::Right | E::Bottom, at(r.bottomRight())}, {E::Bottom, at(QPointF(r.center().x(), r.bottom()))},
            {E::Left | E::Bottom, at(r.bottomLeft())}, {E::Left, at(QPointF(r.left(), r.center().y()))}};
}

QRectF ElementItem::boundingRect() const
{
    const qreal h = handleSize();
    return QRectF(QPointF(0, 0), m_size).adjusted(-h, -h, h, h);
}

QPainterPath ElementItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    if (isSelected())
        for (const auto &handle : handles())
            path.addRect(handle.second);
    return path;
}

DesignSnapper::Edges ElementItem::handleAt(const QPointF &point) const
{
    if (!isSelected())
        return {};
    for (const auto &handle : handles())
        if (handle.second.contains(point))
            return handle.first;
    return {};
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r(QPointF(0, 0), m_size);
    bool painted = false;
    if (m_content) {
        painter->save();
        painted = m_content(*painter, r);
        painter->restore();
    }
    const bool selected = isSelected();
    QPen frame(selected ? QColor(0x1a, 0x73, 0xe8) : QColor(0, 0, 0, 70), selected ? 1.5 : 1,
               selected ? Qt::SolidLine : Qt::DashLine);
    frame.setCosmetic(true);
    painter->setPen(frame);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(r);
    if (!painted && !m_caption.isEmpty()) {
        painter->save();
        QFont font = painter->font();
        font.setPointSizeF(qBound(1.5, m_size.height() / 3, 4.0)); // scene units are millimetres
        painter->setFont(font);
        painter->setPen(QColor(0, 0, 0, 140));
        painter->drawText(r, Qt::AlignCenter | Qt::TextWordWrap, m_caption);
        painter->restore();
    }
    if (!selected)
        return;
    painter->setBrush(Qt::white);
    for (const auto &handle : handles())
        painter->drawRect(handle.second);
}

void ElementItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    using E = DesignSnapper::Edge;
    const DesignSnapper::Edges edges = handleAt(event->pos());
    if (edges == (E::Left | E::Top) || edges == (E::Right | E::Bottom))
        setCursor(Qt::SizeFDiagCursor);
    else if (edges == (E::Right | E::Top) || edges == (E::Left | E::Bottom))
        setCursor(Qt::SizeBDiagCursor);
    else if (edges & (E::Left | E::Right))
        setCursor(Qt::SizeHorCursor);
    else if (edges & (E::Top | E::Bottom))
        setCursor(Qt::SizeVerCursor);
    else
        setCursor(Qt::SizeAllCursor);
    QGraphicsObject::hoverMoveEvent(event);
}

void ElementItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_resizing = handleAt(event->pos());
    if (!isSelected()) {
        scene()->clearSelection();
        setSelected(true);
    }
    setFocus();
    m_dragging = true;
    m_startRect = rect();
    m_startPoint = event->scenePos();
    m_noSnapping = event->modifiers() & Qt::AltModifier;
    event->accept();
}

void ElementItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    DesignerScene *s = designerScene();
    if (!m_dragging || !s)
        return;
    const QPointF delta = event->scenePos() - m_startPoint;
    DesignSnapper snapper = s->snapper(this);
    if (m_noSnapping || event->modifiers() & Qt::AltModifier)
        snapper.setEnabled(false);
    DesignSnapper::Result snapped;
    if (m_resizing) {
        QRectF r = m_startRect;
        if (m_resizing & DesignSnapper::Left)
            r.setLeft(r.left() + delta.x());
        if (m_resizing & DesignSnapper::Right)
            r.setRight(r.right() + delta.x());
        if (m_resizing & DesignSnapper::Top)
            r.setTop(r.top() + delta.y());
        if (m_resizing & DesignSnapper::Bottom)
            r.setBottom(r.bottom() + delta.y());
        snapped = snapper.resize(r, m_resizing);
    } else {
        snapped = snapper.move(m_startRect.translated(delta));
    }
    setRect(rounded(snapped.rect));
    s->setGuides(snapped.guides);
    emit s->geometryChanging(m_index, rect());
}

void ElementItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    DesignerScene *s = designerScene();
    if (!s)
        return;
    s->setGuides({});
    if (rect() != m_startRect)
        emit s->geometryEdited(m_index, m_startRect, rect());
}
