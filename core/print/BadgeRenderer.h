#pragma once

#include "design/Design.h"
#include "print/BadgeFace.h"
#include "print/DocumentRenderer.h"

// Badges: one per selected participant, sorted by last name, laid out on the
// label sheet of the options, with optional crop marks. What a badge shows is the
// options' design (Design), or Podium's standard badge; a design with a back side
// prints it folded on the same label or on the following page, duplex-ready.
class BadgeRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    QPageLayout pageLayout() const override;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

    // The badges' participants in print order (the GUI marks them printed afterwards).
    QList<Participant> participants() const;
    BadgeFace::Content content(const Participant &participant) const;
    static QColor categoryColor(ParticipantCategory category);
    // The design printed: the options' or the standard badge for the sheet's label.
    Design design() const;
    // The sheet as printed (continuous tape cut at the design's length).
    LabelSheet sheet() const;

private:
    // Room a label must leave along its edges to stay inside the printable area.
    QMarginsF keepClear(const QRectF &slot) const;
    void drawCropMarks(QPainter &painter, const LabelSheet &sheet) const;
    // Fails when the sheet shrinks the design's QR codes below Design::minQrMm.
    Status qrCodesScannable(const Design &design, const LabelSheet &sheet) const;
    void beginPage(PageCanvas &canvas, const LabelSheet &sheet, bool cropMarks) const;
};
