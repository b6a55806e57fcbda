#include "widgets/TimetableView.h"

#include "widgets/SessionBlockItem.h"
#include "widgets/TimetableScene.h"
#include "widgets/WrappedText.h"

#include <QDragEnterEvent>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

namespace {
const int headerHeight = 48;
const int rulerWidth = 54;
const QColor marginBackground(0xee, 0xf0, 0xf3);
const QColor marginText(0x2b, 0x31, 0x3a);

// The rooms' names (top) or the hours (left), drawn in step with the scene.
class TimetableMargin : public QWidget
{
public:
    enum Side { Rooms, Hours };
    TimetableMargin(Side side, TimetableView *view) : QWidget(view), m_side(side), m_view(view) {}

protected:
    bool event(QEvent *event) override
    {
        // Narrow columns: the room's whole name, location and seats on hover.
        if (event->type() == QEvent::ToolTip && m_side == Rooms) {
            auto *help = static_cast<QHelpEvent *>(event);
            const TimetableScene *scene = m_view->timetable();
            const double x = m_view->mapToScene(QPoint(help->pos().x(), 0)).x();
            if (scene->columnCount() > 0 && x >= 0 && x < scene->xOf(scene->columnCount())) {
                const Room &room = scene->roomAt(scene->columnAt(x));
                QStringList lines{QStringLiteral("<b>%1</b>").arg(room.name.toHtmlEscaped())};
                if (!room.location.isEmpty())
                    lines << room.location.toHtmlEscaped();
                if (room.capacity > 0)
                    lines << TimetableView::tr("%n seat(s)", nullptr, room.capacity);
                QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
            } else {
                QToolTip::hideText();
            }
            return true;
        }
        return QWidget::event(event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), marginBackground);
        p.setPen(QColor(0xc8, 0xcd, 0xd5));
        if (m_side == Rooms)
            p.drawLine(rect().bottomLeft(), rect().bottomRight());
        else
            p.drawLine(rect().topRight(), rect().bottomRight());
        const TimetableScene *scene = m_view->timetable();
        if (m_side == Rooms)
            paintRooms(p, scene);
        else
            paintHours(p, scene);
    }

private:
    void paintRooms(QPainter &p, const TimetableScene *scene)
    {
        QFont bold = font();
        bold.setBold(true);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        for (int c = 0; c < scene->columnCount(); ++c) {
            const int left = m_view->mapFromScene(QPointF(scene->xOf(c), 0)).x();
            const int right = m_view->mapFromScene(QPointF(scene->xOf(c + 1), 0)).x();
            if (right < 0 || left > width())
                continue;
            const QRect cell(left + 3, 2, right - left - 6, height() - 4);
            const Room &room = scene->roomAt(c);
            const bool seats = room.capacity > 0;
            const QFontMetrics smallMetrics(small);
            // The name over two lines if it must, so narrow columns keep it whole.
            const QRect nameCell = cell.adjusted(0, 0, 0, seats ? -smallMetrics.height() : 0);
            p.setPen(marginText);
            p.setFont(bold);
            const QFontMetrics boldMetrics(bold);
            const int lines = std::max(1, nameCell.height() / boldMetrics.height());
            const QStringList name = WrappedText::lines(room.name, bold, nameCell.width(), lines);
            const int top = nameCell.top() + (nameCell.height() - int(name.size()) * boldMetrics.height()) / 2;
            for (int i = 0; i < name.size(); ++i)
                p.drawText(QRect(nameCell.left(), top + i * boldMetrics.height(), nameCell.width(), boldMetrics.height()),
                           Qt::AlignHCenter | Qt::AlignVCenter, name[i]);
            if (seats) {
                p.setFont(small);
                p.setPen(QColor(0x5f, 0x67, 0x73));
                // Narrow columns: the number alone (the tooltip says what it counts).
                QString text = TimetableView::tr("%n seat(s)", nullptr, room.capacity);
                if (smallMetrics.horizontalAdvance(text) > cell.width())
                    text = smallMetrics.elidedText(QLocale().toString(room.capacity), Qt::ElideRight, cell.width());
                p.drawText(cell.adjusted(0, cell.height() - smallMetrics.height(), 0, 0), Qt::AlignHCenter | Qt::AlignTop, text);
            }
            p.setPen(QColor(0xc8, 0xcd, 0xd5));
            p.drawLine(right, 0, right, height());
        }
    }

    void paintHours(QPainter &p, const TimetableScene *scene)
    {
        p.setPen(marginText);
        const double hourPx = 60 * scene->minutePixels();
        const bool halves = hourPx >= 70;
        for (int h = scene->firstHour(); h <= scene->lastHour(); ++h)
            for (int half = 0; half < (halves ? 2 : 1); ++half) {
                const double sceneY = (h - scene->firstHour()) * hourPx + half * hourPx / 2;
                int y = m_view->mapFromScene(QPointF(0, sceneY)).y();
                if (sceneY == 0)
                    y = std::max(y, 9); // the first hour's label, whole

                if (y < -20 || y > height() + 20)
                    continue;
                QFont f = font();
                f.setBold(half == 0);
                p.setFont(f);
                p.setPen(half == 0 ? marginText : QColor(0x7a, 0x82, 0x8d));
                p.drawText(QRect(0, y - 10, width() - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                           QStringLiteral("%1:%2").arg(h % 24, 2, 10, QLatin1Char('0')).arg(half * 30, 2, 10, QLatin1Char('0')));
            }
    }

    Side m_side;
    TimetableView *m_view;
};
} // namespace

TimetableView::TimetableView(TimetableScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAcceptDrops(true);
    setDragMode(QGraphicsView::NoDrag);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    m_roomHeader = new TimetableMargin(TimetableMargin::Rooms, this);
    m_timeRuler = new TimetableMargin(TimetableMargin::Hours, this);
    setViewportMargins(rulerWidth, headerHeight, 0, 0);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        m_roomHeader->update();
        m_timeRuler->update();
    });
}

QString TimetableView::sessionMimeType()
{
    return QStringLiteral("application/x-podium-session");
}

QMimeData *TimetableView::sessionMime(SessionId id, int minutes)
{
    auto *mime = new QMimeData;
    mime->setData(sessionMimeType(), QStringLiteral("%1 %2").arg(id).arg(minutes).toLatin1());
    return mime;
}

void TimetableView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateMargins();
    emit viewportResized();
}

void TimetableView::updateMargins()
{
    const QRect area = viewport()->geometry();
    m_roomHeader->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);
    m_timeRuler->setGeometry(area.left() - rulerWidth, area.top(), rulerWidth, area.height());
}

void TimetableView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (dx)
        m_roomHeader->update();
    if (dy)
        m_timeRuler->update();
}

void TimetableView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // With Shift, some systems turn the wheel sideways.
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        if (delta != 0 && (event->modifiers() & Qt::ShiftModifier))
            emit roomZoomRequested(delta > 0 ? 1 : -1);
        else if (delta != 0)
            emit zoomRequested(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TimetableView::keyPressEvent(QKeyEvent *event)
{
    const SessionId selected = m_scene->selectedSession();
    if (selected == 0 || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: m_scene->nudgeSelected(0, -1); break;
    case Qt::Key_Down: m_scene->nudgeSelected(0, 1); break;
    case Qt::Key_Left: m_scene->nudgeSelected(-1, 0); break;
    case Qt::Key_Right: m_scene->nudgeSelected(1, 0); break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_scene->isEditable())
            emit unscheduleRequested(selected);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: emit editRequested(selected); break;
    default: QGraphicsView::keyPressEvent(event); return;
    }
    event->accept();
}

void TimetableView::contextMenuEvent(QContextMenuEvent *event)
{
    auto *block = dynamic_cast<SessionBlockItem *>(itemAt(event->pos()));
    if (!block)
        return;
    m_scene->selectSession(block->sessionId());
    const SessionId id = block->sessionId();
    QMenu menu(this);
    menu.addAction(m_scene->isEditable() ? tr("&Edit…") : tr("&Show…"), this, [this, id] { emit editRequested(id); });
    QList<QAction *> edits;
    edits << menu.addAction(tr("&Unschedule"), this, [this, id] { emit unscheduleRequested(id); });
    const bool pinned = block->content().pinned;
    edits << menu.addAction(pinned ? tr("Un&pin") : tr("&Pin Here"), this, [this, id, pinned] { emit pinRequested(id, !pinned); });
    menu.addSeparator();
    edits << menu.addAction(tr("&Delete Session"), this, [this, id] { emit deleteRequested(id); });
    for (QAction *edit : std::as_const(edits))
        edit->setEnabled(m_scene->isEditable());
    menu.exec(event->globalPos());
}

bool TimetableView::readDrop(const QMimeData *mime, const QPoint &pos, Dropped *out) const
{
    if (!m_scene->isEditable() || !mime->hasFormat(sessionMimeType()) || m_scene->columnCount() == 0)
        return false;
    const QList<QByteArray> parts = mime->data(sessionMimeType()).split(' ');
    out->id = parts.value(0).toLongLong();
    out->minutes = std::max(5, parts.value(1).toInt());
    if (out->id <= 0)
        return false;
    const QPointF scenePos = mapToScene(pos);
    out->column = m_scene->columnAt(scenePos.x());
    out->start = m_scene->snappedTimeAt(scenePos.y());
    return true;
}

void TimetableView::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
}

void TimetableView::dragMoveEvent(QDragMoveEvent *event)
{
    Dropped d;
    if (!readDrop(event->mimeData(), event->position().toPoint(), &d)) {
        event->ignore();
        return;
    }
    m_scene->setDropPreview(m_scene->blockRect(d.column, d.start, d.minutes));
    event->acceptProposedAction();
}

void TimetableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_scene->setDropPreview(QRectF());
    event->accept();
}

void TimetableView::dropEvent(QDropEvent *event)
{
    m_scene->setDropPreview(QRectF());
    Dropped d;
    if (!readDrop(event->mimeData(), event->position().toPoint(), &d)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_scene->blockMoved(d.id, d.column, d.start);
}
