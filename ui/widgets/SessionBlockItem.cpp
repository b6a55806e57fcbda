#include "widgets/SessionBlockItem.h"

#include <QCoreApplication>

#include "widgets/TimetableScene.h"
#include "widgets/WrappedText.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace {
const QColor conflictRed(0xd0, 0x1f, 0x1f);
const QColor warningOrange(0xe0, 0x8a, 0x00);
const QColor selectionBlue(0x1a, 0x3f, 0x8f);
const QColor textColour(0x1d, 0x23, 0x2b);

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}
} // namespace

SessionBlockItem::SessionBlockItem(TimetableScene *scene, const Content &content)
    : m_scene(scene), m_content(content)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    // Blocks are redrawn from a cached pixmap while the view scrolls.
    setCacheMode(DeviceCoordinateCache);
    place(content.column, content.session.start, content.session.durationMinutes);
    setToolTip(toolTipText());
}

void SessionBlockItem::place(int column, const QDateTime &start, int minutes)
{
    const bool dragged = m_drag == Drag::Move;
    const QRectF rect = dragged ? m_scene->blockRect(column, start, minutes)
                                : m_scene->blockRect(column, start, minutes, m_content.lane, m_content.lanes);
    if (rect.size() != m_size) {
        prepareGeometryChange();
        m_size = rect.size();
    }
    setPos(rect.topLeft());
    m_column = column;
    m_start = start;
    m_minutes = minutes;
    update();
}

QRectF SessionBlockItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

QPainterPath SessionBlockItem::shape() const
{
    // Only the block itself takes clicks, not the margin its border is drawn in:
    // blocks side by side in one room stay apart.
    QPainterPath path;
    path.addRect(QRectF(QPointF(0, 0), m_size));
    return path;
}

void SessionBlockItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area(QPointF(0, 0), m_size);
    const Session &s = m_content.session;
    const bool cancelled = s.status == SessionStatus::Cancelled;
    const QColor track = cancelled ? QColor(0xa0, 0xa4, 0xaa) : m_content.colour;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(blend(track, Qt::white, cancelled ? 0.85 : 0.78));
    painter->drawRoundedRect(area, 4, 4);
    // The track's colour as a strip on the left.
    painter->setBrush(track);
    painter->drawRoundedRect(QRectF(area.left(), area.top(), 5, area.height()), 2, 2);

    QPen border(blend(track, Qt::black, 0.25), 1);
    if (s.status == SessionStatus::Draft)
        border.setStyle(Qt::DashLine);
    if (hasConflict())
        border = QPen(m_content.onlyWarnings ? warningOrange : conflictRed, 2.5);
    if (isSelected())
        border = QPen(selectionBlue, 3);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(area.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    if (isSelected() && hasConflict()) { // keep the conflict visible on a selected block
        painter->setPen(QPen(m_content.onlyWarnings ? warningOrange : conflictRed, 1.5));
        painter->drawRoundedRect(area.adjusted(3, 3, -3, -3), 3, 3);
    }
    paintText(painter, area.adjusted(8, 3, -3, -3));
    if (hasConflict())
        paintConflictMark(painter, area);
    if (m_content.pinned)
        paintPin(painter, area);
    if (m_drag == Drag::Resize || isSelected()) { // the handle of the lower edge
        painter->setPen(QPen(selectionBlue, 2));
        const double mid = area.center().x();
        painter->drawLine(QPointF(mid - 10, area.bottom() - 3), QPointF(mid + 10, area.bottom() - 3));
    }
}

void SessionBlockItem::paintText(QPainter *painter, const QRectF &area) const
{
    const Session &s = m_content.session;
    QFont font = painter->font();
    const QFontMetricsF plain(font);
    const double line = plain.height();
    const double reserve = hasConflict() ? 16 : 0; // room for the conflict mark
    painter->setPen(textColour);

    const QDateTime from = m_scene->event().toLocal(m_start);
    const QDateTime to = from.addSecs(qint64(m_minutes) * 60);
    const QString time = QStringLiteral("%1–%2").arg(from.toString(QStringLiteral("HH:mm")), to.toString(QStringLiteral("HH:mm")));

    QFont bold = font;
    bold.setBold(true);
    bold.setStrikeOut(s.status == SessionStatus::Cancelled);
    const QFontMetricsF boldMetrics(bold);
    // Short blocks: one line with the time and the title.
    if (area.height() < 2 * line + 2) {
        painter->setFont(bold);
        const QString text = time + QStringLiteral("  ") + s.title;
        painter->drawText(QRectF(area.left(), area.top(), area.width() - reserve, area.height()),
                          Qt::AlignLeft | Qt::AlignTop, boldMetrics.elidedText(text, Qt::ElideRight, area.width() - reserve));
        painter->setFont(font);
        return;
    }
    double y = area.top();
    painter->setFont(font);
    painter->drawText(QRectF(area.left(), y, area.width() - reserve, line), Qt::AlignLeft | Qt::AlignVCenter, time);
    y += line;
    // The title wraps over the lines left after the time and the speakers.
    const bool showSpeakers = !m_content.speakers.isEmpty() && area.bottom() - y >= 2 * line;
    const double titleHeight = area.bottom() - y - (showSpeakers ? line : 0);
    const int maxTitleLines = std::max(1, int(titleHeight / boldMetrics.height()));
    painter->setFont(bold);
    const QStringList titleLines = WrappedText::lines(s.title, bold, area.width(), maxTitleLines);
    for (const QString &text : titleLines) {
        painter->drawText(QRectF(area.left(), y, area.width(), boldMetrics.height()), Qt::AlignLeft | Qt::AlignTop, text);
        y += boldMetrics.height();
    }
    if (showSpeakers) {
        QFont small = font;
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(blend(textColour, Qt::white, 0.2));
        const QFontMetricsF smallMetrics(small);
        painter->drawText(QRectF(area.left(), y, area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(m_content.speakers, Qt::ElideRight, area.width()));
    }
    painter->setFont(font);
}

void SessionBlockItem::paintConflictMark(QPainter *painter, const QRectF &area) const
{
    const QRectF mark(area.right() - 17, area.top() + 3, 14, 14);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_content.onlyWarnings ? warningOrange : conflictRed);
    painter->drawEllipse(mark);
    QFont font = painter->font();
    font.setBold(true);
    font.setPixelSize(11);
    painter->setFont(font);
    painter->setPen(Qt::white);
    painter->drawText(mark, Qt::AlignCenter, QStringLiteral("!"));
}

// A drawing pin in the bottom right corner: no font needed.
void SessionBlockItem::paintPin(QPainter *painter, const QRectF &area) const
{
    const QPointF head(area.right() - 9, area.bottom() - 12);
    if (area.height() < 22)
        return;
    painter->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.5));
    painter->drawLine(head, head + QPointF(-4, 8));
    painter->setPen(QPen(QColor(0x8b, 0x1a, 0x1a), 1));
    painter->setBrush(QColor(0xd0, 0x30, 0x30));
    painter->drawEllipse(head, 4, 4);
}

QString SessionBlockItem::toolTipText() const
{
    const Session &s = m_content.session;
    const QDateTime from = m_scene->event().toLocal(s.start);
    QString text = QStringLiteral("<b>%1</b><br>%2–%3, %4")
                       .arg(s.title.toHtmlEscaped(), from.toString(QStringLiteral("HH:mm")),
                            from.addSecs(qint64(s.durationMinutes) * 60).toString(QStringLiteral("HH:mm")),
                            m_scene->roomAt(m_content.column).name.toHtmlEscaped());
    if (!m_content.trackName.isEmpty())
        text += QStringLiteral("<br>") + m_content.trackName.toHtmlEscaped();
    if (!m_content.speakers.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(m_content.speakers.toHtmlEscaped());
    text += QStringLiteral("<br>") + toLabel(s.status);
    if (m_content.pinned)
        text += QStringLiteral("<br>") + QCoreApplication::translate("SessionBlockItem", "Pinned: arranging keeps it here");
    for (const QString &problem : m_content.problems)
        text += QStringLiteral("<br><span style='color:#c01818'>⚠ %1</span>").arg(problem.toHtmlEscaped());
    return text;
}

bool SessionBlockItem::isOnLowerEdge(const QPointF &pos) const
{
    return pos.y() >= m_size.height() - resizeMargin && m_size.height() > 2 * resizeMargin;
}

void SessionBlockItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(isOnLowerEdge(event->pos()) ? Qt::SizeVerCursor : Qt::OpenHandCursor);
}

void SessionBlockItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    m_scene->clearSelection();
    setSelected(true);
    m_drag = Drag::Pending;
    m_pressedOnEdge = isOnLowerEdge(event->pos());
    m_pressPos = event->scenePos();
    m_grabOffset = event->pos();
    event->accept();
}

void SessionBlockItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    if (m_drag == Drag::Pending) {
        if (!m_scene->isEditable()
            || (event->scenePos() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = m_pressedOnEdge ? Drag::Resize : Drag::Move;
        setZValue(1);
        setCursor(m_drag == Drag::Resize ? Qt::SizeVerCursor : Qt::ClosedHandCursor);
    }
    const Session &s = m_content.session;
    if (m_drag == Drag::Resize) {
        const double bottom = event->scenePos().y();
        const QDateTime end = m_scene->snappedTimeAt(bottom);
        const int minutes = std::max(m_scene->snapMinutes(), int(m_start.secsTo(end) / 60));
        place(m_column, m_start, minutes);
    } else {
        const QPointF topLeft = event->scenePos() - m_grabOffset;
        place(m_scene->columnAt(event->scenePos().x()), m_scene->snappedTimeAt(topLeft.y()), s.durationMinutes);
    }
}

void SessionBlockItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    setZValue(0);
    if (drag != Drag::Move && drag != Drag::Resize)
        return;
    const Session &s = m_content.session;
    const QGraphicsView *view = event->widget() ? qobject_cast<QGraphicsView *>(event->widget()->parentWidget()) : nullptr;
    const bool outside = view && !view->viewport()->rect().contains(view->viewport()->mapFromGlobal(event->screenPos()));
    const int column = m_column;
    const QDateTime start = m_start;
    const int minutes = m_minutes;
    // Back to the session's place: the page redraws the block where the edit put it.
    place(m_content.column, s.start, s.durationMinutes);
    if (drag == Drag::Move && outside)
        m_scene->blockReleasedOutside(s.id, event->screenPos());
    else if (drag == Drag::Move && (column != m_content.column || start != s.start))
        m_scene->blockMoved(s.id, column, start);
    else if (drag == Drag::Resize && minutes != s.durationMinutes)
        m_scene->blockResized(s.id, minutes);
}

void SessionBlockItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_scene->blockDoubleClicked(m_content.session.id);
}
