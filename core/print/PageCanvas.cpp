#include "print/PageCanvas.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPaintDevice>

PageCanvas::PageCanvas(const QPageLayout &layout)
    : m_layout(layout), m_pageSize(layout.fullRect(QPageLayout::Point).size())
{
}

PageCanvas::~PageCanvas()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PageCanvas::beginPage()
{
    if (!startDevicePage(m_painter, m_pages == 0))
        m_failed = true;
    ++m_pages;
    applyTransform();
    if (m_slug > 0)
        drawCropMarks();
}

void PageCanvas::setSlug(qreal points)
{
    m_slug = points;
    m_pageSize = m_layout.fullRect(QPageLayout::Point).size() - QSizeF(2 * points, 2 * points);
}

QPageLayout PageCanvas::grown(const QPageLayout &layout, qreal points)
{
    const QSizeF size = layout.pageSize().size(QPageSize::Point) + QSizeF(2 * points, 2 * points);
    return QPageLayout(QPageSize(size, QPageSize::Point), layout.orientation(), QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

void PageCanvas::drawCropMarks()
{
    // At each corner of the trimmed page, two short lines on its edges' extensions, clear of the bleed.
    const qreal gap = (bleedMm + 1) * pointsPerMm;
    const qreal length = m_slug - gap - 1 * pointsPerMm;
    const QRectF trim(QPointF(0, 0), m_pageSize);
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, 0.3));
    for (const QPointF &corner : {trim.topLeft(), trim.topRight(), trim.bottomLeft(), trim.bottomRight()}) {
        const qreal dx = corner.x() > 0 ? 1 : -1, dy = corner.y() > 0 ? 1 : -1;
        m_painter.drawLine(QPointF(corner.x() + dx * gap, corner.y()), QPointF(corner.x() + dx * (gap + length), corner.y()));
        m_painter.drawLine(QPointF(corner.x(), corner.y() + dy * gap), QPointF(corner.x(), corner.y() + dy * (gap + length)));
    }
    m_painter.restore();
}

void PageCanvas::applyTransform()
{
    if (!m_painter.isActive())
        return;
    const QPaintDevice *device = paintDevice();
    m_painter.resetTransform();
    m_painter.scale(device->logicalDpiX() / 72.0, device->logicalDpiY() / 72.0);
    m_painter.translate(m_slug, m_slug);
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
}

Status PageCanvas::finish()
{
    if (m_painter.isActive())
        m_painter.end();
    if (m_failed)
        return Status::failure(QCoreApplication::translate("PageCanvas", "The pages could not be painted."));
    return finishDevice();
}

QFont PageCanvas::font(qreal points, QFont::Weight weight, bool italic) const
{
    QFont f(defaultFamily());
    // Symbols and emoji in titles ("Lockpicking after dark 🔓") from an outline
    // font that PDFs embed and viewers draw; fontconfig's own choice, the colour
    // bitmap Noto Color Emoji, is embedded but prints nothing.
    if (const QString symbols = symbolFamily(); !symbols.isEmpty())
        f.setFamilies({defaultFamily(), symbols});
    // The painter is scaled to points, so the font is sized for 72 dpi.
    f.setPointSizeF(points * 72.0 / paintDevice()->logicalDpiY());
    f.setWeight(weight);
    f.setItalic(italic);
    // Hinting snaps advances to device pixels: measured widths would then
    // depend on the device, and text measured for the PDF would not fit the preview.
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so that
    // searching and copying "Certificate" or "coffee" in the PDF works.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the smallest step Qt keeps (1/64)
    return f;
}

QFont PageCanvas::fixedFont(qreal points) const
{
    QFont f = font(points);
    f.setFamily(QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    f.setStyleHint(QFont::Monospace);
    return f;
}

QString PageCanvas::symbolFamily()
{
    static const QString family = QFontDatabase::families().contains(QLatin1String("Symbola")) ? QStringLiteral("Symbola")
                                                                                              : QString();
    return family;
}

QString PageCanvas::defaultFamily()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *wanted : {"DejaVu Sans", "Noto Sans", "Liberation Sans"})
            if (families.contains(QLatin1String(wanted)))
                return QString::fromLatin1(wanted);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}
