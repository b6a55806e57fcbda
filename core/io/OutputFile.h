#pragma once

#include "util/Result.h"

#include <QSaveFile>
#include <QString>

#include <memory>

// A file being exported: written under a temporary name, readable by the
// owner only (exports hold personal data), and renamed into place only when
// complete, so an interrupted export never leaves a truncated file behind.
class OutputFile
{
public:
    // Refuses an existing file unless overwrite is set.
    static Result<std::unique_ptr<OutputFile>> open(const QString &path, bool overwrite);

    QIODevice *device() { return &m_file; }
    QString path() const { return m_path; }
    // Renames the finished file into place.
    Status commit();
    // After a failed write: why, in one sentence (no space left, no
    // permission...), with the system's words as details. Ask before cancel().
    Status writeFailure() const;
    // Whether a write to the file failed (as opposed to reading what goes in
    // it): the device says so, or the disk is full (Qt does not always tell).
    bool failed() const;
    // Drops what was written; the final name is never touched.
    void cancel() { m_file.cancelWriting(); }

private:
    explicit OutputFile(const QString &path) : m_file(path), m_path(path) {}
    QSaveFile m_file;
    QString m_path;
};
