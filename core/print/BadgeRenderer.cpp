#include "print/BadgeRenderer.h"

#include "print/PageCanvas.h"
#include "print/QrCode.h"

#include <QPainter>

#include <set>

QPageLayout BadgeRenderer::pageLayout() const
{
    const QSizeF page = options().labelSheet.page;
    const bool landscape = page.width() > page.height();
    const QSizeF portrait = landscape ? page.transposed() : page;
    return QPageLayout(QPageSize(portrait, QPageSize::Millimeter), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

QList<Participant> BadgeRenderer::participants() const
{
    return selectParticipants();
}

QColor BadgeRenderer::categoryColor(ParticipantCategory category)
{
    switch (category) {
    case ParticipantCategory::Attendee: return QColor(0x1f, 0x5f, 0x99);
    case ParticipantCategory::Speaker: return QColor(0xc0, 0x39, 0x2b);
    case ParticipantCategory::Staff: return QColor(0x1e, 0x84, 0x49);
    case ParticipantCategory::Press: return QColor(0xe6, 0x7e, 0x22);
    case ParticipantCategory::Vip: return QColor(0x6c, 0x3a, 0x8e);
    case ParticipantCategory::Organiser: return QColor(0x2c, 0x3e, 0x50);
    }
    return Qt::darkGray;
}

BadgeFace::Content BadgeRenderer::content(const Participant &participant) const
{
    BadgeFace::Content c;
    if (const Person *person = data().person(participant.personId)) {
        c.name = PrintedName::of(*person);
        c.position = person->position;
        c.organisation = person->organisation;
    }
    c.category = toLabel(participant.category);
    c.categoryColor = categoryColor(participant.category);
    c.eventName = data().event.name;
    c.eventDates = data().eventDates();
    c.code = participant.code;
    c.noPhotoMark = options().noPhotoMark && ConsentPolicy::showsNoPhotoMark(participant);
    return c;
}

Status BadgeRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const LabelSheet &sheet = options().labelSheet;
    const Status valid = sheet.validate();
    if (!valid)
        return valid;
    const QList<Participant> list = participants();
    if (list.isEmpty())
        return Status::failure(noParticipantsMessage());
    const int perPage = sheet.perPage();
    for (int i = 0; i < list.size(); ++i) {
        if (i % perPage == 0) {
            if (canvas.full())
                break;
            if (!step(progress, i, int(list.size())))
                return Status::failure(cancelledMessage());
            canvas.beginPage();
            if (options().cropMarks)
                drawCropMarks(canvas.painter());
        }
        const Participant &participant = list.at(i);
        const auto qr = QrCode::encode(participant.code);
        if (!qr)
            return Status::failure(qr.error());
        const QRectF slot = sheet.labelRect(i % perPage);
        QPainter &painter = canvas.painter();
        painter.save();
        painter.translate(slot.topLeft());
        BadgeFace::layout(canvas, content(participant), slot.size(), keepClear(slot)).draw(painter, qr.value());
        painter.restore();
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}

QMarginsF BadgeRenderer::keepClear(const QRectF &slot) const
{
    // Office printers leave 4-5 mm at the paper's edge unprinted: a label on the edge keeps its ink inside.
    const qreal edge = PrintOptions::printableMarginMm * PageCanvas::pointsPerMm;
    const QSizeF page = options().labelSheet.pageSizePoints();
    return QMarginsF(qMax(0.0, edge - slot.left()), qMax(0.0, edge - slot.top()), qMax(0.0, slot.right() - (page.width() - edge)),
                     qMax(0.0, slot.bottom() - (page.height() - edge)));
}

void BadgeRenderer::drawCropMarks(QPainter &painter) const
{
    // Short lines on the cutting lines, outside the labels where there is room,
    // otherwise on the paper's edge (where a cut runs through anyway).
    const LabelSheet &sheet = options().labelSheet;
    const QSizeF page = sheet.pageSizePoints();
    std::set<qreal> xs, ys;
    for (int i = 0; i < sheet.perPage(); ++i) {
        const QRectF r = sheet.labelRect(i);
        xs.insert(r.left()), xs.insert(r.right());
        ys.insert(r.top()), ys.insert(r.bottom());
    }
    const QRectF first = sheet.labelRect(0);
    const QRectF last = sheet.labelRect(sheet.perPage() - 1);
    const qreal length = 6 * PageCanvas::pointsPerMm;
    const qreal offset = 1.5 * PageCanvas::pointsPerMm;
    // The mark beyond `edge` towards the paper's edge at `limit` (below/right when `down`).
    auto span = [&](qreal edge, qreal limit, bool down) {
        // From the label edge outwards into the margin, or from the paper's edge inwards.
        const qreal room = down ? limit - edge : edge - limit;
        if (room >= offset + 2 * PageCanvas::pointsPerMm) {
            const qreal len = qMin(length, room - offset);
            return down ? std::pair<qreal, qreal>(edge + offset, edge + offset + len)
                        : std::pair<qreal, qreal>(edge - offset - len, edge - offset);
        }
        return down ? std::pair<qreal, qreal>(limit - length, limit) : std::pair<qreal, qreal>(limit, limit + length);
    };
    painter.save();
    painter.setPen(QPen(Qt::black, 0.4));
    for (qreal x : xs) {
        const auto topMark = span(first.top(), 0, false);
        const auto bottomMark = span(last.bottom(), page.height(), true);
        painter.drawLine(QPointF(x, topMark.first), QPointF(x, topMark.second));
        painter.drawLine(QPointF(x, bottomMark.first), QPointF(x, bottomMark.second));
    }
    for (qreal y : ys) {
        const auto leftMark = span(first.left(), 0, false);
        const auto rightMark = span(sheet.labelRect(sheet.columns - 1).right(), page.width(), true);
        painter.drawLine(QPointF(leftMark.first, y), QPointF(leftMark.second, y));
        painter.drawLine(QPointF(rightMark.first, y), QPointF(rightMark.second, y));
    }
    painter.restore();
}
