#pragma once

#include "design/Design.h"
#include "design/DesignImage.h"
#include "design/DesignSubject.h"
#include "print/TextBlock.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>

#include <memory>

class PageCanvas;
class QPainter;
class QSvgRenderer;

// Paints one side of a design for one participant, on any PageCanvas (PDF, printer,
// preview), in points with the side's top-left corner at the painter's origin.
class DesignPainter
{
public:
    DesignPainter(const PageCanvas &canvas, const Design &design, const QHash<QString, DesignImage> &images);
    ~DesignPainter();

    // An element as it prints for a subject: where (points, after empty elements above
    // gave up their room), and its text after placeholders.
    struct Placed
    {
        const DesignElement *element = nullptr;
        QRectF box; // points
        QString text;
        bool shown = true; // false: the rule leaves it out, or its text came out empty
    };
    QList<Placed> place(const DesignSide &side, const DesignSubject &subject) const { return place(m_design, side, subject); }
    static QList<Placed> place(const Design &design, const DesignSide &side, const DesignSubject &subject);
    Status paint(QPainter &painter, const DesignSide &side, const DesignSubject &subject) const;

    // The text fitted into a box: the largest size from the element's maximum down to its
    // minimum at which it fits; at the minimum, cut with "…" at the lines the box holds.
    TextBlock fit(const DesignElement &element, const QString &text, QSizeF box) const;
    QFont font(const DesignElement &element, qreal points) const;

    // "3F2A-9C1B-77D0": a short hash of a certificate's text (what {verification_code} prints).
    static QString verificationCode(const QString &text);

private:
    Status paintElement(QPainter &painter, const Placed &placed, const DesignSubject &subject) const;
    void paintImage(QPainter &painter, const DesignImage &image, const QRectF &box) const;

    const PageCanvas &m_canvas;
    const Design &m_design;
    const QHash<QString, DesignImage> &m_images;
    // Decoded once: the same QImage on every badge is one image object in the PDF.
    mutable QHash<QString, QImage> m_rasters;
    mutable QHash<QString, std::shared_ptr<QSvgRenderer>> m_vectors;
};
