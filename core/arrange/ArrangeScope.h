#pragma once

#include "model/Room.h"
#include "model/Session.h"
#include "model/Track.h"

#include <QDateTime>
#include <QHash>

#include <QDate>
#include <QTime>

#include <optional>

// What to arrange: the whole programme, one day or one track, and whether
// sessions already on the timetable stay where they are.
struct ArrangeScope
{
    std::optional<QDate> day;       // a programme day: only it is rearranged (others stay)
    std::optional<TrackId> track;   // only this track's sessions move
    bool keepScheduled = false;     // place unscheduled sessions only
    // The hours sessions may take each day, widened to what is already scheduled.
    QTime dayStart = QTime(9, 0);
    QTime dayEnd = QTime(18, 0);
    int stepMinutes = 15; // sessions start on this step (the timetable's snap)
    // Where sessions were in the last published programme (podium-cli arrange --published):
    // "fewest changes" then counts from there rather than from the current timetable.
    QHash<SessionId, std::pair<RoomId, QDateTime>> published;
};
