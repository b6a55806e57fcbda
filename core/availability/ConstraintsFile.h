#pragma once

#include "model/EventConstraints.h"
#include "model/SessionConstraints.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class EventStore;

// Session constraints and the event's scheduling rules as a JSON file people
// can read and write (podium-cli constraints export|import):
//   { "sessions": [ { "session": GUID, "title": "…", "pinned": { "room": "Auditorium",
//                     "start": "2027-03-15T09:00:00+01:00" }, "fixedRoom": NAME,
//                     "fixedDay": "2027-03-15", "allowedRooms": [NAME], "allowedTracks": [NAME],
//                     "seats": "fixed" | "expected-audience" | "registrations", "minSeats": N,
//                     "follows": [GUID], "precedes": [GUID], "notWith": [GUID] } ],
//     "breaks": [ { "start": TIME, "end": TIME, "label": "Lunch" } ],
//     "tracks": [ { "track": NAME, "atOnce": K, "rooms": [NAME] } ],
//     "personGapMinutes": N }
// Sessions are named by GUID (or a title only one session has), rooms and
// tracks by name, times in ISO 8601 (without an offset: the event's time
// zone). An import replaces the constraints of each session it lists and,
// when it has any of breaks / tracks / personGapMinutes, the event's rules;
// any problem fails it whole, naming where ("sessions[3].fixedRoom").
class ConstraintsFile
{
    Q_DECLARE_TR_FUNCTIONS(ConstraintsFile)
public:
    struct Content
    {
        QHash<SessionId, SessionConstraints> sessions;
        std::optional<EventConstraints> event;
    };

    static Result<QByteArray> toJson(const EventStore &file);
    static Status exportTo(const EventStore &file, const QString &path, bool overwrite);
    static Result<Content> parse(const EventStore &file, const QByteArray &json, const QString &fileName);
    // Reads and stores, all or nothing.
    static Result<Content> import(const EventStore &file, const QString &path);
};
