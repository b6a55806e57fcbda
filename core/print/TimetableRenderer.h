#pragma once

#include "print/DocumentRenderer.h"
#include "print/TimetablePages.h"

// The timetable poster: landscape pages, rooms across, time down, sessions as
// blocks coloured by track. A day with more rooms than the paper holds at a
// readable size continues on further pages (each with its time axis, its rooms
// named in the footer); text never goes below 7 points nor outside its block.
class TimetableRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    QPageLayout pageLayout() const override;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

    // No text on the poster is smaller.
    static constexpr qreal minimumPoints = 7;

private:
    struct Geometry; // sizes for the paper, in points
    Geometry geometry(const PageCanvas &canvas) const;
    QList<TimetablePage> pages(const PageCanvas &canvas) const;
    void drawPage(PageCanvas &canvas, const TimetablePage &page, const Geometry &g) const;
    void drawBlock(PageCanvas &canvas, const Session &session, const QRectF &rect, qreal fontSize) const;
    qreal drawLegend(PageCanvas &canvas, const QList<Session> &sessions, const QRectF &area, qreal points) const;
    QString footerText(const TimetablePage &page) const;
};
