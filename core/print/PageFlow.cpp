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
    const int count = int(block.lines.size());
    int onThisPage = 0;
    for (int i = 0; i < count; ++i) {
        const qreal line = block.lineHeight;
        bool breakHere = m_started && !atTop() && !fits(line);
        // No orphan: a paragraph that breaks leaves at least two lines at the foot of the page,
        // counting the one the widow rule below would take over; otherwise it starts overleaf.
        if (i == 0 && count >= 2 && m_started && !atTop()) {
            const int room = int((remaining() + 0.01) / line);
            if (room < count && (room < 2 || (count - room == 1 && room - 1 < 2)))
                breakHere = true;
        }
        // No widow: the last line does not go over alone; the one before it goes with it,
        // as long as two lines stay behind.
        if (!breakHere && i == count - 2 && onThisPage >= 2 && fits(line) && !fits(2 * line))
            breakHere = true;
        if (breakHere || !m_started) {
            newPage();
            onThisPage = 0;
            if (atNewPage)
                atNewPage();
        }
        block.drawLine(painter(), i, x, m_y, width);
        m_y += line;
        ++onThisPage;
    }
}
