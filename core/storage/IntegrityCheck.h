#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;

// SQLite's own check of an open event file, turned into one sentence a user
// can act on ("“x.podium” is damaged: 3 pages of the participants table
// cannot be read. Use File ▸ Repair.") with SQLite's findings as details.
class IntegrityCheck
{
public:
    enum class Depth {
        // Every page of every table and index can be read (PRAGMA quick_check):
        // about a tenth of Full's time. Enough before reading.
        Pages,
        // Pages, plus every index holds exactly its table's rows (PRAGMA
        // integrity_check). Needed before writing: an index that lost rows
        // makes updates and deletes miss them.
        Full,
    };
    // Called now and then while the check runs (to keep a progress dialog
    // alive); return false to cancel (the check then fails).
    using Progress = std::function<bool()>;

    static Status run(sqlite3 *db, const QString &path, Depth depth, const Progress &progress = {});

    // The sentence for findings of quick_check or integrity_check (for
    // tests and for the repair's report); pages are named by their table.
    static QString describe(sqlite3 *db, const QString &path, const QStringList &findings);
    // "the participants table" for Podium's tables, “name” otherwise.
    static QString tableWords(const QString &table);
};
