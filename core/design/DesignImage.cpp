#include "design/DesignImage.h"

#include <QCoreApplication>
#include <QCryptographicHash>

QString DesignImage::idOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool DesignImage::fromBytes(const QByteArray &bytes, const QString &name, DesignImage *image, QString *error)
{
    QString format;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        format = QStringLiteral("png");
    else if (bytes.startsWith("\xff\xd8\xff"))
        format = QStringLiteral("jpeg");
    else {
        // SVG: XML whose root element is <svg> (after an optional declaration, comments, a doctype).
        const QByteArray head = bytes.left(4096);
        if (head.contains("<svg") && (head.trimmed().startsWith('<')))
            format = QStringLiteral("svg");
    }
    if (format.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("DesignImage", "“%1” is not a PNG, JPEG or SVG image.").arg(name);
        return false;
    }
    image->id = idOf(bytes);
    image->name = name;
    image->format = format;
    image->data = bytes;
    return true;
}
