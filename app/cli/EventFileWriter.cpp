#include "cli/EventFileWriter.h"

#include "model/Event.h"
#include "storage/EventFile.h"
#include "util/DiskProblem.h"
#include "util/QuotedPath.h"
#include "util/RemoveOnSignal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

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
    const QString journal = temporary + QStringLiteral("-journal");
    // A run killed by SIGKILL left these: the journal must go with its file,
    // or SQLite would play it back into the new one.
    QFile::remove(journal);
    QFile::remove(temporary);
    // Ended by SIGTERM or Ctrl+C, this run removes its own.
    RemoveOnSignal::add(temporary);
    RemoveOnSignal::add(journal);
    const auto forget = qScopeGuard([&] {
        RemoveOnSignal::remove(temporary);
        RemoveOnSignal::remove(journal);
    });
    // Failures name the file asked for, not the temporary one.
    const auto failed = [&](const Status &s) {
        const bool full = DiskProblem::isFull(path); // asked before the temporary file frees its space
        QFile::remove(journal);
        QFile::remove(temporary);
        return full ? Status::failure(DiskProblem::noSpace(path), s.details()) : s;
    };
    {
        auto created = EventFile::create(temporary, event);
        if (!created)
            return failed(Status::failure(created.error(), created.details()));
        if (Status s = fill(*created.value()); !s) {
            created.value().reset();
            return failed(s);
        }
    }
    // rename(2) replaces the old file in one step.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(Tr::tr("%1 could not be written.").arg(shown));
    }
    return {};
}
