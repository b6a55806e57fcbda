#pragma once

#include "print/DocumentRenderer.h"

#include <QMap>
#include <set>

// The programme booklet: a cover, every day's sessions in time order (time,
// room, track colour, type, title, speakers, abstract), and an index of
// speakers with the pages of their sessions.
class ProgrammeRenderer : public DocumentRenderer
{
public:
    using DocumentRenderer::DocumentRenderer;
    Status render(PageCanvas &canvas, const PrintProgress &progress) override;

private:
    void drawCover(PageCanvas &canvas) const;
    void drawRunningHead(PageCanvas &canvas, const QString &text) const;
    TextBlock roomBlock(const PageCanvas &canvas, const QString &name, qreal width) const;
    void drawSession(PageFlow &flow, const Session &session);
    void drawIndex(PageFlow &flow) const;
    qreal scale(const PageCanvas &canvas) const;

    qreal m_scale = 1;
    // Person -> pages where their sessions start.
    QMap<PersonId, std::set<int>> m_pagesOf;
};
