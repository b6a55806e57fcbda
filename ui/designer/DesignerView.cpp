#include "designer/DesignerView.h"

#include "designer/DesignerScene.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScreen>
#include <QWheelEvent>

namespace {
constexpr qreal minimumZoom = 0.25;
constexpr qreal maximumZoom = 8;
constexpr qreal zoomStep = 1.25;
} // namespace

DesignerView::DesignerView(DesignerScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setAlignment(Qt::AlignCenter);
    setAcceptDrops(true);
    applyZoom();
}

qreal DesignerView::truePixelsPerMm() const
{
    // The screen's physical resolution when it reports a believable one (virtual displays may not).
    qreal dpi = logicalDpiX();
    if (const QScreen *s = screen()) {
        const qreal physical = s->physicalDotsPerInchX();
        if (physical >= 50 && physical <= 600)
            dpi = physical;
    }
    return dpi / 25.4;
}

void DesignerView::setZoom(qreal zoom)
{
    zoom = qBound(minimumZoom, zoom, maximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    applyZoom();
    emit zoomChanged(m_zoom);
}

void DesignerView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void DesignerView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

qreal DesignerView::zoomFitting() const
{
    const QRectF area = m_scene->sceneRect();
    const QSize room = viewport()->size();
    if (area.isEmpty() || room.isEmpty())
        return m_zoom;
    return qMin(room.width() / area.width(), room.height() / area.height()) / truePixelsPerMm() * 0.98;
}

void DesignerView::zoomToFit()
{
    setZoom(zoomFitting());
}

void DesignerView::applyZoom()
{
    const qreal scale = truePixelsPerMm() * m_zoom;
    setTransform(QTransform::fromScale(scale, scale));
    m_scene->setPixelsPerMm(scale);
}

void DesignerView::keyPressEvent(QKeyEvent *event)
{
    const qreal step = event->modifiers() & Qt::ShiftModifier ? bigNudgeMm : nudgeMm;
    const bool arrow = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right || event->key() == Qt::Key_Up
        || event->key() == Qt::Key_Down;
    if (arrow && !m_scene->selectedElement()) {
        QGraphicsView::keyPressEvent(event); // scrolls
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_scene->nudgeSelected(-step, 0);
        break;
    case Qt::Key_Right:
        m_scene->nudgeSelected(step, 0);
        break;
    case Qt::Key_Up:
        m_scene->nudgeSelected(0, -step);
        break;
    case Qt::Key_Down:
        m_scene->nudgeSelected(0, step);
        break;
    default:
        if (event->matches(QKeySequence::ZoomIn) || (event->modifiers() & Qt::ControlModifier && event->key() == Qt::Key_Equal))
            zoomIn();
        else if (event->matches(QKeySequence::ZoomOut))
            zoomOut();
        else
            QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DesignerView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

namespace {
QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    if (mime)
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile())
                paths << url.toLocalFile();
    return paths;
}
} // namespace

void DesignerView::dragEnterEvent(QDragEnterEvent *event)
{
    if (localFiles(event->mimeData()).isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
}

void DesignerView::dragMoveEvent(QDragMoveEvent *event)
{
    // The scene's items take no drops: the view takes them wherever they land.
    event->acceptProposedAction();
}

void DesignerView::dropEvent(QDropEvent *event)
{
    const QStringList paths = localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    emit filesDropped(paths, mapToScene(event->position().toPoint()));
}
