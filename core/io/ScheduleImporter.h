#pragma once

#include "io/Progress.h"
#include "io/ScheduleDocument.h"
#include "io/ScheduleMergePlan.h"
#include "model/Event.h"
#include "model/Person.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QTime>

class EventStore;

// What an import did: counts for the user, and what undo needs.
struct ScheduleImportResult
{
    ScheduleMergePlan plan; // what was added, changed, unchanged and missing
    bool removedMissing = false;
    int roomsAdded = 0;
    int tracksAdded = 0;
    int peopleAdded = 0;

    Event eventBefore;
    QList<ProgrammeDay> daysBefore;
    // What placing the times in the event's zone found (offsets that disagree
    // with it), beside the reader's own warnings.
    QStringList warnings;
    QList<SessionId> addedSessions;
    QList<RoomId> addedRooms;
    QList<TrackId> addedTracks;
    QList<PersonId> addedPeople;
    QList<Session> updatedBefore;
    QList<Session> removedBefore;
    QHash<SessionId, QList<SessionRole>> rolesBefore; // of updated and removed sessions

    // "sessions added: 12, changed: 3 ...; new rooms: 2, new tracks: 1, new people: 9."
    QString summary() const;
};

// Writes a schedule into an event in one transaction: all of it or nothing.
// Into an empty event the schedule also sets the event's name, days, day
// change and the time zone the file names. A file that names no zone keeps
// the event's, and its clock times are read in it (never a guess from
// offsets). Merging matches sessions by GUID (changed in place: their status
// and expected attendance stay; unchanged ones are not written), rooms and
// tracks by name, and people by GUID, then frab id, then name; the event's
// sessions the schedule does not have are kept, or removed when asked. It
// follows a ScheduleMergePlan, the same the previews show.
class ScheduleImporter
{
public:
    struct Options
    {
        bool merge = false; // without it, an event that has a programme is refused
        bool removeMissing = false; // remove the event's sessions the schedule does not have
        // The zone a file that names none is read in (podium-cli --timezone);
        // empty: the event's. An empty event takes it as its own zone.
        QByteArray timeZoneId;
        ProgressCallback progress;
    };
    static Result<ScheduleImportResult> run(const EventStore &file, const ScheduleDocument &schedule, const Options &options);
    // Reverts what run() did (the GUI's undo).
    static Status undo(const EventStore &file, const ScheduleImportResult &done);
    // The schedule with its times placed in the zone it will be imported in,
    // and the warnings about offsets that disagree with that zone.
    static Result<ScheduleDocument> placed(const Event &event, const ScheduleDocument &schedule, const Options &options);
    // What run() would do, for previews (--dry-run, the GUI's preview): the
    // plan of the schedule with its times placed as run() places them.
    static Result<ScheduleMergePlan> preview(const EventStore &file, const ScheduleDocument &schedule, const Options &options);
    // Whether the event has no sessions, rooms, tracks or people yet.
    static Result<bool> isEmpty(const EventStore &file);
};
