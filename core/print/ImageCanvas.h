#pragma once

#include "print/PageCanvas.h"

#include <QImage>
#include <QList>

// Pages painted into images, for the GUI's live preview and for tests. Keeps
// at most maxPages pages; later pages are painted on a scratch image and
// dropped (full() tells renderers they may stop).
class ImageCanvas : public PageCanvas
{
public:
    ImageCanvas(const QPageLayout &layout, qreal dpi, int maxPages);
    // Ends painting before the images go (a cancelled render leaves the painter active).
    ~ImageCanvas() override;
    QPaintDevice *paintDevice() const override;
    bool full() const override { return pageCount() >= m_maxPages; }
    const QList<QImage> &pages() const { return m_pages; }

protected:
    bool startDevicePage(QPainter &painter, bool first) override;

private:
    QImage blankPage() const;
    qreal m_dpi;
    int m_maxPages;
    QList<QImage> m_pages;
    QImage m_scratch;
    QImage *m_current = nullptr;
};
