#include "design/DesignPlacement.h"

#include "print/PageCanvas.h"

namespace {
constexpr qreal mm = PageCanvas::pointsPerMm;
constexpr qreal exact = 0.5 * mm; // a side within half a millimetre of its slot prints 1:1

bool sameSize(QSizeF a, QSizeF b)
{
    return qAbs(a.width() - b.width()) <= exact && qAbs(a.height() - b.height()) <= exact;
}

// The back page is turned over the page's long edge (long-edge duplex) or its short edge.
bool flipsOverVerticalEdge(const Design &design, QSizeF page)
{
    const bool portrait = page.height() >= page.width();
    const bool longEdge = design.sides == Design::Sides::DuplexLongEdge;
    return portrait == longEdge;
}
} // namespace

LabelSheet DesignPlacement::sheetFor(const LabelSheet &sheet, const Design &design)
{
    if (!sheet.continuous || design.size.isEmpty())
        return sheet;
    // The tape's width across; the design along it, 1:1 when it fits across, else turned when it
    // fits that way, else shrunk to the width, turned when that leaves it larger.
    const QSizeF printed = design.printedSize();
    const qreal across = sheet.label.width();
    qreal length = printed.height();
    if (printed.width() > across + 0.5) {
        const qreal straight = across / printed.width(), turned = across / printed.height();
        length = printed.height() <= across + 0.5 ? printed.width()
            : turned > straight * 1.05            ? printed.width() * turned
                                                  : printed.height() * straight;
    }
    LabelSheet cut = sheet;
    cut.label.setHeight(length);
    cut.page = cut.label;
    cut.pitchY = length;
    return cut;
}

QTransform DesignPlacement::intoSlot(QSizeF printedMm, const QRectF &slot)
{
    const QSizeF printed = printedMm * mm;
    QTransform t;
    if (sameSize(printed, slot.size())) {
        t.translate(slot.left(), slot.top());
        return t;
    }
    if (sameSize(printed.transposed(), slot.size())) {
        // A quarter turn clockwise: the design's top runs down the slot's right edge.
        t.translate(slot.right(), slot.top());
        t.rotate(90);
        return t;
    }
    // Shrunk (or grown) to fit, turned when that leaves it larger, centred.
    const qreal straight = qMin(slot.width() / printed.width(), slot.height() / printed.height());
    const qreal turned = qMin(slot.width() / printed.height(), slot.height() / printed.width());
    if (turned > straight * 1.05) {
        const QSizeF size(printed.height() * turned, printed.width() * turned);
        t.translate(slot.center().x() + size.width() / 2, slot.center().y() - size.height() / 2);
        t.rotate(90);
        t.scale(turned, turned);
        return t;
    }
    const QSizeF size = printed * straight;
    t.translate(slot.center().x() - size.width() / 2, slot.center().y() - size.height() / 2);
    t.scale(straight, straight);
    return t;
}

QTransform DesignPlacement::frontInPrinted(const Design &design)
{
    QTransform t;
    if (design.sides == Design::Sides::FoldTop)
        t.translate(0, design.size.height() * mm); // the front below the fold
    return t;
}

QTransform DesignPlacement::backInPrinted(const Design &design)
{
    QTransform t;
    const QSizeF side = design.size * mm;
    if (design.sides == Design::Sides::FoldTop) {
        // Above the fold, upside down: folded back, it hangs upright behind the front.
        t.translate(side.width(), side.height());
        t.rotate(180);
    } else if (design.sides == Design::Sides::FoldSide) {
        t.translate(side.width(), 0); // to the right, upright, like a greeting card
    }
    return t;
}

QRectF DesignPlacement::backSlot(const Design &design, const QRectF &slot, QSizeF page)
{
    if (flipsOverVerticalEdge(design, page))
        return QRectF(page.width() - slot.right(), slot.top(), slot.width(), slot.height());
    return QRectF(slot.left(), page.height() - slot.bottom(), slot.width(), slot.height());
}

QTransform DesignPlacement::backTurn(const Design &design, const QRectF &slot, QSizeF page)
{
    QTransform t;
    if (flipsOverVerticalEdge(design, page))
        return t;
    // Turned over the horizontal edge, the back comes out upside down from a badge's point of
    // view (badges turn round a vertical axis): print it turned half round within its slot.
    t.translate(slot.center().x(), slot.center().y());
    t.rotate(180);
    t.translate(-slot.center().x(), -slot.center().y());
    return t;
}
