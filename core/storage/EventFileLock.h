#pragma once

#include <QString>

#include <memory>

// The "open in Podium" lock beside an event file (NAME.podium.lock): owner-
// only (0600), holding the process id and nothing else. Whether it is stale
// is the system's answer, not a guess from its contents: it is held with
// flock(2), which ends with the process however it ends (even kill -9).
// Removed when released, and on SIGTERM/SIGINT (RemoveOnSignal).
class EventFileLock
{
public:
    struct Attempt
    {
        std::unique_ptr<EventFileLock> lock; // set when taken
        qint64 holder = 0;                   // the process holding it, when another one does
        bool unavailable = false;            // no lock possible here (no permission...)
    };
    static Attempt tryLock(const QString &path);
    ~EventFileLock();
    EventFileLock(const EventFileLock &) = delete;
    EventFileLock &operator=(const EventFileLock &) = delete;

private:
    EventFileLock(const QString &path, int descriptor) : m_path(path), m_descriptor(descriptor) {}
    QString m_path;
    int m_descriptor;
};
