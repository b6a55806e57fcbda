#include "io/OutputFile.h"

#include "util/DiskProblem.h"
#include "util/TestHook.h"
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
        return R::failure(DiskProblem::writeFailed(path, out->m_file), out->m_file.errorString());
    out->m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return out;
}

Status OutputFile::commit()
{
    TestHook::passed(TestHook::Kind::Commit);
    if (!m_file.commit())
        return writeFailure();
    return {};
}

bool OutputFile::failed() const
{
    return m_file.error() != QFileDevice::NoError || DiskProblem::isFull(m_path);
}

Status OutputFile::writeFailure() const
{
    return Status::failure(DiskProblem::writeFailed(m_path, m_file), m_file.errorString());
}
