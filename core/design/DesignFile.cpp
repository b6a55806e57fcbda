#include "design/DesignFile.h"

#include "design/DesignJson.h"
#include "io/OutputFile.h"
#include "storage/DesignRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DesignFile", text);
}

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Result<QByteArray>::failure(tr("%1 does not exist.").arg(path));
    if (QFileInfo(path).size() > DesignFile::maxBytes)
        return Result<QByteArray>::failure(tr("%1 is larger than %2 MB: that is not a badge design or a logo.")
                                               .arg(path)
                                               .arg(DesignFile::maxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}
} // namespace

Status DesignFile::exportTo(const DesignRepository &designs, const QString &name, const QString &path, bool overwrite)
{
    const auto design = designs.byName(name);
    if (!design)
        return Status::failure(design.error(), design.details());
    const auto images = designs.imagesFor(design.value());
    if (!images)
        return Status::failure(images.error(), images.details());
    QList<DesignImage> list;
    for (const QString &id : design->imageIds())
        list << images->value(id);
    auto file = OutputFile::open(path, overwrite);
    if (!file)
        return Status::failure(file.error(), file.details());
    const QByteArray json = DesignJson::toJson(design.value(), list);
    if (file.value()->device()->write(json) != json.size()) {
        const Status failure = file.value()->writeFailure();
        file.value()->cancel();
        return failure;
    }
    return file.value()->commit();
}

Result<Design> DesignFile::importFrom(const DesignRepository &designs, const QString &path, bool replace)
{
    const auto bytes = readWhole(path);
    if (!bytes)
        return Result<Design>::failure(bytes.error());
    const auto parsed = DesignJson::fromJson(bytes.value(), path);
    if (!parsed)
        return Result<Design>::failure(parsed.error());
    const Status stored = designs.import(parsed->design, parsed->images, replace);
    if (!stored)
        return Result<Design>::failure(stored.error(), stored.details());
    return parsed->design;
}

Result<DesignImage> DesignFile::addImage(const DesignRepository &designs, const QString &path)
{
    const auto bytes = readWhole(path);
    if (!bytes)
        return Result<DesignImage>::failure(bytes.error());
    DesignImage image;
    QString error;
    if (!DesignImage::fromBytes(bytes.value(), QFileInfo(path).fileName(), &image, &error))
        return Result<DesignImage>::failure(error);
    const Status stored = designs.saveImage(image);
    if (!stored)
        return Result<DesignImage>::failure(stored.error(), stored.details());
    return image;
}
