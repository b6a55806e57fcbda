#pragma once

struct sqlite3;

// Signs the history rows that Podium's own changes write (the triggers of
// schema step 8 leave author and desk empty, as sqlite3 gives them): on
// Podium's connection a TEMP trigger, which exists for this connection only,
// fills in the author and desk (ChangeAuthor) and groups all rows written
// by one transaction into one change set (the id of its first row).
class ChangeAttribution
{
public:
    // Registers the functions and hooks on db, and the TEMP trigger when
    // the file has a change_log (so after migrating to step 8). False when
    // SQLite refused.
    bool install(sqlite3 *db);

private:
    static void author(struct sqlite3_context *context, int, struct sqlite3_value **);
    static void desk(struct sqlite3_context *context, int, struct sqlite3_value **);
    static void changeSet(struct sqlite3_context *context, int, struct sqlite3_value **argv);
    static int committed(void *self);
    static void rolledBack(void *self);

    long long m_changeSet = 0; // 0: no change written yet in this transaction
};
