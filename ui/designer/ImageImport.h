#pragma once

#include <QCoreApplication>
#include <QString>

class DesignEditor;
class QWidget;

// Adds an image (a logo, a sponsor, a venue map, a signature) to the design
// from a PNG, JPEG or SVG file the user picks; saving the design stores it in
// the event file, bytes as they were.
class ImageImport
{
    Q_DECLARE_TR_FUNCTIONS(ImageImport)
public:
    // The new image's id; "" when cancelled or refused (the user was told why).
    static QString fromFile(QWidget *parent, DesignEditor *editor);
    // The same for a file already chosen; `error` says why not.
    static QString fromPath(const QString &path, DesignEditor *editor, QString *error);
};
