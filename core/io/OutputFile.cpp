#include "io/OutputFile.h"

#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
};
} // namespace

Result<std::unique_ptr<OutputFile>> OutputFile::open(const QString &path, bool overwrite)
{
    using R = Result<std::unique_ptr<OutputFile>>;
    const QFileInfo info(path);
    if (info.isDir())
        return R::failure(Tr::tr("%1 is a folder: give a file name.").arg(quotedPath(path)));
    if (info.exists() && !overwrite)
        return R::failure(Tr::tr("%1 already exists: choose another name, or allow overwriting it (--force).")
                              .arg(quotedPath(path)));
    std::unique_ptr<OutputFile> out(new OutputFile(path));
    if (!out->m_file.open(QIODevice::WriteOnly))
        return R::failure(Tr::tr("%1 cannot be written: %2.").arg(quotedPath(path), out->m_file.errorString()));
    out->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return out;
}

Status OutputFile::commit()
{
    if (!m_file.commit())
        return Status::failure(Tr::tr("%1 could not be written: %2.").arg(quotedPath(m_path), m_file.errorString()));
    return {};
}
