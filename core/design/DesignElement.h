#pragma once

#include "design/DesignRule.h"

#include <QColor>
#include <QRectF>
#include <QString>

// One thing placed on a side of a design. A plain value: the designer edits it,
// DesignJson stores it, DesignRenderer draws it. Lengths are millimetres from the
// side's top-left corner; font sizes are points.
struct DesignElement
{
    enum class Type {
        // Text with placeholders: "{name}" (in the person's script's order), "{first_name}
        // {last_name}", "{organisation}", "{category}",
        // any participant field by its key ("{email}", "{country}"), the event's
        // ("{event_name}", "{event_dates}", "{venue}") and, on certificates, "{signatory_name}",
        // "{signatory_title}", "{issue_date}", "{verification_code}" (see DesignPlaceholders).
        Text,
        // A QR code of `text` after placeholders (default "{code}": the registration code
        // the door scans). Drawn square, centred in the box, with its quiet zone.
        QrCode,
        // An image stored in the event file (DesignImage), scaled to fit the box keeping its
        // proportions; SVG stays vector in PDFs.
        Image,
        // A filled rectangle or band, optionally with rounded corners and a border.
        Rectangle,
        // The person's own sessions (time, title, room), one per line: for the back side.
        SessionList,
        // Podium's standard badge face (name, position, organisation, event, QR code and
        // category band, laid out to fit) filling the box: the default design is this one
        // element over the whole label, and it prints exactly as Podium always has.
        StandardFace,
    };
    enum class HAlign { Left, Centre, Right };
    enum class VAlign { Top, Middle, Bottom };

    Type type = Type::Text;
    QRectF box; // millimetres

    // Text, QrCode (the encoded text) and SessionList (ignored).
    QString text;
    // Text and SessionList.
    QString fontFamily; // empty: the print default (DejaVu Sans)
    int fontWeight = 400; // CSS-style 100..900 (400 normal, 700 bold), as QFont::Weight
    bool italic = false;
    // Fit to box: the largest size from maxPoints down to minPoints at which the text fits
    // the box (wrapping up to maxLines); equal sizes print at that one size.
    qreal maxPoints = 12;
    qreal minPoints = 12;
    int maxLines = 0; // 0: as many as the box holds
    HAlign align = HAlign::Left;
    VAlign valign = VAlign::Top;
    // Texts below an element that comes out empty (a missing organisation) move up into
    // its place, so a badge shows no gap; texts on a band (inside a rectangle) stay on it
    // (see DesignPainter::place).
    bool collapseWhenEmpty = true;

    // Text ink; rectangle fill.
    QColor colour = QColor(0x1a, 0x1a, 0x1a);
    // Rectangle: a border (none when the width is 0) and rounded corners.
    QColor borderColour = Qt::black;
    qreal borderMm = 0;
    qreal cornerMm = 0;

    // Image: DesignImage::id (a hash of the image's bytes, the same in every event file).
    QString imageId;

    DesignRule rule;

    static QString typeKey(Type type);
    static bool typeFromKey(const QString &key, Type *type);
    static QString halignKey(HAlign align);
    static QString valignKey(VAlign align);

    // Convenience constructors for code that builds designs (the default designs, tests).
    static DesignElement textElement(const QRectF &box, const QString &text, qreal maxPoints, qreal minPoints = 0,
                                     int weight = 400, HAlign align = HAlign::Left);
    static DesignElement qrElement(const QRectF &box, const QString &text = QStringLiteral("{code}"));
    static DesignElement imageElement(const QRectF &box, const QString &imageId);
    static DesignElement rectangleElement(const QRectF &box, const QColor &fill);

    bool operator==(const DesignElement &o) const;
    bool operator!=(const DesignElement &o) const { return !(*this == o); }
};
