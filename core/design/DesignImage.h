#pragma once

#include <QByteArray>
#include <QString>

// An image a design shows (a logo, a venue map, a signature), stored whole in the
// event file: PNG, JPEG or SVG bytes as they were imported, never re-encoded.
struct DesignImage
{
    // The SHA-256 of the bytes (hex): the same image has the same id in every event
    // file, so designs exported from one event find their images in another.
    QString id;
    QString name;   // the file name it came from, for people
    QString format; // "png", "jpeg" or "svg"
    QByteArray data;

    bool isSvg() const { return format == QLatin1String("svg"); }
    // An image from a file's bytes: id computed, format recognised from the content
    // (a failure names the file when the bytes are none of the three formats).
    static bool fromBytes(const QByteArray &bytes, const QString &name, DesignImage *image, QString *error);
    static QString idOf(const QByteArray &bytes);

    bool operator==(const DesignImage &o) const
    {
        return id == o.id && name == o.name && format == o.format && data == o.data;
    }
};
