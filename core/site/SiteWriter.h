#pragma once

#include "io/ScheduleDocument.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>

// Writes the programme as a static web site into a folder: a page per day
// (grid and list), per session and per speaker, search and favourites that
// work without a server, the iCalendar and frab XML/JSON files, a service
// worker for offline use and a page of what changed since the previous
// export into the same folder. What podium-cli export site and File ▸
// Export Web Site share.
class SiteWriter
{
public:
    struct Options
    {
        QString language = QStringLiteral("en"); // en, fr or de
        // Write into a folder that holds other files (never needed for an earlier Podium site).
        bool force = false;
        QDateTime now = QDateTime::currentDateTimeUtc();
    };
    struct Summary
    {
        int sessions = 0;
        int files = 0;
        qint64 bytes = 0;
        int changes = -1; // -1: first export into this folder
    };

    static Result<Summary> write(const ScheduleDocument &schedule, const QString &folder, const Options &options);
};
