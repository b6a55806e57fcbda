#include "widgets/TimetableScene.h"

#include "widgets/SessionBlockItem.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {
const QColor background(0xfb, 0xfb, 0xfc);
const QColor alternateHour(0xf3, 0xf5, 0xf8);
const QColor hourLine(0xd5, 0xd9, 0xe0);
const QColor halfHourLine(0xe8, 0xeb, 0xef);
const QColor columnLine(0xc8, 0xcd, 0xd5);

QString joinedNames(const QList<const ScheduleSnapshot::Participation *> &people)
{
    QStringList names;
    for (const ScheduleSnapshot::Participation *p : people)
        names << p->name;
    return names.join(QStringLiteral(", "));
}
} // namespace

TimetableScene::TimetableScene(QObject *parent) : QGraphicsScene(parent)
{
    // Blocks only move when the file changed: a flat list is cheaper to build than a BSP tree.
    setItemIndexMethod(QGraphicsScene::NoIndex);
}

double TimetableScene::columnWidthFor(const Layout &layout, int rooms)
{
    // Few rooms fill the width: no blank strip to the right of the last one.
    const double fit = rooms > 0 ? std::floor(layout.availableWidth / rooms) : 0;
    if (layout.fitRooms && fit > 0)
        return std::max(fit, minColumnWidth);
    return std::max(std::clamp(baseColumnWidth * layout.roomZoom, minColumnWidth, maxColumnWidth), fit);
}

void TimetableScene::show(const ScheduleSnapshot &snapshot, QDate day, const QList<Conflict> &conflicts,
                          const Layout &layout)
{
    const SessionId selected = selectedSession();
    clear();
    m_blocks.clear();
    m_dropPreview = QRectF();
    m_event = snapshot.event;
    m_day = day;
    m_snap = std::max(1, layout.snapMinutes);
    m_minutePx = 2.4 * layout.zoom;
    m_rooms.clear();
    for (const Room &room : snapshot.rooms)
        if (!layout.shownRooms || layout.shownRooms->contains(room.id))
            m_rooms << room;
    m_roomCount = int(snapshot.rooms.size());
    m_columnWidth = columnWidthFor(layout, int(m_rooms.size()));
    m_columnOfRoom.clear();
    for (int i = 0; i < m_rooms.size(); ++i)
        m_columnOfRoom.insert(m_rooms[i].id, i);

    // The programme day's sessions: a 00:55 talk after an evening programme is on that evening's grid.
    const ProgrammeDays programmeDays = snapshot.programmeDays();
    QList<const Session *> today;
    for (const Session &s : snapshot.sessions)
        if (s.isScheduled() && programmeDays.dayOf(s.start) == day && m_columnOfRoom.contains(*s.roomId))
            today << &s;
    computeHours(today);
    m_origin = m_event.fromLocal(day, QTime(m_firstHour, 0));
    setSceneRect(0, 0, std::max(1, columnCount()) * m_columnWidth, (m_lastHour - m_firstHour) * 60 * m_minutePx);

    QHash<SessionId, QList<const Conflict *>> problems;
    for (const Conflict &c : conflicts)
        for (const ConflictSession &s : c.sessions)
            problems[s.id] << &c;
    const auto people = snapshot.rolesBySession();
    const auto lanesOf = lanes(today);
    QHash<TrackId, const Track *> tracks;
    for (const Track &t : snapshot.tracks)
        tracks.insert(t.id, &t);
    for (const Session *s : std::as_const(today)) {
        SessionBlockItem::Content content;
        content.session = *s;
        content.column = m_columnOfRoom.value(*s->roomId);
        std::tie(content.lane, content.lanes) = lanesOf.value(s->id, {0, 1});
        content.speakers = joinedNames(people.value(s->id));
        const Track *track = s->trackId ? tracks.value(*s->trackId) : nullptr;
        content.trackName = track ? track->name : QString();
        content.colour = track ? track->color : QColor(0x9a, 0xa3, 0xad);
        content.pinned = snapshot.rules.sessions.value(s->id).pinned.has_value();
        content.onlyWarnings = true;
        for (const Conflict *c : problems.value(s->id)) {
            content.problems << c->message;
            content.onlyWarnings = content.onlyWarnings && c->severity == ConflictSeverity::Warning;
        }
        auto *item = new SessionBlockItem(this, content);
        addItem(item);
        m_blocks.insert(s->id, item);
    }
    if (SessionBlockItem *item = m_blocks.value(selected))
        item->setSelected(true);
}

void TimetableScene::computeHours(const QList<const Session *> &sessions)
{
    m_firstHour = 8;
    m_lastHour = 19;
    // Hours from the day's midnight: past 24 for the night after (the ruler shows them as 00:55...).
    const QDateTime midnight = m_event.fromLocal(m_day, QTime(0, 0));
    for (const Session *s : sessions) {
        const qint64 startMinutes = midnight.secsTo(s->start) / 60;
        const qint64 endMinutes = midnight.secsTo(s->end()) / 60;
        m_firstHour = std::clamp(int(startMinutes / 60), 0, m_firstHour);
        m_lastHour = std::clamp(int((endMinutes + 59) / 60), m_lastHour, 48);
    }
}

QHash<SessionId, std::pair<int, int>> TimetableScene::lanes(const QList<const Session *> &sessions)
{
    QHash<RoomId, QList<const Session *>> byRoom;
    for (const Session *s : sessions)
        byRoom[*s->roomId] << s;
    QHash<SessionId, std::pair<int, int>> result;
    for (QList<const Session *> &room : byRoom) {
        std::sort(room.begin(), room.end(), [](const Session *a, const Session *b) {
            return a->start != b->start ? a->start < b->start : a->durationMinutes > b->durationMinutes;
        });
        // Groups of sessions that overlap one another, directly or through a third;
        // each session takes the first lane free at its start.
        QList<SessionId> group;
        QList<QDateTime> laneEnds;
        QDateTime groupEnd;
        auto closeGroup = [&] {
            for (SessionId id : std::as_const(group))
                result[id].second = int(laneEnds.size());
            group.clear();
            laneEnds.clear();
        };
        for (const Session *s : std::as_const(room)) {
            if (!group.isEmpty() && s->start >= groupEnd)
                closeGroup();
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > s->start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds << s->end();
            else
                laneEnds[lane] = s->end();
            groupEnd = group.isEmpty() ? s->end() : std::max(groupEnd, s->end());
            group << s->id;
            result.insert(s->id, {lane, 1});
        }
        closeGroup();
    }
    return result;
}

int TimetableScene::columnAt(double x) const
{
    return std::clamp(int(std::floor(x / m_columnWidth)), 0, std::max(0, columnCount() - 1));
}

double TimetableScene::yOf(const QDateTime &utc) const
{
    return m_origin.secsTo(utc) / 60.0 * m_minutePx;
}

QDateTime TimetableScene::snappedTimeAt(double y) const
{
    const double minutes = std::clamp(y / m_minutePx, 0.0, (m_lastHour - m_firstHour) * 60.0);
    const qint64 snapped = qint64(std::round(minutes / m_snap)) * m_snap;
    return m_origin.addSecs(snapped * 60);
}

QRectF TimetableScene::blockRect(int column, const QDateTime &start, int minutes, int lane, int lanes) const
{
    lanes = std::max(1, lanes);
    const double laneWidth = (m_columnWidth - 4) / lanes;
    const double gap = lanes > 1 ? 2 : 0;
    return QRectF(xOf(column) + 2 + lane * laneWidth, yOf(start), laneWidth - gap, std::max(6.0, minutes * m_minutePx - 1));
}

SessionId TimetableScene::selectedSession() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *block = dynamic_cast<SessionBlockItem *>(item))
            return block->sessionId();
    return 0;
}

void TimetableScene::selectSession(SessionId id)
{
    clearSelection();
    if (SessionBlockItem *item = m_blocks.value(id))
        item->setSelected(true);
}

void TimetableScene::nudgeSelected(int columns, int steps)
{
    const SessionBlockItem *item = m_blocks.value(selectedSession());
    if (!item || !m_editable)
        return;
    const int column = std::clamp(item->shownColumn() + columns, 0, columnCount() - 1);
    const QDateTime start = item->shownStart().addSecs(qint64(steps) * m_snap * 60);
    if (column != item->shownColumn() || start != item->shownStart())
        emit moveRequested(item->sessionId(), m_rooms[column].id, start);
}

void TimetableScene::setDropPreview(const QRectF &rect)
{
    const QRectF old = m_dropPreview;
    m_dropPreview = rect;
    update(old.united(rect).adjusted(-3, -3, 3, 3));
}

void TimetableScene::blockMoved(SessionId id, int column, const QDateTime &start)
{
    if (m_editable && column >= 0 && column < columnCount())
        emit moveRequested(id, m_rooms[column].id, start);
}

void TimetableScene::blockResized(SessionId id, int minutes)
{
    if (m_editable)
        emit durationRequested(id, minutes);
}

void TimetableScene::blockReleasedOutside(SessionId id, const QPoint &globalPos)
{
    if (m_editable)
        emit releasedOutside(id, globalPos);
}

void TimetableScene::blockDoubleClicked(SessionId id)
{
    emit editRequested(id);
}

void TimetableScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, background);
    const QRectF area = sceneRect();
    const double hourPx = 60 * m_minutePx;
    // Every other hour slightly darker, so times can be read across 60 columns.
    for (int h = 0; h < m_lastHour - m_firstHour; h += 2)
        painter->fillRect(QRectF(area.left(), h * hourPx, area.width(), hourPx).intersected(rect), alternateHour);
    const int firstLine = std::max(0, int(rect.top() / (hourPx / 2)));
    const int lastLine = int(rect.bottom() / (hourPx / 2)) + 1;
    for (int i = firstLine; i <= lastLine; ++i) {
        painter->setPen(QPen(i % 2 == 0 ? hourLine : halfHourLine, 0));
        const double y = i * hourPx / 2;
        painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
    }
    painter->setPen(QPen(columnLine, 0));
    for (int c = std::max(0, columnAt(rect.left())); c <= columnCount(); ++c) {
        const double x = xOf(c);
        if (x > rect.right())
            break;
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
}

void TimetableScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (m_dropPreview.isEmpty() || !m_dropPreview.intersects(rect))
        return;
    painter->setPen(QPen(QColor(0x1a, 0x5f, 0xb4), 2, Qt::DashLine));
    painter->setBrush(QColor(0x1a, 0x5f, 0xb4, 40));
    painter->drawRoundedRect(m_dropPreview, 4, 4);
}
