#pragma once

#include "util/Result.h"

#include <functional>

class EventFile;
struct Event;

// Writes a new event file for podium-cli's new, demo and generate: built
// under a temporary name and moved into place when complete, so --force
// never leaves a half-written file where the old one was.
class EventFileWriter
{
public:
    using Fill = std::function<Status(EventFile &)>;
    static Status write(const QString &path, bool overwrite, const Event &event, const Fill &fill);
};
