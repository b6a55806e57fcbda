#pragma once

#include "model/Room.h"
#include "model/Track.h"
#include "model/Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

using SessionId = qint64;

struct SessionLink
{
    QString url;
    QString title;
    bool operator==(const SessionLink &o) const { return url == o.url && title == o.title; }
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

    // On the timetable: it has a start and a room.
    bool isScheduled() const { return start.isValid() && roomId.has_value(); }
    QDateTime end() const { return start.isValid() ? start.addSecs(qint64(durationMinutes) * 60) : QDateTime(); }

    bool operator==(const Session &o) const;
    bool operator!=(const Session &o) const { return !(*this == o); }
};
