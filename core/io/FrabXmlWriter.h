#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

class QIODevice;

// Writes the frab/pretalx schedule.xml that ConfClerk, Giggity and
// EventFahrplan read, valid against the C3VOC schedule XSD
// (tests/fixtures/schedule/schedule.xml.xsd).
class FrabXmlWriter
{
public:
    static Status write(const ScheduleDocument &schedule, QIODevice &device);
};
