#pragma once

#include "print/FittedText.h"
#include "print/PrintedName.h"
#include "print/TextBlock.h"

#include <QColor>
#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QString>

class PageCanvas;
class QPainter;
class QrCode;

// One badge laid out on a label: where each piece goes and at which size,
// computed with the canvas' font metrics so that nothing leaves the label.
// Portrait labels (A6) stack the text above the QR code; landscape labels
// (cards, sticky labels) put the QR code beside the text.
class BadgeFace
{
public:
    struct Content
    {
        PrintedName name;     // honorific, then given and family names in the person's order
        QString position;     // job title
        QString organisation;
        QString category;     // "Speaker", printed in the band
        QColor categoryColor;
        QString eventName;
        QString eventDates;
        QString code;         // registration code, in the QR code and printed below it
        bool noPhotoMark = false;
    };

    // keepClear: room to leave along each edge of the label beyond the badge's own padding
    // (a label on the paper's edge keeps everything inside the printer's reach).
    static BadgeFace layout(const PageCanvas &canvas, const Content &content, QSizeF label, QMarginsF keepClear = {});
    // Paints the badge with its top-left corner at the painter's origin.
    void draw(QPainter &painter, const QrCode &qr) const;

    // Where things went (label coordinates, points): tests check that all of it stays on the label.
    QSizeF label;
    // The name: honorific small above, the first line large, the second below.
    QRectF nameBox; // all three
    QRectF honorificBox;
    TextBlock honorific;
    QRectF firstBox;
    FittedText first;
    QRectF secondBox;
    FittedText second;
    QRectF positionBox;
    TextBlock position;
    QRectF organisationBox;
    TextBlock organisation;
    QRectF headerBox;
    TextBlock header;
    QRectF qrBox;
    TextBlock code;
    QRectF codeBox;
    QRectF band;
    TextBlock category;
    QColor categoryColor;
    QRectF noPhotoBox; // empty when the badge has no mark
    QRectF noPhotoIcon;
    QRectF noPhotoTextBox;
    TextBlock noPhotoText;
    // The largest size a name may take, and the size below which it never goes:
    // above every other text on the badge, so that the name reads from afar.
    qreal nameMaxPoints = 0;
    qreal nameMinPoints = 0;

private:
    // Fits the name into the box with sizes in [minPoints, maxPoints]; false when it needs more height.
    bool fitName(const PageCanvas &canvas, const PrintedName &name, QSizeF box, qreal maxPoints, qreal minPoints,
                 qreal honorificPoints);
    qreal nameHeight() const;
    static TextBlock fitShrinking(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines);
    void drawNoPhotoMark(QPainter &painter) const;
    void moveBy(QPointF offset);
};
