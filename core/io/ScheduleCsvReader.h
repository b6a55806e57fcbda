#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "util/Result.h"

// Reads a schedule from a spreadsheet saved as CSV, one session a row: the
// counterpart of the sessions CSV export, and the CSV schedules other tools
// wrote (see ScheduleCsvColumns). Encodings, separators and multi-line
// quoted fields as the participants import reads them; speakers as
// "id:name|id:name" or "name, name" ("name; name"). All or nothing: every
// row with a problem is named by its line, and then nothing is imported.
// The file has no time zone: its clock times are the event's.
class ScheduleCsvReader
{
public:
    // Problems listed before the rest are only counted.
    static constexpr int maxProblemsListed = 20;
    // `columns`: what columns hold where the headers do not say (ScheduleCsvColumns::map's overrides).
    static Result<ScheduleDocument> read(const QString &path, const ProgressCallback &progress = {},
                                         const QStringList &columns = {});
};
