#include "print/PageFlow.h"

#include "print/PageCanvas.h"

PageFlow::PageFlow(PageCanvas &canvas, const QRectF &area, Decorate decorate)
    : m_canvas(canvas), m_area(area), m_decorate(std::move(decorate)), m_y(area.top())
{
}

QPainter &PageFlow::painter()
{
    return m_canvas.painter();
}

void PageFlow::newPage()
{
    m_canvas.beginPage();
    m_started = true;
    ++m_page;
    m_y = m_area.top();
    if (m_decorate) {
        QPainter &p = m_canvas.painter();
        p.save();
        m_decorate(m_canvas, m_canvas.pageCount());
        p.restore();
    }
}

bool PageFlow::ensure(qreal height)
{
    if (m_started && (fits(height) || atTop()))
        return false;
    newPage();
    return true;
}

void PageFlow::flow(const TextBlock &block, qreal x, qreal width, const std::function<void()> &atNewPage)
{
    for (int i = 0; i < block.lines.size(); ++i) {
        if (ensure(block.lineHeight) && atNewPage)
            atNewPage();
        block.drawLine(painter(), i, x, m_y, width);
        m_y += block.lineHeight;
    }
}
