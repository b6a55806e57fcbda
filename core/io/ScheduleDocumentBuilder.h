#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

class EventStore;

// Builds the ScheduleDocument of an event, which every schedule writer
// prints: the programme without cancelled sessions, each session with a
// unique positive id (its frab id when it has one) and its people in order.
class ScheduleDocumentBuilder
{
public:
    struct Options
    {
        // When set, only the sessions of the person with this name, e-mail or GUID.
        QString person;
    };
    static Result<ScheduleDocument> build(const EventStore &file, const Options &options);
    static Result<ScheduleDocument> build(const EventStore &file) { return build(file, Options{}); }
};
