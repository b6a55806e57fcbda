#pragma once

#include "util/Result.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QSizeF>

class QPaintDevice;

// Where a document's pages are painted: a PDF file, a printer, or images for
// the preview. Renderers draw in points (1/72 inch) from the top-left corner
// of the paper, whatever the device's resolution, and ask the canvas for
// fonts and metrics so that measured text matches painted text.
class PageCanvas
{
public:
    explicit PageCanvas(const QPageLayout &layout);
    virtual ~PageCanvas();
    PageCanvas(const PageCanvas &) = delete;
    PageCanvas &operator=(const PageCanvas &) = delete;

    // Starts the next page (the first call starts the first one).
    void beginPage();
    // For a print shop: the device's sheet is larger than the page by `slug` on every side;
    // renderers still draw on the page (pageSize() is the trimmed size, the origin its corner),
    // may run colour up to bleedMm beyond its edges, and every page gets crop marks in the slug.
    // Call before the first page.
    void setSlug(qreal points);
    // A page layout grown by `points` on every side (the sheet for setSlug()).
    static QPageLayout grown(const QPageLayout &layout, qreal points);
    // Ends painting; a device that failed (disk full, printer gone) says so.
    Status finish();

    QPainter &painter() { return m_painter; }
    // The paper in points, in the layout's orientation.
    QSizeF pageSize() const { return m_pageSize; }
    QPageLayout pageLayout() const { return m_layout; }
    // Pages begun so far.
    int pageCount() const { return m_pages; }
    // True once the canvas keeps no further pages (a preview shows the first few):
    // renderers may stop early.
    virtual bool full() const { return false; }

    // A font of this size in points, for this canvas.
    QFont font(qreal points, QFont::Weight weight = QFont::Normal, bool italic = false) const;
    // A monospaced font (registration codes people type).
    QFont fixedFont(qreal points) const;
    QFontMetricsF metrics(const QFont &font) const { return QFontMetricsF(font, paintDevice()); }
    // The device that text layouts measure against (QTextLayout needs it).
    virtual QPaintDevice *paintDevice() const = 0;

    static QString defaultFamily();
    // The outline font for symbols and emoji the default family lacks (Symbola), or "".
    static QString symbolFamily();
    static constexpr qreal pointsPerMm = 72.0 / 25.4;
    // Colour meant to reach the trimmed edge runs this far beyond it.
    static constexpr qreal bleedMm = 3;
    // Room around the trimmed page for the bleed and the crop marks.
    static constexpr qreal slugMm = 12;

protected:
    // Begins painting on the first page, or moves the device to a fresh page.
    virtual bool startDevicePage(QPainter &painter, bool first) = 0;
    virtual Status finishDevice() { return Status(); }

private:
    void applyTransform();
    void drawCropMarks();
    qreal m_slug = 0;
    QPageLayout m_layout;
    QSizeF m_pageSize;
    QPainter m_painter;
    int m_pages = 0;
    bool m_failed = false;
};
