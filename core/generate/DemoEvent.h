#pragma once

#include "util/Result.h"

class EventStore;

// The bundled demo: the IMI Networking event "Pharma meets Academia"
// (Luxembourg, 14 December 2018). The programme comes from
// resources/demo/imi-2018.json; its participants are invented by NamePool.
class DemoEvent
{
public:
    // Fills a new, empty event file.
    static Status fill(const EventStore &file);
};
