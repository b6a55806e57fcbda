#include "cli/EventFileWriter.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventFileWriter)
};
} // namespace

Status EventFileWriter::write(const QString &path, bool overwrite, const Event &event, const Fill &fill)
{
    const QFileInfo info(path);
    const QString shown = quotedPath(path);
    if (info.isDir())
        return Status::failure(Tr::tr("%1 is a folder: give a file name.").arg(shown));
    if (info.exists() && !overwrite)
        return Status::failure(Tr::tr("%1 already exists: choose another name, or add --force to replace it.").arg(shown));
    if (!QFileInfo(info.absolutePath()).isDir())
        return Status::failure(Tr::tr("%1 cannot be created: the folder %2 does not exist.")
                                   .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
    const QString temporary = info.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        auto created = EventFile::create(temporary, event);
        if (!created)
            return Status::failure(created.error());
        if (Status s = fill(*created.value()); !s) {
            created.value().reset();
            QFile::remove(temporary);
            return s;
        }
    }
    // rename(2) replaces the old file in one step.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(Tr::tr("%1 could not be written.").arg(shown));
    }
    return {};
}
