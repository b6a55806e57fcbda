#include "print/ProgrammeRenderer.h"

#include "print/IndexName.h"
#include "print/PageCanvas.h"
#include "print/PageFlow.h"
#include "print/PrintedName.h"

#include <QCollator>
#include <QCoreApplication>
#include <QPainter>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProgrammeRenderer", text);
}
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5a, 0x60, 0x6a);
const QColor accent(0x1a, 0x2b, 0x3c);
} // namespace

qreal ProgrammeRenderer::scale(const PageCanvas &canvas) const
{
    // Sizes are for A4; A5 gets a little smaller type, A3 a little larger.
    return qBound(0.8, canvas.pageSize().width() / 595.0, 1.25);
}

Status ProgrammeRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const QList<Session> sessions = data().programme();
    if (sessions.isEmpty())
        return Status::failure(tr("The programme has no scheduled session yet: there is nothing to print."));
    m_scale = scale(canvas);
    m_pagesOf.clear();
    canvas.beginPage();
    drawCover(canvas);

    // Every page names its day at the top (and the index, its own), so that a page torn out still says when.
    QString runningHead;
    const auto pageFooter = footer(tr("Programme"), 2);
    PageFlow flow(canvas, contentArea(canvas), [&](PageCanvas &c, int page) {
        pageFooter(c, page);
        drawRunningHead(c, runningHead);
    });
    const int total = int(sessions.size());
    QDate day;
    for (int i = 0; i < total; ++i) {
        if (canvas.full())
            break;
        if (i % 20 == 0 && !step(progress, i, total))
            return Status::failure(cancelledMessage());
        const Session &session = sessions.at(i);
        const QDate sessionDay = data().localDay(session);
        if (sessionDay != day) {
            day = sessionDay;
            runningHead = data().longDate(day);
            // Each day starts on a fresh page.
            flow.newPage();
            heading(flow, data().longDate(day), 16 * m_scale, 60);
        }
        drawSession(flow, session);
    }
    if (!canvas.full()) {
        runningHead = tr("Index of speakers");
        flow.newPage();
        drawIndex(flow);
    }
    step(progress, total, total);
    return Status();
}

void ProgrammeRenderer::drawRunningHead(PageCanvas &canvas, const QString &text) const
{
    if (text.isEmpty())
        return;
    const QRectF area = contentArea(canvas);
    const TextBlock head = TextBlock::line(canvas, text, canvas.font(8 * m_scale, QFont::DemiBold), area.width());
    const qreal y = area.top() - head.height() - 6;
    QPainter &p = canvas.painter();
    p.setPen(muted);
    head.draw(p, QPointF(area.left(), y), area.width(), Qt::AlignRight);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    p.drawLine(QPointF(area.left(), y + head.height() + 2), QPointF(area.right(), y + head.height() + 2));
}

void ProgrammeRenderer::drawCover(PageCanvas &canvas) const
{
    const Event &e = data().event;
    const QSizeF page = canvas.pageSize();
    const qreal margin = page.width() * 0.12;
    const qreal width = page.width() - 2 * margin;
    QPainter &p = canvas.painter();
    p.fillRect(colourBand(canvas, page.height() * 0.035), QColor(0x1f, 0x5f, 0x99));
    qreal y = page.height() * 0.22;
    auto put = [&](const QString &text, qreal size, QFont::Weight weight, const QColor &color, qreal after, bool italic = false) {
        if (text.trimmed().isEmpty())
            return;
        const TextBlock block = TextBlock::wrap(canvas, text, canvas.font(size * m_scale, weight, italic), width, 5);
        p.setPen(color);
        block.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
        y += block.height() + after * m_scale;
    };
    put(e.name, 28, QFont::Bold, accent, 14);
    put(e.subtitle, 14, QFont::Normal, muted, 30, true);
    put(data().eventDates(), 16, QFont::DemiBold, ink, 8);
    put(e.venueName, 13, QFont::Normal, ink, 2);
    put(e.venueAddress, 11, QFont::Normal, muted, 30);
    if (!e.organiser.trimmed().isEmpty())
        put(tr("Organised by %1").arg(e.organiser), 11, QFont::Normal, ink, 20);
    const qreal bottom = page.height() - margin;
    if (!e.description.trimmed().isEmpty() && bottom - y > 60) {
        const QFont font = canvas.font(9.5 * m_scale);
        const int lines = int((bottom - y) / canvas.metrics(font).height());
        const TextBlock block = TextBlock::wrap(canvas, e.description, font, width, qMin(lines, 12));
        p.setPen(muted);
        block.draw(p, QPointF(margin, y), width, Qt::AlignHCenter);
    }
}

TextBlock ProgrammeRenderer::roomBlock(const PageCanvas &canvas, const QString &name, qreal width) const
{
    // Room names break between words: the type gets a little smaller until the longest word
    // fits; a word longer still breaks with a hyphen.
    TextBlock block;
    for (qreal size = 8 * m_scale; size >= 6.5 * m_scale - 0.001; size -= 0.5) {
        block = TextBlock::wrapHyphenated(canvas, name, canvas.font(size), width, 3);
        bool wholeWords = true;
        for (const QString &line : block.lines)
            wholeWords &= !line.endsWith(QLatin1Char('-')) || name.contains(line);
        if (wholeWords && !block.elided)
            break;
    }
    return block;
}

void ProgrammeRenderer::drawSession(PageFlow &flow, const Session &session)
{
    PageCanvas &canvas = flow.canvas();
    const qreal s = m_scale;
    const qreal timeWidth = 74 * s;
    const qreal barWidth = 3.5 * s;
    const qreal textX = flow.left() + timeWidth + barWidth + 8 * s;
    const qreal textWidth = flow.left() + flow.width() - textX;
    const Track *track = data().track(session.trackId);
    const Room *room = data().room(session.roomId);

    // The head stays together on one page: time and room, type and track, title, speakers.
    const TextBlock time = TextBlock::line(canvas, data().timeRange(session), canvas.font(9.5 * s, QFont::Bold), timeWidth);
    const TextBlock roomName = roomBlock(canvas, room ? room->name : QString(), timeWidth - 4);
    QStringList kind{toLabel(session.type)};
    if (track)
        kind << track->name;
    if (session.recordingOptOut) // the speakers' wish, for the video team and the audience
        kind << tr("not recorded");
    const TextBlock kindLine = TextBlock::line(canvas, kind.join(QStringLiteral(" · ")).toUpper(), canvas.font(7 * s, QFont::DemiBold), textWidth);
    const TextBlock title = TextBlock::wrap(canvas, session.title, canvas.font(11.5 * s, QFont::Bold), textWidth, 6);
    const TextBlock subtitle = TextBlock::wrap(canvas, session.subtitle, canvas.font(9.5 * s, QFont::Normal, true), textWidth, 3);
    QList<TextBlock> speakers;
    const QList<SessionRole> roles = data().rolesOf(session.id);
    for (const SessionRole &role : roles) {
        const Person *person = data().person(role.personId);
        if (!person)
            continue;
        QString line = PrintedName::of(*person).withHonorific();
        if (!person->organisation.trimmed().isEmpty())
            line += QStringLiteral(", ") + person->organisation.trimmed();
        if (role.role != Role::Speaker)
            line += QStringLiteral(" (") + toLabel(role.role) + QLatin1Char(')');
        speakers << TextBlock::wrap(canvas, line, canvas.font(9 * s), textWidth, 2);
    }
    const TextBlock abstract = TextBlock::wrap(canvas, session.abstract, canvas.font(9 * s), textWidth);

    qreal headHeight = kindLine.height() + title.height() + subtitle.height() + 3 * s;
    for (const TextBlock &b : speakers)
        headHeight += b.height();
    const qreal leftHeight = time.height() + roomName.height();
    headHeight = qMax(headHeight, leftHeight);
    const qreal gapAfter = 12 * s;
    const qreal abstractStart = qMin(abstract.height(), 2 * abstract.lineHeight);
    flow.ensure(headHeight + (abstract.isEmpty() ? 0 : 4 * s + abstractStart));

    for (const SessionRole &role : roles)
        m_pagesOf[role.personId].insert(canvas.pageCount());

    QPainter &p = flow.painter();
    const qreal top = flow.y();
    p.setPen(ink);
    time.draw(p, QPointF(flow.left(), top), timeWidth);
    p.setPen(muted);
    roomName.draw(p, QPointF(flow.left(), top + time.height()), timeWidth);
    const QColor barColor = track ? track->color : QColor(0xbb, 0xbb, 0xbb);
    p.fillRect(QRectF(flow.left() + timeWidth, top + 1, barWidth, headHeight - 2), barColor);

    qreal y = top;
    p.setPen(track ? track->color.darker(140) : muted);
    kindLine.draw(p, QPointF(textX, y), textWidth);
    y += kindLine.height();
    p.setPen(ink);
    title.draw(p, QPointF(textX, y), textWidth);
    y += title.height();
    p.setPen(muted);
    subtitle.draw(p, QPointF(textX, y), textWidth);
    y += subtitle.height() + 3 * s;
    p.setPen(ink);
    for (const TextBlock &b : speakers) {
        b.draw(p, QPointF(textX, y), textWidth);
        y += b.height();
    }
    flow.advance(headHeight);
    if (!abstract.isEmpty()) {
        flow.advance(4 * s);
        p.setPen(QColor(0x33, 0x33, 0x33));
        flow.flow(abstract, textX, textWidth, [&] { flow.painter().setPen(QColor(0x33, 0x33, 0x33)); });
    }
    // A hairline between sessions, unless the page is about to end.
    if (flow.fits(gapAfter)) {
        const qreal lineY = flow.y() + gapAfter / 2;
        flow.painter().setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.5));
        flow.painter().drawLine(QPointF(textX, lineY), QPointF(flow.left() + flow.width(), lineY));
    }
    flow.advance(gapAfter);
}

void ProgrammeRenderer::drawIndex(PageFlow &flow) const
{
    PageCanvas &canvas = flow.canvas();
    heading(flow, tr("Index of speakers"), 16 * m_scale, 40);
    // Names as people wrote them, sorted from their first letter; entries that name nobody left out.
    QList<std::pair<IndexName, const Person *>> entries;
    for (auto it = m_pagesOf.cbegin(); it != m_pagesOf.cend(); ++it)
        if (const Person *person = data().person(it.key()); person && !IndexName::of(*person).isEmpty())
            entries.append({IndexName::of(*person), person});
    QCollator collator(data().locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(entries.begin(), entries.end(),
                     [&](const auto &a, const auto &b) { return collator.compare(a.first.sortKey, b.first.sortKey) < 0; });
    const QFont nameFont = canvas.font(9 * m_scale);
    const QFont pageFont = canvas.font(9 * m_scale, QFont::DemiBold);
    const qreal pagesWidth = 90 * m_scale;
    for (const auto &[indexName, personPtr] : entries) {
        const Person &person = *personPtr;
        QStringList pages;
        for (int page : m_pagesOf.value(person.id))
            pages << QString::number(page);
        QString name = indexName.shown;
        if (!person.title.trimmed().isEmpty())
            name += QStringLiteral(" (") + person.title.trimmed() + QLatin1Char(')');
        if (!person.organisation.trimmed().isEmpty())
            name += QStringLiteral(" — ") + person.organisation.trimmed();
        // Every page, over as many lines as they need.
        const TextBlock nameBlock = TextBlock::wrap(canvas, name, nameFont, flow.width() - pagesWidth - 8);
        const TextBlock pageBlock = TextBlock::wrap(canvas, pages.join(QStringLiteral(", ")), pageFont, pagesWidth);
        const qreal height = qMax(nameBlock.height(), pageBlock.height()) + 2;
        flow.ensure(height);
        QPainter &p = flow.painter();
        p.setPen(ink);
        nameBlock.draw(p, QPointF(flow.left(), flow.y()), flow.width());
        pageBlock.draw(p, QPointF(flow.left() + flow.width() - pagesWidth, flow.y()), pagesWidth, Qt::AlignRight);
        flow.advance(height);
    }
}
