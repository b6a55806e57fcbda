#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

// Salvages what SQLite can still read of a damaged (or tampered) event file
// into a new file, for File ▸ Repair… and `podium-cli repair`. The damaged
// file is only read, never changed (opened immutable: no lock, no journal).
// Every table Podium makes is copied row by row into a fresh file made by
// Podium's own migrations (so its indexes are built anew: a file whose only
// damage was in indexes comes back whole); rows on pages that cannot be read
// are skipped and reported, and records left without the person or session
// they belong to are left out.
class EventFileRepair
{
public:
    struct Report
    {
        qint64 rowsSaved = 0;
        // One sentence per table that lost rows, per kind of record left out,
        // and per part of the file Podium did not make that was not copied.
        QStringList losses;
        bool whole() const { return losses.isEmpty(); }
        QString summary() const;
    };
    // Called after every 1,000 rows copied; return false to cancel (no new file is left).
    using Progress = std::function<bool(qint64 rowsSaved)>;

    static Result<Report> repair(const QString &damaged, const QString &target, const Progress &progress = {});
};
