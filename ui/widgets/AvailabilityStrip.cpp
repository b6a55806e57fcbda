#include "widgets/AvailabilityStrip.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace {
// Default hours shown (local), widened to what is set.
const QTime shownFrom(7, 0);
const QTime shownTo(22, 0);
} // namespace

AvailabilityStrip::AvailabilityStrip(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Availability by day"));
    setAccessibleDescription(tr("Arrow keys move, Shift+arrows select, 1 available, 2 preferred, 3 not available."));
}

QColor AvailabilityStrip::colour(Cell cell)
{
    switch (cell) {
    case Cell::Available: return QColor(0xa8, 0xdb, 0xa0);
    case Cell::Preferred: return QColor(0x2e, 0x8b, 0x57);
    case Cell::Unavailable: break;
    }
    return QColor(0xe4, 0xe4, 0xe4);
}

QString AvailabilityStrip::cellName(Cell cell)
{
    switch (cell) {
    case Cell::Available: return tr("available");
    case Cell::Preferred: return tr("preferred");
    case Cell::Unavailable: break;
    }
    return tr("not available");
}

void AvailabilityStrip::setEvent(const Event &event, const ProgrammeDays &days)
{
    m_event = event;
    m_days = days;
    rebuildCells();
}

void AvailabilityStrip::setAvailability(const Availability &availability)
{
    m_given = availability.normalised();
    m_modified = false;
    rebuildCells();
}

void AvailabilityStrip::rebuildCells()
{
    m_rows.clear();
    m_outside.clear();
    m_always = m_given.isAlways();
    if (m_event.dayCount() > 0)
        for (QDate d = m_event.firstDay; d <= m_event.lastDay; d = d.addDays(1)) {
            Day day;
            day.date = d;
            day.start = m_days.start(d);
            const int slotCount = std::max<qint64>(1, day.start.secsTo(m_days.end(d)) / slotSeconds);
            day.cells.fill(m_always ? Cell::Available : Cell::Unavailable, slotCount);
            m_rows << day;
        }
    // Each quarter takes the state at its start.
    for (const AvailabilitySpan &span : m_given.spans) {
        for (Day &day : m_rows)
            for (int s = 0; s < day.cells.size(); ++s) {
                const QDateTime t = day.start.addSecs(qint64(s) * slotSeconds);
                if (t >= span.start && t < span.end)
                    day.cells[s] = span.kind == AvailabilityKind::Preferred ? Cell::Preferred : Cell::Available;
            }
    }
    // What lies outside the shown days is kept as it is.
    if (!m_rows.isEmpty()) {
        const QDateTime first = m_rows.first().start;
        const QDateTime last = m_rows.last().start.addSecs(qint64(m_rows.last().cells.size()) * slotSeconds);
        for (const AvailabilitySpan &span : m_given.spans) {
            if (span.start < first)
                m_outside << AvailabilitySpan{span.start, std::min(span.end, first), span.kind};
            if (span.end > last)
                m_outside << AvailabilitySpan{std::max(span.start, last), span.end, span.kind};
        }
    } else {
        m_outside = m_given.spans;
    }
    chooseHours();
    m_cursor = {0, m_firstSlot};
    m_anchor = m_cursor;
    updateGeometry();
    update();
}

void AvailabilityStrip::chooseHours()
{
    if (m_rows.isEmpty()) {
        m_firstSlot = m_lastSlot = 0;
        return;
    }
    int first = INT_MAX;
    int last = 0;
    for (const Day &day : std::as_const(m_rows)) {
        const QDateTime from = m_event.fromLocal(day.date, shownFrom);
        const QDateTime to = m_event.fromLocal(day.date, shownTo);
        first = std::min<qint64>(first, std::max<qint64>(0, day.start.secsTo(from) / slotSeconds));
        last = std::max<qint64>(last, std::min<qint64>(day.cells.size(), (day.start.secsTo(to) + slotSeconds - 1) / slotSeconds));
        // Widen to the times set (anything other than the day's first state).
        if (!m_always)
            for (int s = 0; s < day.cells.size(); ++s)
                if (day.cells[s] != Cell::Unavailable) {
                    first = std::min(first, s);
                    last = std::max(last, s + 1);
                }
    }
    // Whole hours.
    m_firstSlot = std::max(0, first - first % 4);
    m_lastSlot = std::min<int>(m_rows.first().cells.size(), last + (4 - last % 4) % 4);
    if (m_lastSlot <= m_firstSlot)
        m_lastSlot = int(m_rows.first().cells.size());
}

void AvailabilityStrip::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    QStringList titles;
    for (const Mark &m : marks)
        titles << m.title;
    setToolTip(marks.isEmpty() ? QString() : tr("Outlined: %1").arg(titles.join(QStringLiteral(", "))));
    update();
}

bool AvailabilityStrip::isAlways() const
{
    return m_modified ? availability().isAlways() : m_given.isAlways();
}

void AvailabilityStrip::clearToAlways()
{
    for (Day &day : m_rows)
        day.cells.fill(Cell::Available);
    m_outside.clear();
    m_always = true;
    touched();
}

Availability AvailabilityStrip::availability() const
{
    if (!m_modified)
        return m_given;
    Availability out;
    out.spans = m_outside;
    bool allAvailable = m_outside.isEmpty();
    for (const Day &day : m_rows) {
        int s = 0;
        while (s < day.cells.size()) {
            const Cell cell = day.cells[s];
            int e = s + 1;
            while (e < day.cells.size() && day.cells[e] == cell)
                ++e;
            if (cell != Cell::Available)
                allAvailable = false;
            if (cell != Cell::Unavailable)
                out.spans << AvailabilitySpan{day.start.addSecs(qint64(s) * slotSeconds),
                                              e == day.cells.size() ? m_days.end(day.date)
                                                                    : day.start.addSecs(qint64(e) * slotSeconds),
                                              cell == Cell::Preferred ? AvailabilityKind::Preferred
                                                                      : AvailabilityKind::Available};
            s = e;
        }
    }
    if (allAvailable)
        return {};
    return out.normalised();
}

int AvailabilityStrip::labelWidth() const
{
    // The widest day label in the user's language ("Mi. 30. Sept.").
    const QLocale locale;
    int widest = fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Sep"));
    for (const Day &day : m_rows)
        widest = std::max(widest, fontMetrics().horizontalAdvance(locale.toString(day.date, QStringLiteral("ddd d MMM"))));
    return widest + 18;
}

int AvailabilityStrip::headerHeight() const
{
    return fontMetrics().height() + 6;
}

int AvailabilityStrip::rowHeight() const
{
    return fontMetrics().height() + 10;
}

double AvailabilityStrip::slotWidth() const
{
    const int slotCount = std::max(1, m_lastSlot - m_firstSlot);
    return std::max(3.0, double(width() - labelWidth() - 2) / slotCount);
}

QSize AvailabilityStrip::sizeHint() const
{
    return {labelWidth() + 4 * 16 * 8, headerHeight() + rowHeight() * std::max(1, int(m_rows.size())) + 2};
}

QSize AvailabilityStrip::minimumSizeHint() const
{
    return {labelWidth() + 4 * 16 * 4, sizeHint().height()};
}

QRectF AvailabilityStrip::cellRect(int day, int slot) const
{
    return QRectF(labelWidth() + (slot - m_firstSlot) * slotWidth(), headerHeight() + day * rowHeight(), slotWidth(),
                  rowHeight());
}

std::optional<AvailabilityStrip::Spot> AvailabilityStrip::spotAt(const QPoint &pos) const
{
    if (m_rows.isEmpty())
        return std::nullopt;
    const int day = std::clamp((pos.y() - headerHeight()) / rowHeight(), 0, int(m_rows.size()) - 1);
    const int slot = std::clamp(m_firstSlot + int((pos.x() - labelWidth()) / slotWidth()), m_firstSlot, m_lastSlot - 1);
    return Spot{day, slot};
}

void AvailabilityStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QLocale locale;
    if (m_rows.isEmpty()) {
        p.setPen(palette().text().color());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The event has no days yet: set its first and last day in Event Properties."));
        return;
    }
    const double w = slotWidth();
    // Hours along the top, in the event's time zone.
    p.setPen(palette().text().color());
    const int hourEvery = w * 4 < fontMetrics().horizontalAdvance(QStringLiteral("00:00")) + 6 ? 2 : 1;
    for (int s = m_firstSlot; s < m_lastSlot; ++s) {
        const QDateTime t = m_event.toLocal(m_rows.first().start.addSecs(qint64(s) * slotSeconds));
        if (t.time().minute() != 0 || t.time().hour() % hourEvery != 0)
            continue;
        const QRectF cell = cellRect(0, s);
        p.drawText(QRectF(cell.left() - 20, 0, 40, headerHeight()), Qt::AlignCenter,
                   locale.toString(t.time(), QStringLiteral("HH:mm")));
    }
    const Spot selFrom{std::min(m_anchor.day, m_cursor.day), std::min(m_anchor.slot, m_cursor.slot)};
    const Spot selTo{std::max(m_anchor.day, m_cursor.day), std::max(m_anchor.slot, m_cursor.slot)};
    for (int d = 0; d < m_rows.size(); ++d) {
        const Day &day = m_rows[d];
        const QRectF label(0, headerHeight() + d * rowHeight(), labelWidth() - 6, rowHeight());
        p.setPen(palette().text().color());
        p.drawText(label, Qt::AlignVCenter | Qt::AlignRight, locale.toString(day.date, QStringLiteral("ddd d MMM")));
        for (int s = m_firstSlot; s < m_lastSlot && s < day.cells.size(); ++s) {
            const QRectF cell = cellRect(d, s);
            p.fillRect(cell, colour(day.cells[s]));
            if (day.cells[s] == Cell::Unavailable) // not only by colour: a hatch
                p.fillRect(cell, QBrush(QColor(0xb0, 0xb0, 0xb0), Qt::BDiagPattern));
        }
        // Grid: hours solid, half hours dotted.
        for (int s = m_firstSlot; s <= m_lastSlot; ++s) {
            const QDateTime t = m_event.toLocal(day.start.addSecs(qint64(s) * slotSeconds));
            if (t.time().minute() % 30 != 0)
                continue;
            const QRectF cell = cellRect(d, s);
            p.setPen(QPen(QColor(0xff, 0xff, 0xff), t.time().minute() == 0 ? 1.5 : 0.5));
            p.drawLine(QPointF(cell.left(), cell.top()), QPointF(cell.left(), cell.bottom()));
        }
        p.setPen(QColor(0xff, 0xff, 0xff));
        p.drawLine(QPointF(labelWidth(), cellRect(d, 0).bottom()), QPointF(width(), cellRect(d, 0).bottom()));
    }
    // The sessions, outlined where they are, so painting can leave them room.
    for (const Mark &m : std::as_const(m_marks))
        for (int d = 0; d < m_rows.size(); ++d) {
            const Day &day = m_rows[d];
            const double from = double(day.start.secsTo(m.start)) / slotSeconds;
            const double to = double(day.start.secsTo(m.end)) / slotSeconds;
            if (to <= m_firstSlot || from >= m_lastSlot || to <= 0 || from >= day.cells.size())
                continue;
            const double left = labelWidth() + (std::max<double>(from, m_firstSlot) - m_firstSlot) * w;
            const double right = labelWidth() + (std::min<double>(to, m_lastSlot) - m_firstSlot) * w;
            const QRectF box(left, headerHeight() + d * rowHeight() + 3, right - left, rowHeight() - 6);
            p.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(1, 1, -1, -1));
        }
    if (hasFocus()) {
        const QRectF sel = cellRect(selFrom.day, selFrom.slot).united(cellRect(selTo.day, selTo.slot));
        p.setPen(QPen(palette().highlight().color(), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(sel.adjusted(1, 1, -1, -1));
        p.setPen(QPen(palette().highlightedText().color(), 1, Qt::DotLine));
        p.drawRect(cellRect(m_cursor.day, m_cursor.slot).adjusted(2, 2, -2, -2));
    }
}

void AvailabilityStrip::paintRange(Spot a, Spot b, Cell cell)
{
    if (m_rows.isEmpty())
        return;
    if (m_always) { // the first stroke turns "no limits" into times
        m_always = false;
    }
    for (int d = std::min(a.day, b.day); d <= std::max(a.day, b.day); ++d)
        for (int s = std::min(a.slot, b.slot); s <= std::max(a.slot, b.slot) && s < m_rows[d].cells.size(); ++s)
            m_rows[d].cells[s] = cell;
    touched();
}

void AvailabilityStrip::touched()
{
    m_modified = true;
    update();
    emit changed();
}

void AvailabilityStrip::mousePressEvent(QMouseEvent *event)
{
    const auto spot = spotAt(event->pos());
    if (!spot || (event->button() != Qt::LeftButton && event->button() != Qt::RightButton))
        return;
    m_dragging = true;
    m_dragCell = event->button() == Qt::RightButton ? Cell::Unavailable : m_brush;
    m_pressRows = m_rows;
    m_anchor = m_cursor = *spot;
    paintRange(m_anchor, m_cursor, m_dragCell);
    emit cursorMoved(cursorText());
}

void AvailabilityStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const auto spot = spotAt(event->pos());
    if (!spot)
        return;
    m_cursor = *spot;
    m_rows = m_pressRows; // the stroke so far, redrawn from where it began
    paintRange(m_anchor, m_cursor, m_dragCell);
    emit cursorMoved(cursorText());
}

void AvailabilityStrip::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    m_pressRows.clear();
}

void AvailabilityStrip::moveCursor(int days, int slotCount, bool extend)
{
    if (m_rows.isEmpty())
        return;
    m_cursor.day = std::clamp(m_cursor.day + days, 0, int(m_rows.size()) - 1);
    m_cursor.slot = std::clamp(m_cursor.slot + slotCount, m_firstSlot, m_lastSlot - 1);
    if (!extend)
        m_anchor = m_cursor;
    update();
    emit cursorMoved(cursorText());
}

void AvailabilityStrip::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const int step = event->modifiers() & Qt::ControlModifier ? 4 : 1; // Ctrl: by the hour
    switch (event->key()) {
    case Qt::Key_Left: moveCursor(0, -step, extend); return;
    case Qt::Key_Right: moveCursor(0, step, extend); return;
    case Qt::Key_Up: moveCursor(-1, 0, extend); return;
    case Qt::Key_Down: moveCursor(1, 0, extend); return;
    case Qt::Key_Home: moveCursor(0, -100000, extend); return;
    case Qt::Key_End: moveCursor(0, 100000, extend); return;
    case Qt::Key_Space: paintRange(m_anchor, m_cursor, m_brush); return;
    case Qt::Key_1: m_brush = Cell::Available; paintRange(m_anchor, m_cursor, m_brush); return;
    case Qt::Key_2: m_brush = Cell::Preferred; paintRange(m_anchor, m_cursor, m_brush); return;
    case Qt::Key_3: m_brush = Cell::Unavailable; paintRange(m_anchor, m_cursor, m_brush); return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace: paintRange(m_anchor, m_cursor, Cell::Unavailable); return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void AvailabilityStrip::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
    emit cursorMoved(cursorText());
}

void AvailabilityStrip::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

QString AvailabilityStrip::cursorText() const
{
    if (m_rows.isEmpty())
        return {};
    const QLocale locale;
    const Day &day = m_rows[m_cursor.day];
    const int from = std::min(m_anchor.slot, m_cursor.slot);
    const int to = std::max(m_anchor.slot, m_cursor.slot) + 1;
    const QDateTime a = m_event.toLocal(day.start.addSecs(qint64(from) * slotSeconds));
    const QDateTime b = m_event.toLocal(day.start.addSecs(qint64(to) * slotSeconds));
    const QString when = QStringLiteral("%1 %2–%3")
                             .arg(locale.toString(day.date, QStringLiteral("ddd d MMM")),
                                  locale.toString(a.time(), QStringLiteral("HH:mm")),
                                  locale.toString(b.time(), QStringLiteral("HH:mm")));
    if (m_anchor.slot != m_cursor.slot || m_anchor.day != m_cursor.day)
        return tr("%1 selected (Space paints it %2)").arg(when, cellName(m_brush));
    return tr("%1: %2").arg(when, cellName(day.cells.value(m_cursor.slot)));
}
