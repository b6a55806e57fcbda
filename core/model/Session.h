#pragma once

#include "model/Room.h"
#include "model/Track.h"
#include "model/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

using SessionId = qint64;

// A link or an attachment of a session (slides, paper...): where, what it is called,
// and for attachments the kind the source gave ("slides").
struct SessionLink
{
    QString url;
    QString title;
    QString type;
    bool operator==(const SessionLink &o) const { return url == o.url && title == o.title && type == o.type; }
};

struct Session
{
    SessionId id = 0;
    QString guid; // stable across exports and imports (frab/pretalx GUID)
    std::optional<qint64> externalId; // the id another tool gave it (frab event id)
    QString title;
    QString subtitle;
    QString abstract;
    QString description;
    SessionType type = SessionType::Talk;
    std::optional<TrackId> trackId;
    std::optional<RoomId> roomId;
    QDateTime start; // UTC; invalid while not scheduled
    int durationMinutes = 30;
    QString language;
    SessionStatus status = SessionStatus::Draft;
    std::optional<int> expectedAttendance;
    QList<SessionLink> links;
    QList<SessionLink> attachments;
    // The speakers asked not to be recorded or streamed (frab's <recording><optout>).
    bool recordingOptOut = false;
    QString url;  // the talk's own web page
    QString slug; // the short name schedules and video tools use
    // The type as written by the source or the user ("lecture", "devroom"),
    // shown and exported as it is; `type` is the known kind it maps to.
    QString typeName;
    // The row's version in the store, raised by one with every change; an
    // update names the version it was made on (0: not read from a store).
    int version = 0;

    // The type as shown and exported: as written, else the known type's key.
    QString typeText() const { return typeName.trimmed().isEmpty() ? toKey(type) : typeName; }
    // The known type a written type stands for ("lecture" is a talk); Other when none fits.
    static SessionType typeForName(const QString &name);

    // On the timetable: it has a start and a room.
    bool isScheduled() const { return start.isValid() && roomId.has_value(); }
    QDateTime end() const { return start.isValid() ? start.addSecs(qint64(durationMinutes) * 60) : QDateTime(); }

    bool operator==(const Session &o) const;
    bool operator!=(const Session &o) const { return !(*this == o); }
};
