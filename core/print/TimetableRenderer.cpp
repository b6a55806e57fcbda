#include "print/TimetableRenderer.h"

#include "print/PageCanvas.h"

#include <QCoreApplication>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TimetableRenderer", text);
}
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor gridColor(0xc8, 0xcc, 0xd2);
const QColor noTrack(0xb8, 0xbc, 0xc2);

QColor tint(const QColor &color, qreal amount)
{
    // Mixes the colour with white: a light fill keeps dark text readable.
    return QColor::fromRgbF(1 - (1 - color.redF()) * amount, 1 - (1 - color.greenF()) * amount, 1 - (1 - color.blueF()) * amount);
}

// Sessions overlapping in one room share its column side by side.
struct Lane
{
    int index = 0;
    int count = 1;
};

QHash<SessionId, Lane> lanes(const QList<Session> &roomSessions)
{
    QHash<SessionId, Lane> out;
    QList<QDateTime> laneEnds;
    QList<SessionId> cluster;
    QDateTime clusterEnd;
    auto closeCluster = [&] {
        for (SessionId id : cluster)
            out[id].count = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (const Session &s : roomSessions) {
        if (!cluster.isEmpty() && s.start >= clusterEnd)
            closeCluster();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > s.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(s.end());
        else
            laneEnds[lane] = s.end();
        out[s.id].index = lane;
        cluster << s.id;
        clusterEnd = cluster.size() == 1 ? s.end() : qMax(clusterEnd, s.end());
    }
    closeCluster();
    return out;
}
} // namespace

QPageLayout TimetableRenderer::pageLayout() const
{
    return layout(options().paper, QPageLayout::Landscape);
}

Status TimetableRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<QDate> days = data().programmeDays();
    if (days.isEmpty())
        return Status::failure(tr("The programme has no scheduled session yet: there is nothing to print."));
    for (int i = 0; i < days.size(); ++i) {
        if (canvas.full())
            break;
        if (!step(progress, i, int(days.size())))
            return Status::failure(cancelledMessage());
        canvas.beginPage();
        drawDay(canvas, days.at(i), data().programmeOn(days.at(i)));
    }
    step(progress, int(days.size()), int(days.size()));
    return Status();
}

void TimetableRenderer::drawDay(PageCanvas &canvas, QDate day, const QList<Session> &sessions) const
{
    const QSizeF page = canvas.pageSize();
    const qreal s = qBound(0.8, page.width() / 842.0, 1.5); // sizes are for A4 landscape
    const qreal margin = 10 * PageCanvas::pointsPerMm;
    const QRectF area(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
    QPainter &p = canvas.painter();

    // Title: the event and the day.
    const TextBlock title = TextBlock::line(canvas, data().event.name, canvas.font(15 * s, QFont::Bold), area.width() * 0.62);
    const TextBlock date = TextBlock::line(canvas, data().longDate(day), canvas.font(13 * s, QFont::DemiBold), area.width() * 0.36);
    p.setPen(QColor(0x1a, 0x2b, 0x3c));
    title.draw(p, area.topLeft(), area.width());
    date.draw(p, area.topLeft(), area.width(), Qt::AlignRight);
    const qreal gridTop = area.top() + title.height() + 8 * s;

    // Columns: the rooms in use that day, in timetable order.
    QList<Room> rooms;
    QSet<RoomId> used;
    for (const Session &session : sessions)
        used.insert(*session.roomId);
    for (const Room &room : data().rooms)
        if (used.contains(room.id))
            rooms << room;

    const qreal legendHeight = drawLegend(canvas, sessions, area);
    const qreal timeWidth = 38 * s;
    const qreal columnWidth = (area.width() - timeWidth) / qMax<qsizetype>(1, rooms.size());
    const QFont roomFont = canvas.font(qBound(6.0, 10 * s, columnWidth / 8), QFont::Bold);
    const qreal headerHeight = 2 * canvas.metrics(roomFont).height() + 6;
    const QRectF body(area.left() + timeWidth, gridTop + headerHeight, area.width() - timeWidth,
                      area.bottom() - legendHeight - gridTop - headerHeight);

    // Time runs from the first start to the last end, on half hours.
    QDateTime first = sessions.first().start, last = sessions.first().end();
    for (const Session &session : sessions) {
        first = qMin(first, session.start);
        last = qMax(last, session.end());
    }
    const QDateTime dayStart = data().event.dayStartUtc(day);
    const qint64 startMin = (dayStart.secsTo(first) / 60) / 30 * 30;
    const qint64 endMin = qMax(startMin + 30, ((dayStart.secsTo(last) / 60) + 29) / 30 * 30);
    const qreal perMinute = body.height() / qreal(endMin - startMin);
    auto yOf = [&](const QDateTime &t) { return body.top() + (dayStart.secsTo(t) / 60.0 - startMin) * perMinute; };

    // Room names across the top.
    p.fillRect(QRectF(body.left(), gridTop, body.width(), headerHeight), QColor(0xe8, 0xec, 0xf1));
    p.setPen(ink);
    for (int c = 0; c < rooms.size(); ++c) {
        const TextBlock name = TextBlock::wrap(canvas, rooms.at(c).name, roomFont, columnWidth - 6, 2);
        name.draw(p, QPointF(body.left() + c * columnWidth + 3, gridTop + (headerHeight - name.height()) / 2), columnWidth - 6,
                  Qt::AlignHCenter);
    }

    // Half-hour lines, labelled on the left; labels thin out when rows are short.
    const QFont timeFont = canvas.font(8 * s);
    const qreal labelHeight = canvas.metrics(timeFont).height();
    const int labelEvery = 30 * qMax(1, int(std::ceil(labelHeight * 1.2 / (30 * perMinute))));
    for (qint64 m = startMin; m <= endMin; m += 30) {
        const qreal y = body.top() + (m - startMin) * perMinute;
        p.setPen(QPen(m % 60 == 0 ? gridColor.darker(115) : gridColor, m % 60 == 0 ? 0.6 : 0.3));
        p.drawLine(QPointF(area.left(), y), QPointF(body.right(), y));
        if ((m - startMin) % labelEvery == 0 && m < endMin) {
            p.setPen(ink);
            const QString label = data().event.toLocal(dayStart.addSecs(m * 60)).toString(QStringLiteral("HH:mm"));
            TextBlock::line(canvas, label, timeFont, timeWidth - 4).draw(p, QPointF(area.left(), y + 1), timeWidth - 4);
        }
    }
    p.setPen(QPen(gridColor, 0.5));
    for (int c = 0; c <= rooms.size(); ++c)
        p.drawLine(QPointF(body.left() + c * columnWidth, gridTop), QPointF(body.left() + c * columnWidth, body.bottom()));

    // The sessions.
    const qreal blockFont = qBound(5.0, 8 * s, columnWidth / 9);
    for (int c = 0; c < rooms.size(); ++c) {
        QList<Session> inRoom;
        for (const Session &session : sessions)
            if (*session.roomId == rooms.at(c).id)
                inRoom << session;
        const QHash<SessionId, Lane> laneOf = lanes(inRoom);
        for (const Session &session : inRoom) {
            const Lane lane = laneOf.value(session.id);
            const qreal laneWidth = columnWidth / lane.count;
            const QRectF rect(body.left() + c * columnWidth + lane.index * laneWidth, yOf(session.start), laneWidth,
                              yOf(session.end()) - yOf(session.start));
            drawBlock(canvas, session, rect.adjusted(1, 0.75, -1, -0.75), blockFont);
        }
    }
}

void TimetableRenderer::drawBlock(PageCanvas &canvas, const Session &session, const QRectF &rect, qreal fontSize) const
{
    QPainter &p = canvas.painter();
    const Track *track = data().track(session.trackId);
    const QColor color = track ? track->color : noTrack;
    p.save();
    p.setClipRect(rect); // never outside the block, whatever happens below
    p.fillRect(rect, tint(color, 0.28));
    const qreal strip = qMin(3.0, rect.width() * 0.1);
    p.fillRect(QRectF(rect.left(), rect.top(), strip, rect.height()), color);
    p.setPen(QPen(color, 0.5));
    p.drawRect(rect);

    const qreal pad = qMin(3.0, rect.height() * 0.06);
    const QRectF inner = rect.adjusted(strip + pad, pad, -pad, -pad);
    qreal y = inner.top();
    const qreal bottom = inner.bottom() + 0.01;
    auto put = [&](const TextBlock &block, const QColor &pen) {
        if (block.isEmpty() || y + block.lineHeight > bottom)
            return;
        p.setPen(pen);
        for (int i = 0; i < block.lines.size() && y + block.lineHeight <= bottom; ++i, y += block.lineHeight)
            block.drawLine(p, i, inner.left(), y, inner.width());
    };
    // Short sessions get smaller type, so that every block shows at least its title.
    const qreal fullLine = canvas.metrics(canvas.font(fontSize, QFont::Bold)).height();
    if (inner.height() < fullLine)
        fontSize = qMax(4.0, fontSize * inner.height() / fullLine);
    const QFont timeFont = canvas.font(fontSize * 0.9);
    const QFont titleFont = canvas.font(fontSize, QFont::Bold);
    const qreal titleLine = canvas.metrics(titleFont).height();
    const qreal timeLine = canvas.metrics(timeFont).height();
    // The time first when there is room for it and a title line; then as many title lines as fit.
    const bool showTime = inner.height() >= timeLine + titleLine;
    if (showTime)
        put(TextBlock::line(canvas, data().timeRange(session), timeFont, inner.width()), QColor(0x33, 0x33, 0x33));
    const int titleLines = qMax(1, int((bottom - y) / titleLine));
    const TextBlock title = TextBlock::wrap(canvas, session.title, titleFont, inner.width(), titleLines);
    put(title, ink);
    QStringList names;
    for (const SessionRole &role : data().rolesOf(session.id))
        if (const Person *person = data().person(role.personId))
            names << person->fullName();
    if (!names.isEmpty()) {
        const QFont nameFont = canvas.font(fontSize * 0.85, QFont::Normal, true);
        const int lines = qMax(1, int((bottom - y) / canvas.metrics(nameFont).height()));
        put(TextBlock::wrap(canvas, names.join(QStringLiteral(", ")), nameFont, inner.width(), qMin(lines, 2)), QColor(0x33, 0x33, 0x33));
    }
    p.restore();
}

qreal TimetableRenderer::drawLegend(PageCanvas &canvas, const QList<Session> &sessions, const QRectF &area) const
{
    QList<const Track *> used;
    for (const Track &track : data().tracks)
        for (const Session &session : sessions)
            if (session.trackId && *session.trackId == track.id) {
                used << &track;
                break;
            }
    if (used.isEmpty())
        return 0;
    const QFont font = canvas.font(8);
    const qreal lineHeight = canvas.metrics(font).height();
    const qreal height = lineHeight + 8;
    QPainter &p = canvas.painter();
    qreal x = area.left();
    const qreal y = area.bottom() - lineHeight;
    for (const Track *track : used) {
        const TextBlock name = TextBlock::line(canvas, track->name, font, area.width() / 3);
        const qreal w = lineHeight + 4 + name.width(canvas) + 14;
        if (x + w > area.right())
            break;
        p.fillRect(QRectF(x, y + 1, lineHeight - 2, lineHeight - 2), tint(track->color, 0.28));
        p.fillRect(QRectF(x, y + 1, 3, lineHeight - 2), track->color);
        p.setPen(ink);
        name.draw(p, QPointF(x + lineHeight + 2, y), name.width(canvas) + 2);
        x += w;
    }
    return height;
}
