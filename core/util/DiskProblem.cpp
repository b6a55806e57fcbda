#include "util/DiskProblem.h"

#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiskProblem)
};

// Less than this is "full": a disk rarely fills to the last byte (blocks,
// reserved space), and a write that failed there left at most a block.
constexpr qint64 nearlyFull = 64 * 1024;
} // namespace

QString DiskProblem::noSpace(const QString &path)
{
    return Tr::tr("There is no space left on the disk holding %1.").arg(QDir::toNativeSeparators(path));
}

QString DiskProblem::noPermission(const QString &path)
{
    return Tr::tr("You are not allowed to write %1 (permission denied).").arg(QDir::toNativeSeparators(path));
}

bool DiskProblem::isFull(const QString &path)
{
    QFileInfo info(path);
    QString existing = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo::exists(existing) && existing != QDir::rootPath())
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyFull;
}

QString DiskProblem::writeFailed(const QString &path, int errorNumber, const QString &systemText)
{
    if (errorNumber == ENOSPC || errorNumber == EDQUOT || isFull(path))
        return noSpace(path);
    if (errorNumber == EACCES || errorNumber == EPERM)
        return noPermission(path);
    if (errorNumber == EROFS)
        return Tr::tr("The disk holding %1 is read-only.").arg(QDir::toNativeSeparators(path));
    if (systemText.isEmpty() || systemText == QLatin1String("Unknown error"))
        return Tr::tr("%1 could not be written: the disk reported an error.").arg(quotedPath(path));
    return Tr::tr("%1 could not be written: %2.").arg(quotedPath(path), systemText);
}

QString DiskProblem::writeFailed(const QString &path, const QFileDevice &device)
{
    switch (device.error()) {
    case QFileDevice::ResourceError: // what Qt reports for ENOSPC
        return noSpace(path);
    case QFileDevice::PermissionsError:
        return noPermission(path);
    default:
        return writeFailed(path, 0, device.errorString());
    }
}
