#pragma once

#include "print/DocumentRenderer.h"

// The timetable poster: one landscape page per day, rooms across, time down,
// sessions as blocks coloured by track. Text that does not fit a block is
// shortened with an ellipsis and never drawn outside it.
class TimetableRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    QPageLayout pageLayout() const override;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

private:
    void drawDay(PageCanvas &canvas, QDate day, const QList<Session> &sessions) const;
    void drawBlock(PageCanvas &canvas, const Session &session, const QRectF &rect, qreal fontSize) const;
    qreal drawLegend(PageCanvas &canvas, const QList<Session> &sessions, const QRectF &area) const;
};
