#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

class QIODevice;

// Writes the frab/pretalx/C3VOC schedule.json: the same content as
// FrabXmlWriter, in the shape of https://c3voc.de/schedule/schema.json.
class FrabJsonWriter
{
public:
    static Status write(const ScheduleDocument &schedule, QIODevice &device);
};
