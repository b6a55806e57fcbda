#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// What schema step 8 adds for team work, kept out of Schema.cpp because the
// triggers are written per table from one list: a `version` on every
// editable row that every UPDATE must raise by exactly one (so an edit made
// on a stale copy is refused by the database itself, whoever sends it), and
// a change_log of every change (who, when, table, row, field, old and new
// value), written by triggers so that edits made with sqlite3 or psql are
// recorded too. The lists below are part of step 8 and must never change:
// a later column gets its triggers in a later step.
class ChangeLogSchema
{
public:
    struct TrackedTable
    {
        QString name;
        QStringList fields; // the columns whose changes are recorded
        QString label;      // an SQL expression over a row naming it ("title"), for inserts and deletes
        // Whether a new row is recorded: programme items yes; people and
        // registrations arrive by the hundred thousand in imports, and say
        // when they registered themselves.
        bool logInserts;
    };
    static const std::vector<TrackedTable> &tables();

    // The portable part: columns, the log table and its indexes.
    static QStringList portableStatements();
    // SQLite's triggers.
    static QStringList sqliteTriggers();
    // PostgreSQL's: the same checks and history as PL/pgSQL functions in the
    // event's schema (so they move with it), attributed from the session
    // (podium.author, podium.desk; else the login), and a NOTIFY on
    // notifyChannel() naming the changed rows, for the other windows.
    static QStringList postgresTriggers();
    // The tables whose changes are announced without ids ("table:*").
    static QStringList otherTables();
    // "podium_<schema>", cut to PostgreSQL's 63 bytes as LISTEN would.
    static QString notifyChannel(const QString &eventSchema);
    // Announcing more rows than this of one statement says "table:*".
    static constexpr int notifiedIdsMax = 50;

    // The message the version triggers raise (SQLite RAISE, PostgreSQL EXCEPTION).
    static QString staleMarker() { return QStringLiteral("podium-stale-version"); }
};
