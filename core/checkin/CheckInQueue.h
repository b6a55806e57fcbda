#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

// A check-in made while the event's server could not be reached, with the
// desk's own time and name.
struct QueuedCheckIn
{
    QString code;
    QDateTime utc;
    QString desk;

    bool operator==(const QueuedCheckIn &o) const { return code == o.code && utc == o.utc && desk == o.desk; }
};

// The check-ins a desk made offline, oldest first, in an owner-only file: one
// line each, appended and flushed to the disk before the desk says "checked
// in", so that a crash or a pulled plug loses none. Sent ones are taken off
// the front (the file rewritten whole); one sent twice after a crash is
// recorded once by the store (DoorRepository). A half-written last line (the
// plug pulled mid-write) is left out when reading.
class CheckInQueue
{
public:
    explicit CheckInQueue(QString path) : m_path(std::move(path)) {}
    QString path() const { return m_path; }
    Result<QList<QueuedCheckIn>> load() const;
    Status append(const QueuedCheckIn &checkIn) const;
    // Takes the first `count` check-ins off (they were sent).
    Status dropFirst(int count) const;

private:
    QString m_path;
};
