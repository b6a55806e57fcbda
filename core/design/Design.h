#pragma once

#include "design/CertificateDetails.h"
#include "design/DesignSide.h"
#include "util/Result.h"

#include <QColor>
#include <QMap>
#include <QSizeF>
#include <QString>

// A badge or certificate design, as data: what is printed where, for every
// participant. Stored in the event file (DesignRepository), exported and imported
// as a small JSON file (DesignJson), drawn by DesignRenderer.
//
// Coordinates: millimetres from the top-left corner of one side; `size` is one
// side (the label, the badge insert or the certificate's page), whatever sheet it
// is printed on: the sheet (LabelSheet, by `preset`) only places the sides.
struct Design
{
    enum class Kind { Badge, Certificate };
    // How the back side reaches the paper.
    enum class Sides {
        FrontOnly,
        // Back pages follow each front page; labels on them mirrored so each back lands behind
        // its front when the printer turns the sheet over its long edge (or its short edge,
        // where the back is also turned upside down, so that a badge turned round on its
        // lanyard reads upright).
        DuplexLongEdge,
        DuplexShortEdge,
        // Front and back side by side on one label twice as tall, folded along the middle: the
        // back above, upside down, so the fold is at the top where the lanyard clips on.
        FoldTop,
        // ... or twice as wide, folded along the middle like a card: back to the right, upright.
        FoldSide,
    };

    QString name;
    Kind kind = Kind::Badge;
    QSizeF size; // millimetres, one side
    // The LabelSheet key the design was made for ("brother-ql-62x100", "a6-4up"); empty: any.
    QString preset;
    Sides sides = Sides::FrontOnly;
    DesignSide front;
    DesignSide back; // printed when sides != FrontOnly
    // Colours of categories for "colour from category" rules, by category key; a category
    // not listed takes Podium's own colour (the standard badge's band).
    QMap<QString, QColor> categoryColours;
    CertificateDetails certificate; // certificates only

    bool hasBack() const { return sides != Sides::FrontOnly; }
    // The size of what one participant takes on the sheet: a side, or two for a fold-over.
    QSizeF printedSize() const;
    // Every image id the design refers to (elements and the signature), without repeats.
    QStringList imageIds() const;

    // Says what is wrong with a design that cannot print well: a side under 10 mm, an element
    // off the side, a QR code below minQrMm (scanners at the door would miss it), fonts below 4 pt.
    Status validate() const;
    // The smallest QR code a design may hold: 15 mm with its quiet zone, so that a registration
    // code (21 modules + 8 quiet) gets modules of 0.5 mm, which phone cameras and door scanners read.
    static constexpr qreal minQrMm = 15;
    static constexpr qreal minPoints = 4;

    static QString kindKey(Kind kind);
    static bool kindFromKey(const QString &key, Kind *kind);
    static QString sidesKey(Sides sides);
    static bool sidesFromKey(const QString &key, Sides *sides);

    // The badge Podium always printed (one StandardFace element over the label), for a label
    // of this size: printing it gives the same PDF as before designs existed.
    static Design standardBadge(const QSizeF &labelMm);
    // A back side to start from, for a side of this size: the name again (badges turn round),
    // the person's sessions, a line for the Wi-Fi to fill in, and the venue map when given.
    static DesignSide standardBack(const QSizeF &sideMm, const QString &mapImageId = QString());
    // A certificate to start from: wording with placeholders, the signatory with a signature
    // image (when given), the date of issue and a verification code, on a page of this size.
    static Design standardCertificate(const QSizeF &pageMm, const CertificateDetails &details);
    // Its name in lists and on the command line ("standard").
    static QString standardName();

    bool operator==(const Design &o) const;
    bool operator!=(const Design &o) const { return !(*this == o); }
};
