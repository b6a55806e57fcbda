#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "model/Event.h"
#include "model/Person.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QTime>

class EventFile;

// What an import did: counts for the user, and what undo needs.
struct ScheduleImportResult
{
    int sessionsAdded = 0;
    int sessionsUpdated = 0;
    int roomsAdded = 0;
    int tracksAdded = 0;
    int peopleAdded = 0;

    Event eventBefore;
    QTime dayChangeBefore;
    QList<SessionId> addedSessions;
    QList<RoomId> addedRooms;
    QList<TrackId> addedTracks;
    QList<PersonId> addedPeople;
    QList<Session> updatedBefore;
    QHash<SessionId, QList<SessionRole>> rolesBefore;

    // "12 sessions added, 3 updated; 2 rooms, 1 track and 9 people added."
    QString summary() const;
};

// Writes a schedule into an event in one transaction: all of it or nothing.
// Into an empty event the schedule also sets the event's name, days and time
// zone. Merging matches sessions by GUID (updated in place: their status and
// expected attendance stay), rooms and tracks by name, and people by GUID,
// then frab id, then name.
class ScheduleImporter
{
public:
    struct Options
    {
        bool merge = false; // without it, an event that has a programme is refused
        ProgressCallback progress;
    };
    static Result<ScheduleImportResult> run(const EventFile &file, const ScheduleDocument &schedule, const Options &options);
    // Reverts what run() did (the GUI's undo).
    static Status undo(const EventFile &file, const ScheduleImportResult &done);
    // Whether the event has no sessions, rooms, tracks or people yet.
    static Result<bool> isEmpty(const EventFile &file);
};
