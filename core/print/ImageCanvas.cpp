#include "print/ImageCanvas.h"

#include <cmath>

ImageCanvas::ImageCanvas(const QPageLayout &layout, qreal dpi, int maxPages)
    : PageCanvas(layout), m_dpi(dpi), m_maxPages(qMax(1, maxPages))
{
    m_pages.reserve(m_maxPages);
    m_scratch = blankPage();
    m_current = &m_scratch;
}

ImageCanvas::~ImageCanvas()
{
    if (painter().isActive())
        painter().end();
}

QImage ImageCanvas::blankPage() const
{
    const QSizeF points = pageSize();
    QImage image(int(std::ceil(points.width() * m_dpi / 72.0)), int(std::ceil(points.height() * m_dpi / 72.0)),
                 QImage::Format_RGB32);
    const int dotsPerMeter = int(std::lround(m_dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    return image;
}

QPaintDevice *ImageCanvas::paintDevice() const
{
    return m_current;
}

bool ImageCanvas::startDevicePage(QPainter &painter, bool)
{
    if (painter.isActive())
        painter.end();
    if (m_pages.size() < m_maxPages) {
        m_pages.append(blankPage());
        m_current = &m_pages.last();
    } else {
        m_scratch.fill(Qt::white);
        m_current = &m_scratch;
    }
    return painter.begin(m_current);
}
