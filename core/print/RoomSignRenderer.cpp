#include "print/RoomSignRenderer.h"

#include "print/PageCanvas.h"
#include "print/PrintedName.h"

#include <QCoreApplication>
#include <QPainter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RoomSignRenderer", text);
}
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5a, 0x60, 0x6a);

struct Row
{
    TextBlock time;
    TextBlock title;
    TextBlock speakers;
    qreal height() const { return qMax(time.height(), title.height() + speakers.height()); }
};
} // namespace

Status RoomSignRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<QDate> days = data().programmeDays();
    QList<std::pair<const Room *, QDate>> signs;
    for (const Room &room : data().rooms)
        for (QDate day : days) {
            for (const Session &s : data().programmeOn(day))
                if (*s.roomId == room.id) {
                    signs.append({&room, day});
                    break;
                }
        }
    if (signs.isEmpty())
        return Status::failure(tr("No room has a scheduled session yet: there is no sign to print."));
    for (int i = 0; i < signs.size(); ++i) {
        if (canvas.full())
            break;
        if (!step(progress, i, int(signs.size())))
            return Status::failure(cancelledMessage());
        QList<Session> sessions;
        for (const Session &s : data().programmeOn(signs.at(i).second))
            if (*s.roomId == signs.at(i).first->id)
                sessions << s;
        // A room with more sessions than a page holds at a readable size continues on the next sign.
        for (qsizetype from = 0; from < sessions.size() && !canvas.full();) {
            canvas.beginPage();
            from += drawSign(canvas, *signs.at(i).first, signs.at(i).second, sessions.mid(from), from > 0);
        }
    }
    step(progress, int(signs.size()), int(signs.size()));
    return Status();
}

int RoomSignRenderer::drawSign(PageCanvas &canvas, const Room &room, QDate day, const QList<Session> &sessions, bool continued) const
{
    const QSizeF page = canvas.pageSize();
    const qreal s = qBound(0.75, page.width() / 595.0, 1.5);
    const qreal margin = 16 * PageCanvas::pointsPerMm * s;
    const qreal width = page.width() - 2 * margin;
    QPainter &p = canvas.painter();
    p.fillRect(colourBand(canvas, margin * 0.6), QColor(0x1f, 0x5f, 0x99));

    // The room's name as large as fits two lines.
    qreal y = margin + 4 * s;
    TextBlock name;
    for (qreal size = 64 * s; size >= 20 * s; size -= 2) {
        name = TextBlock::wrap(canvas, room.name, canvas.font(size, QFont::Bold), width, 2);
        if (!name.elided && name.height() <= page.height() * 0.25)
            break;
    }
    p.setPen(QColor(0x1a, 0x2b, 0x3c));
    name.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
    y += name.height() + 4 * s;
    const TextBlock location = TextBlock::wrap(canvas, room.location, canvas.font(13 * s), width, 2);
    p.setPen(muted);
    location.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
    y += location.height() + 10 * s;
    const QString when = continued ? tr("%1 (continued)").arg(data().longDate(day)) : data().longDate(day);
    const TextBlock date = TextBlock::line(canvas, when, canvas.font(16 * s, QFont::DemiBold), width);
    p.setPen(ink);
    date.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
    y += date.height() + 10 * s;
    p.setPen(QPen(QColor(0x1f, 0x5f, 0x99), 1.5));
    p.drawLine(QPointF(margin, y), QPointF(margin + width, y));
    y += 14 * s;

    // The sessions: the largest type with which all of them fit the page.
    const TextBlock footer = TextBlock::line(canvas, data().event.name, canvas.font(9 * s), width);
    const qreal bottom = page.height() - margin - footer.height() - 8;
    qreal timeWidth = 0;
    QList<Row> rows;
    qreal rowGap = 0;
    int shown = int(sessions.size());
    // Read from the corridor: below 12 points the sign continues on another page instead.
    for (qreal size = 18 * s; size >= 12 * s; size -= 1) {
        rows.clear();
        rowGap = size * 0.8;
        // The time column as wide as the widest time, plus a gap.
        timeWidth = canvas.metrics(canvas.font(size, QFont::Bold)).horizontalAdvance(QStringLiteral("00:00–00:00")) + size;
        qreal total = 0;
        for (const Session &session : sessions) {
            Row row;
            row.time = TextBlock::line(canvas, data().timeRange(session), canvas.font(size, QFont::Bold), timeWidth);
            row.title = TextBlock::wrap(canvas, session.title, canvas.font(size, QFont::DemiBold), width - timeWidth, 3);
            QStringList names;
            for (const SessionRole &role : data().rolesOf(session.id))
                if (const Person *person = data().person(role.personId))
                    names << PrintedName::of(*person).withHonorific();
            QStringList line{names.join(QStringLiteral(", "))};
            if (session.recordingOptOut) // the speakers' wish, for the video team at the door
                line << tr("not recorded");
            line.removeAll(QString());
            // Speakers a little smaller, never below 7 pt.
            row.speakers = TextBlock::wrap(canvas, line.join(QStringLiteral(" · ")), canvas.font(qMax(7.0, size * 0.8)), width - timeWidth, 2);
            total += row.height() + rowGap;
            rows << row;
        }
        if (y + total <= bottom)
            break;
    }
    // Still too many at the smallest size: as many as fit, and a note that the next sign goes on.
    const TextBlock more = TextBlock::line(canvas, tr("Continued on the next sign."), canvas.font(9, QFont::Normal, true), width);
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        const bool last = i == rows.size() - 1;
        if (i > 0 && y + row.height() + (last ? 0 : more.height()) > bottom) {
            shown = i;
            break;
        }
        p.setPen(ink);
        row.time.draw(p, QPointF(margin, y), timeWidth);
        row.title.draw(p, QPointF(margin + timeWidth, y), width - timeWidth);
        p.setPen(muted);
        row.speakers.draw(p, QPointF(margin + timeWidth, y + row.title.height()), width - timeWidth);
        y += row.height() + rowGap;
    }
    if (shown < sessions.size()) {
        p.setPen(muted);
        more.draw(p, QPointF(margin, y), width);
    }
    p.setPen(muted);
    footer.draw(p, QPointF(margin, page.height() - margin - footer.height()), width, Qt::AlignHCenter);
    return shown;
}
