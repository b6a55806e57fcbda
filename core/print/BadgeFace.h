#pragma once

#include "print/TextBlock.h"

#include <QColor>
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
        QString name;         // "Dr. Anna Chioti"
        QString position;     // job title
        QString organisation;
        QString category;     // "Speaker", printed in the band
        QColor categoryColor;
        QString eventName;
        QString eventDates;
        QString code;         // registration code, in the QR code and printed below it
        bool noPhotoMark = false;
    };

    static BadgeFace layout(const PageCanvas &canvas, const Content &content, QSizeF label);
    // Paints the badge with its top-left corner at the painter's origin.
    void draw(QPainter &painter, const QrCode &qr) const;

    // Where things went (label coordinates, points): tests check that all of it stays on the label.
    QSizeF label;
    QRectF nameBox;
    TextBlock name;
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
    // The readable size a name keeps on one line before it wraps.
    qreal nameMaxPoints = 0;

private:
    static TextBlock fitName(const PageCanvas &canvas, const QString &name, QSizeF box, qreal maxPoints);
    static TextBlock fitShrinking(const PageCanvas &canvas, const QString &text, const QFont &font, qreal width, int maxLines);
    void drawNoPhotoMark(QPainter &painter) const;
};
