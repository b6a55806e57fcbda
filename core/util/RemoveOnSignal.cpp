#include "util/RemoveOnSignal.h"

#include <QFile>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

// A fixed table of owned C strings: the handler may only call
// async-signal-safe functions (unlink), never allocate or lock.
constexpr int tableSize = 32;
std::atomic<char *> paths[tableSize];

extern "C" void removeAndDie(int signal)
{
    for (auto &slot : paths) {
        if (char *path = slot.exchange(nullptr))
            ::unlink(path);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

void RemoveOnSignal::install()
{
    for (int signal : {SIGTERM, SIGINT, SIGHUP}) {
        struct sigaction action = {};
        action.sa_handler = removeAndDie;
        sigemptyset(&action.sa_mask);
        sigaction(signal, &action, nullptr);
    }
}

void RemoveOnSignal::add(const QString &path)
{
    char *copy = strdup(QFile::encodeName(path).constData());
    for (auto &slot : paths) {
        char *expected = nullptr;
        if (slot.compare_exchange_strong(expected, copy))
            return;
    }
    free(copy); // table full: the next run cleans up instead
}

void RemoveOnSignal::remove(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    for (auto &slot : paths) {
        char *current = slot.load();
        if (current && name == current && slot.compare_exchange_strong(current, nullptr)) {
            free(current);
            return;
        }
    }
}
