#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "util/Result.h"

#include <QByteArray>

// Reads the frab/pretalx/C3VOC schedule.json ({"schedule": {"conference":
// {..., "days": [{"rooms": {"Room": [events]}}]}}}) into the same
// ScheduleDocument as FrabXmlReader.
class FrabJsonReader
{
public:
    static Result<ScheduleDocument> read(const QByteArray &json, const QString &fileName,
                                         const ProgressCallback &progress = {});
};
