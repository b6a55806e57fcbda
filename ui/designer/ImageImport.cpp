#include "designer/ImageImport.h"

#include "design/DesignImage.h"
#include "designer/DesignEditor.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

QString ImageImport::fromPath(const QString &path, DesignEditor *editor, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    DesignImage image;
    if (!DesignImage::fromBytes(file.readAll(), QFileInfo(path).fileName(), &image, error))
        return QString();
    editor->addImage(image);
    return image.id;
}

QString ImageImport::fromFile(QWidget *parent, DesignEditor *editor)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Add Image"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return QString();
    QString error;
    const QString id = fromPath(path, editor, &error);
    if (id.isEmpty())
        QMessageBox::warning(parent, tr("Add Image"), error);
    return id;
}
