#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "util/Result.h"

class QIODevice;

// Reads a frab/pretalx/C3VOC schedule.xml, streaming (a 100 MB file is never
// held in memory as a tree). A DOCTYPE is refused outright: schedules never
// need one, and entity declarations are how "billion laughs" files blow up
// memory. Unknown elements are skipped with a warning.
class FrabXmlReader
{
public:
    // fileName names the file in messages.
    static Result<ScheduleDocument> read(QIODevice &device, const QString &fileName,
                                         const ProgressCallback &progress = {});
};
