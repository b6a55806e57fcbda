#include "print/BadgeRenderer.h"

#include "design/DesignPainter.h"
#include "design/DesignPlacement.h"
#include "design/DesignSubject.h"
#include "print/PageCanvas.h"
#include "print/QrCode.h"

#include <QCoreApplication>
#include <QPainter>

#include <cmath>
#include <set>

QPageLayout BadgeRenderer::pageLayout() const
{
    const QSizeF page = sheet().page;
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

Design BadgeRenderer::design() const
{
    if (options().design)
        return *options().design;
    return Design::standardBadge(options().labelSheet.label);
}

LabelSheet BadgeRenderer::sheet() const
{
    return DesignPlacement::sheetFor(options().labelSheet, design());
}

void BadgeRenderer::beginPage(PageCanvas &canvas, const LabelSheet &sheet, bool cropMarks) const
{
    canvas.beginPage();
    QPainter &painter = canvas.painter();
    if (!options().calibration.isIdentity())
        painter.setWorldTransform(options().calibration.transform(), true);
    if (cropMarks)
        drawCropMarks(painter, sheet);
}

Status BadgeRenderer::render(PageCanvas &canvas, const PrintProgress &progress)
{
    const LabelSheet sheet = this->sheet();
    const Status valid = sheet.validate();
    if (!valid)
        return valid;
    const Design design = this->design();
    const Status designValid = design.validate();
    if (!designValid)
        return designValid;
    const QList<Participant> list = participants();
    if (list.isEmpty())
        return Status::failure(noParticipantsMessage());
    const DesignPainter painter(canvas, design, options().designImages);
    const DesignSubjects subjectsOf(data(), design);
    const bool duplex = design.sides == Design::Sides::DuplexLongEdge || design.sides == Design::Sides::DuplexShortEdge;
    const QSizeF page = sheet.pageSizePoints();
    const int perPage = sheet.perPage();
    const Status scannable = qrCodesScannable(design, sheet);
    if (!scannable)
        return scannable;

    const QRectF sideRect(QPointF(0, 0), design.size * PageCanvas::pointsPerMm);
    // One side of one participant's badge, through `place` (side -> page coordinates).
    auto paintSide = [&](const DesignSide &side, DesignSubject subject, const QTransform &place) {
        // A side set upright on the paper keeps the standard face inside the printer's reach.
        if (place.type() <= QTransform::TxTranslate)
            subject.keepClear = keepClear(place.mapRect(sideRect));
        QPainter &p = canvas.painter();
        p.save();
        p.setWorldTransform(place, true);
        const Status painted = painter.paint(p, side, subject);
        p.restore();
        return painted;
    };
    for (int first = 0; first < list.size(); first += perPage) {
        if (canvas.full())
            break;
        if (!step(progress, first, int(list.size())))
            return Status::failure(cancelledMessage());
        const int count = qMin(perPage, int(list.size()) - first);
        QList<DesignSubject> subjects;
        for (int i = 0; i < count; ++i) {
            const Participant &participant = list.at(first + i);
            DesignSubject subject = subjectsOf.of(participant);
            subject.standard = content(participant);
            subjects << subject;
        }
        beginPage(canvas, sheet, options().cropMarks);
        for (int i = 0; i < count; ++i) {
            const QTransform slot = DesignPlacement::intoSlot(design.printedSize(), sheet.labelRect(i));
            Status painted = paintSide(design.front, subjects.at(i), DesignPlacement::frontInPrinted(design) * slot);
            if (painted && !duplex && design.hasBack())
                painted = paintSide(design.back, subjects.at(i), DesignPlacement::backInPrinted(design) * slot);
            if (!painted)
                return painted;
        }
        if (!duplex)
            continue;
        // The backs, each behind its front once the sheet is turned over.
        beginPage(canvas, sheet, false);
        for (int i = 0; i < count; ++i) {
            const QRectF front = sheet.labelRect(i);
            const QRectF back = DesignPlacement::backSlot(design, front, page);
            const QTransform place = DesignPlacement::intoSlot(design.printedSize(), back) * DesignPlacement::backTurn(design, back, page);
            const Status painted = paintSide(design.back, subjects.at(i), place);
            if (!painted)
                return painted;
        }
    }
    step(progress, int(list.size()), int(list.size()));
    return Status();
}

Status BadgeRenderer::qrCodesScannable(const Design &design, const LabelSheet &sheet) const
{
    // A design shrunk to fit smaller labels shrinks its QR codes too.
    const QTransform place = DesignPlacement::intoSlot(design.printedSize(), sheet.labelRect(0));
    const qreal scale = std::sqrt(qAbs(place.determinant()));
    for (const DesignSide *side : {&design.front, &design.back}) {
        if (side == &design.back && !design.hasBack())
            break;
        for (const DesignElement &e : side->elements) {
            const qreal printed = qMin(e.box.width(), e.box.height()) * scale;
            if (e.type == DesignElement::Type::QrCode && printed < Design::minQrMm - 0.01)
                return Status::failure(QCoreApplication::translate("BadgeRenderer",
                                                                   "The design “%1” (%2 x %3 mm) shrinks to %4% on %5: its QR code would be "
                                                                   "%6 mm, too small for scanners at the door (at least %7 mm). Choose "
                                                                   "labels the design fits, or a design made for these.")
                                           .arg(design.name)
                                           .arg(design.size.width())
                                           .arg(design.size.height())
                                           .arg(qRound(scale * 100))
                                           .arg(sheet.name)
                                           .arg(printed, 0, 'f', 1)
                                           .arg(Design::minQrMm));
        }
    }
    return Status();
}

QMarginsF BadgeRenderer::keepClear(const QRectF &slot) const
{
    // Office printers leave 4-5 mm at the paper's edge unprinted: a label on the edge keeps its ink inside.
    const qreal edge = PrintOptions::printableMarginMm * PageCanvas::pointsPerMm;
    const QSizeF page = sheet().pageSizePoints();
    return QMarginsF(qMax(0.0, edge - slot.left()), qMax(0.0, edge - slot.top()), qMax(0.0, slot.right() - (page.width() - edge)),
                     qMax(0.0, slot.bottom() - (page.height() - edge)));
}

void BadgeRenderer::drawCropMarks(QPainter &painter, const LabelSheet &sheet) const
{
    // Short lines on the cutting lines, outside the labels where there is room,
    // otherwise on the paper's edge (where a cut runs through anyway).
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
