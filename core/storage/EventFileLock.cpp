#include "storage/EventFileLock.h"

#include "util/RemoveOnSignal.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

qint64 readHolder(int descriptor)
{
    char text[32] = {};
    const ssize_t got = pread(descriptor, text, sizeof text - 1, 0);
    return got > 0 ? QByteArray(text, int(got)).trimmed().toLongLong() : 0;
}

} // namespace

EventFileLock::Attempt EventFileLock::tryLock(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    Attempt attempt;
    // A lock released (and its file removed) between our open and flock would
    // leave us holding a removed file: check the name still leads to it.
    for (int tries = 0; tries < 5; ++tries) {
        const int descriptor = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (descriptor < 0) {
            attempt.unavailable = true;
            return attempt;
        }
        if (::flock(descriptor, LOCK_EX | LOCK_NB) != 0) {
            attempt.holder = errno == EWOULDBLOCK ? readHolder(descriptor) : 0;
            attempt.unavailable = errno != EWOULDBLOCK;
            ::close(descriptor);
            return attempt;
        }
        struct stat held = {}, named = {};
        if (::fstat(descriptor, &held) != 0 || ::stat(name.constData(), &named) != 0 || held.st_ino != named.st_ino
            || held.st_dev != named.st_dev) {
            ::close(descriptor);
            continue;
        }
        // Ours now (a file left by a process that died is simply taken over).
        ::fchmod(descriptor, 0600);
        const QByteArray pid = QByteArray::number(qint64(::getpid())) + '\n';
        if (::ftruncate(descriptor, 0) != 0 || ::pwrite(descriptor, pid.constData(), size_t(pid.size()), 0) != pid.size()) {
            ::close(descriptor);
            attempt.unavailable = true;
            return attempt;
        }
        RemoveOnSignal::add(path);
        attempt.lock.reset(new EventFileLock(path, descriptor));
        return attempt;
    }
    attempt.unavailable = true;
    return attempt;
}

EventFileLock::~EventFileLock()
{
    RemoveOnSignal::remove(m_path);
    // Removed while still held, so nobody takes the file we are about to drop.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_descriptor);
}
