#pragma once

#include <QMap>
#include <QString>

// How much an event holds, for the overview, `podium-cli info` and reports.
struct EventCounts
{
    qint64 rooms = 0;
    qint64 tracks = 0;
    qint64 sessions = 0;
    qint64 scheduledSessions = 0;
    qint64 speakers = 0; // distinct people with a role in a session
    qint64 people = 0;
    qint64 participants = 0;
    qint64 checkedIn = 0;
    QMap<QString, qint64> participantsByCategory; // category key -> registrations
    QMap<QString, qint64> checkedInByCategory;
};
