#pragma once

#include "print/BadgeFace.h"
#include "print/DocumentRenderer.h"

// Badges: one per selected participant, sorted by last name, laid out on the
// label sheet of the options, with optional crop marks.
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

private:
    // Room a label must leave along its edges to stay inside the printable area.
    QMarginsF keepClear(const QRectF &slot) const;
    void drawCropMarks(QPainter &painter) const;
};
