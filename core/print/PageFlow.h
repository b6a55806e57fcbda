#pragma once

#include "print/TextBlock.h"

#include <QRectF>

#include <functional>

class PageCanvas;
class QPainter;

// Content flowing down pages: a cursor in the content area of the current
// page that starts a new page (with its header and footer) when the next
// piece does not fit. Nothing is ever drawn past the bottom of the area.
class PageFlow
{
public:
    // Draws what every page carries (running head, page number); called on each new page.
    using Decorate = std::function<void(PageCanvas &canvas, int page)>;

    PageFlow(PageCanvas &canvas, const QRectF &area, Decorate decorate);

    PageCanvas &canvas() { return m_canvas; }
    QPainter &painter();
    void newPage();
    // Starts a new page unless `height` fits below the cursor (or the page is still empty).
    // Returns true when it started one.
    bool ensure(qreal height);
    bool fits(qreal height) const { return m_started && m_y + height <= m_area.bottom() + 0.01; }
    bool atTop() const { return m_y <= m_area.top() + 0.01; }
    qreal y() const { return m_y; }
    void advance(qreal height) { m_y += height; }
    qreal left() const { return m_area.left(); }
    qreal width() const { return m_area.width(); }
    qreal remaining() const { return m_area.bottom() - m_y; }
    int page() const { return m_page; }
    // Draws the block's lines one after the other, breaking pages between lines but
    // never leaving one line of it alone at the foot or the head of a page (no orphans,
    // no widows); `atNewPage` runs after each page break (to repeat a heading, say).
    void flow(const TextBlock &block, qreal x, qreal width, const std::function<void()> &atNewPage = {});

private:
    PageCanvas &m_canvas;
    QRectF m_area;
    Decorate m_decorate;
    qreal m_y = 0;
    int m_page = 0;
    bool m_started = false;
};
