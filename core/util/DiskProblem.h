#pragma once

#include <QString>

class QFileDevice;

// One sentence for the ways writing a file fails that users can act on
// (a full disk, no permission), instead of the system's bare "Unknown
// error" or a library's "Writing canceled by application".
class DiskProblem
{
public:
    // "There is no space left on the disk holding /path/x.csv."
    static QString noSpace(const QString &path);
    // "You are not allowed to write /path/x.csv (permission denied)."
    static QString noPermission(const QString &path);
    // Why writing `path` through `device` failed, asked before the device
    // drops what it wrote (a full disk is then still full).
    static QString writeFailed(const QString &path, const QFileDevice &device);
    // Why writing `path` failed, from errno (or 0) and the system's words.
    static QString writeFailed(const QString &path, int errorNumber, const QString &systemText);
    // Whether the disk holding path has (almost) no space left.
    static bool isFull(const QString &path);
};
