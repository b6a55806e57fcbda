#include "print/TimetableRenderer.h"

#include "print/PageCanvas.h"
#include "print/PrintedName.h"

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

struct TimetableRenderer::Geometry
{
    qreal s = 1;            // sizes are for A4 landscape
    QRectF area;            // inside the margins
    qreal timeWidth = 0;    // the time axis on the left
    qreal gridWidth = 0;    // the room columns
    qreal headingHeight = 0;
    qreal legendHeight = 0; // legend and footer under the grid
    qreal footerPoints = 0;
    qreal textPoints = 0;   // time labels and legend
};

TimetableRenderer::Geometry TimetableRenderer::geometry(const PageCanvas &canvas) const
{
    Geometry g;
    const QSizeF page = canvas.pageSize();
    g.s = qBound(0.8, page.width() / 842.0, 1.5);
    const qreal margin = 10 * PageCanvas::pointsPerMm;
    g.area = QRectF(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
    g.timeWidth = 38 * g.s;
    g.gridWidth = g.area.width() - g.timeWidth;
    g.headingHeight = canvas.metrics(canvas.font(15 * g.s, QFont::Bold)).height() + 8 * g.s;
    g.textPoints = qMax(minimumPoints, 8 * g.s);
    g.footerPoints = qMax(minimumPoints, 7.5 * g.s);
    g.legendHeight = canvas.metrics(canvas.font(g.textPoints)).height() + 6 + canvas.metrics(canvas.font(g.footerPoints)).height() + 4;
    return g;
}

namespace {
// Titles are set at this size or smaller, never below the minimum: a column holds about nine
// times its title size (some 15 letters a line).
constexpr qreal columnPerPoint = 9;
constexpr qreal preferredTitle = 8;

qreal titlePoints(qreal columnWidth, qreal s)
{
    return qBound(TimetableRenderer::minimumPoints, columnWidth / columnPerPoint, preferredTitle * s);
}
qreal roomPoints(qreal columnWidth, qreal s)
{
    return qBound(TimetableRenderer::minimumPoints, columnWidth / 8, 10 * s);
}
} // namespace

QList<TimetablePage> TimetableRenderer::pages(const PageCanvas &canvas) const
{
    const Geometry g = geometry(canvas);
    // As many rooms as keep their titles at the preferred size (8 pt), unless told.
    const int roomsPerPage = options().roomsPerPage > 0 ? options().roomsPerPage
                                                        : qMax(1, int(g.gridWidth / (columnPerPoint * preferredTitle)));
    QList<TimetablePage> out;
    for (QDate day : data().programmeDays()) {
        const QList<Session> sessions = data().programmeOn(day);
        QSet<RoomId> used;
        for (const Session &session : sessions)
            used.insert(*session.roomId);
        const qreal column = g.gridWidth / TimetablePages::columns(int(used.size()), roomsPerPage);
        // Blocks shrink their type down to the minimum before the day's hours are split.
        const qreal title = canvas.metrics(canvas.font(minimumPoints, QFont::Bold)).height();
        const qreal header = 3 * canvas.metrics(canvas.font(roomPoints(column, g.s), QFont::Bold)).height() + 6;
        TimetablePages::Limits limits;
        limits.roomsPerPage = roomsPerPage;
        limits.gridHeight = g.area.height() - g.headingHeight - header - g.legendHeight;
        limits.minimumBlock = title + 2; // the block's inset, then the line
        out << TimetablePages::plan(day, data().event.dayStartUtc(day), sessions, data().rooms, limits);
    }
    return out;
}

Status TimetableRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<TimetablePage> list = pages(canvas);
    if (list.isEmpty())
        return Status::failure(tr("The programme has no scheduled session yet: there is nothing to print."));
    const Geometry g = geometry(canvas);
    for (int i = 0; i < list.size(); ++i) {
        if (canvas.full())
            break;
        if (!step(progress, i, int(list.size())))
            return Status::failure(cancelledMessage());
        canvas.beginPage();
        drawPage(canvas, list.at(i), g);
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}

QString TimetableRenderer::footerText(const TimetablePage &page) const
{
    QStringList names;
    for (const Room &room : page.rooms)
        names << room.name;
    QString text = page.rooms.size() == page.dayRooms
        ? tr("Rooms: %1").arg(names.join(QStringLiteral(", ")))
        : tr("Rooms %1–%2 of %3: %4")
              .arg(page.firstRoom + 1)
              .arg(page.firstRoom + page.rooms.size())
              .arg(page.dayRooms)
              .arg(names.join(QStringLiteral(", ")));
    return text;
}

void TimetableRenderer::drawPage(PageCanvas &canvas, const TimetablePage &page, const Geometry &g) const
{
    const QRectF &area = g.area;
    const qreal s = g.s;
    QPainter &p = canvas.painter();
    const QDateTime dayStart = data().event.dayStartUtc(page.day);
    auto clock = [&](qint64 minute) {
        return data().event.toLocal(dayStart.addSecs(minute * 60)).toString(QStringLiteral("HH:mm"));
    };

    // Title: the event and the day (and the hours, when the day goes on over pages).
    QString when = data().longDate(page.day);
    if (page.hoursSplit)
        when += QStringLiteral(" · ") + clock(page.fromMinute) + QChar(0x2013) + clock(page.toMinute);
    const TextBlock title = TextBlock::line(canvas, data().event.name, canvas.font(15 * s, QFont::Bold), area.width() * 0.55);
    const TextBlock date = TextBlock::line(canvas, when, canvas.font(13 * s, QFont::DemiBold), area.width() * 0.43);
    p.setPen(QColor(0x1a, 0x2b, 0x3c));
    title.draw(p, area.topLeft(), area.width());
    date.draw(p, area.topLeft(), area.width(), Qt::AlignRight);
    const qreal gridTop = area.top() + g.headingHeight;

    const qreal columnWidth = g.gridWidth / page.columns;
    const QFont roomFont = canvas.font(roomPoints(columnWidth, s), QFont::Bold);
    QList<TextBlock> roomNames;
    qreal headerHeight = 0;
    for (const Room &room : page.rooms) {
        roomNames << TextBlock::wrap(canvas, room.name, roomFont, columnWidth - 6, 3);
        headerHeight = qMax(headerHeight, roomNames.last().height());
    }
    headerHeight += 6;

    // Legend and footer under the grid.
    const TextBlock footer = TextBlock::line(canvas, footerText(page), canvas.font(g.footerPoints), area.width());
    p.setPen(QColor(0x55, 0x55, 0x55));
    footer.draw(p, QPointF(area.left(), area.bottom() - footer.height()), area.width());
    const QRectF legendArea(area.left(), area.top(), area.width(), area.height() - footer.height() - 4);
    drawLegend(canvas, page.sessions, legendArea, g.textPoints);

    const QRectF body(area.left() + g.timeWidth, gridTop + headerHeight, g.gridWidth,
                      area.bottom() - g.legendHeight - gridTop - headerHeight);
    const qint64 startMin = page.fromMinute, endMin = page.toMinute;
    const qreal perMinute = body.height() / qreal(qMax<qint64>(30, endMin - startMin));
    auto yOf = [&](const QDateTime &t) { return body.top() + (dayStart.secsTo(t) / 60.0 - startMin) * perMinute; };

    // Room names across the top.
    p.fillRect(QRectF(body.left(), gridTop, body.width(), headerHeight), QColor(0xe8, 0xec, 0xf1));
    p.setPen(ink);
    for (int c = 0; c < roomNames.size(); ++c)
        roomNames.at(c).draw(p, QPointF(body.left() + c * columnWidth + 3, gridTop + (headerHeight - roomNames.at(c).height()) / 2),
                             columnWidth - 6, Qt::AlignHCenter);

    // Half-hour lines, labelled on the left (on every page); labels thin out when rows are short.
    const QFont timeFont = canvas.font(g.textPoints);
    const qreal labelHeight = canvas.metrics(timeFont).height();
    const int labelEvery = 30 * qMax(1, int(std::ceil(labelHeight * 1.2 / (30 * perMinute))));
    for (qint64 m = startMin; m <= endMin; m += 30) {
        const qreal y = body.top() + (m - startMin) * perMinute;
        p.setPen(QPen(m % 60 == 0 ? gridColor.darker(115) : gridColor, m % 60 == 0 ? 0.6 : 0.3));
        p.drawLine(QPointF(area.left(), y), QPointF(body.right(), y));
        if ((m - startMin) % labelEvery == 0 && m < endMin) {
            p.setPen(ink);
            TextBlock::line(canvas, clock(m), timeFont, g.timeWidth - 4).draw(p, QPointF(area.left(), y + 1), g.timeWidth - 4);
        }
    }
    p.setPen(QPen(gridColor, 0.5));
    for (int c = 0; c <= page.rooms.size(); ++c)
        p.drawLine(QPointF(body.left() + c * columnWidth, gridTop), QPointF(body.left() + c * columnWidth, body.bottom()));

    // The sessions; one that runs over from the previous part of the day starts at the top.
    const qreal blockFont = titlePoints(columnWidth, s);
    for (int c = 0; c < page.rooms.size(); ++c) {
        QList<Session> inRoom;
        for (const Session &session : page.sessions)
            if (*session.roomId == page.rooms.at(c).id)
                inRoom << session;
        const QHash<SessionId, Lane> laneOf = lanes(inRoom);
        for (const Session &session : inRoom) {
            const Lane lane = laneOf.value(session.id);
            const qreal laneWidth = columnWidth / lane.count;
            const qreal top = qMax(yOf(session.start), body.top());
            const qreal bottom = qMin(yOf(session.end()), body.bottom());
            const QRectF rect(body.left() + c * columnWidth + lane.index * laneWidth, top, laneWidth, qMax(bottom - top, 0.0));
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

    // Padding gives way first: a short block still holds a line at the minimum size.
    const qreal shortestLine = canvas.metrics(canvas.font(minimumPoints, QFont::Bold)).height();
    const qreal pad = qBound(0.0, (rect.height() - shortestLine) / 2, 1.5);
    const QRectF inner = rect.adjusted(strip + pad, pad, -pad, -pad);
    QStringList names;
    for (const SessionRole &role : data().rolesOf(session.id))
        if (const Person *person = data().person(role.personId))
            names << PrintedName::of(*person).oneLine();

    // The largest size (down to the minimum) at which the time and the whole title fit;
    // a short block puts the start time before the title on the same line.
    TextBlock time, title;
    qreal chosen = fontSize;
    auto fits = [&](qreal size, bool ownLine) {
        chosen = size;
        const QFont titleFont = canvas.font(size, QFont::Bold);
        const qreal titleLine = canvas.metrics(titleFont).height();
        time = ownLine ? TextBlock::line(canvas, data().timeRange(session), canvas.font(qMax(minimumPoints, size * 0.9)), inner.width())
                       : TextBlock();
        if (time.height() + titleLine > inner.height() + 0.01)
            return false;
        const QString text = ownLine ? session.title
                                     : data().event.toLocal(session.start).toString(QStringLiteral("HH:mm")) + QStringLiteral("  ") + session.title;
        const int lines = qMax(1, int((inner.height() - time.height() + 0.01) / titleLine));
        title = TextBlock::wrap(canvas, text, titleFont, inner.width(), lines);
        return !title.elided;
    };
    bool done = false;
    for (qreal size = fontSize; size >= minimumPoints - 0.001 && !done; size -= 0.5)
        done = fits(size, true) || fits(size, false);
    if (!done)
        fits(minimumPoints, false); // the smallest size, shortened with an ellipsis
    qreal y = inner.top();
    p.setPen(QColor(0x33, 0x33, 0x33));
    time.draw(p, QPointF(inner.left(), y), inner.width());
    y += time.height();
    p.setPen(ink);
    title.draw(p, QPointF(inner.left(), y), inner.width());
    y += title.height();
    if (!names.isEmpty()) {
        const QFont nameFont = canvas.font(qMax(minimumPoints, chosen * 0.85), QFont::Normal, true);
        const int lines = qMin(2, int((inner.bottom() - y + 0.01) / canvas.metrics(nameFont).height()));
        if (lines > 0) {
            p.setPen(QColor(0x33, 0x33, 0x33));
            TextBlock::wrap(canvas, names.join(QStringLiteral(", ")), nameFont, inner.width(), lines).draw(p, QPointF(inner.left(), y), inner.width());
        }
    }
    p.restore();
}

qreal TimetableRenderer::drawLegend(PageCanvas &canvas, const QList<Session> &sessions, const QRectF &area, qreal points) const
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
    const QFont font = canvas.font(points);
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
