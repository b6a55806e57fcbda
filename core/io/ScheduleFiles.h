#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "util/Result.h"

// Reading and writing schedule files by path, the format chosen by the
// extension: what podium-cli and the File menu share.
class ScheduleFiles
{
public:
    // Larger files are refused before they are read: a schedule is held in
    // memory while it is imported (all or nothing), and these bounds keep
    // podium-cli under 300 MB. Real schedules are far smaller (a 500-talk
    // congress is about 5 MB).
    static constexpr qint64 maxXmlMegabytes = 50;
    static constexpr qint64 maxJsonMegabytes = 32;

    // `csvColumns`: for a CSV file, what columns hold where the headers do not say ("Saal=room").
    static Result<ScheduleDocument> read(const QString &path, const ProgressCallback &progress = {},
                                         const QStringList &csvColumns = {});
    // Written under a temporary name and renamed into place (0600);
    // refuses an existing file unless overwrite is set.
    static Status write(const ScheduleDocument &schedule, const QString &path, bool overwrite,
                        const QString &calendarName = QString());
};
