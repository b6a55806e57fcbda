#include "storage/Schema.h"

#include "storage/ChangeLogSchema.h"

QStringList Schema::Step::statementsFor(SqlDialect::Kind kind) const
{
    if (kind == SqlDialect::Kind::SQLite)
        return statements + sqliteOnly;
    const SqlDialect dialect(kind);
    QStringList translated;
    for (const QString &sql : statements)
        translated << dialect.translateDdl(sql);
    return translated + postgresOnly;
}

int Schema::currentVersion()
{
    return steps().back().version;
}

const std::vector<Schema::Step> &Schema::steps()
{
    static const std::vector<Step> list = {
        {1,
         {
             QStringLiteral("CREATE TABLE event ("
                            " id INTEGER PRIMARY KEY CHECK (id = 1),"
                            " name TEXT NOT NULL,"
                            " subtitle TEXT NOT NULL DEFAULT '',"
                            " organiser TEXT NOT NULL DEFAULT '',"
                            " venue_name TEXT NOT NULL DEFAULT '',"
                            " venue_address TEXT NOT NULL DEFAULT '',"
                            " time_zone TEXT NOT NULL DEFAULT 'UTC',"
                            " first_day TEXT,"
                            " last_day TEXT,"
                            " language TEXT NOT NULL DEFAULT 'en',"
                            " description TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE room ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " capacity INTEGER NOT NULL DEFAULT 0,"
                            " location TEXT NOT NULL DEFAULT '',"
                            " position INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE track ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL,"
                            " color TEXT NOT NULL DEFAULT '#4a90d9')"),
             QStringLiteral("CREATE TABLE session ("
                            " id INTEGER PRIMARY KEY,"
                            " guid TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL,"
                            " subtitle TEXT NOT NULL DEFAULT '',"
                            " abstract TEXT NOT NULL DEFAULT '',"
                            " description TEXT NOT NULL DEFAULT '',"
                            " type TEXT NOT NULL DEFAULT 'talk',"
                            " track_id INTEGER REFERENCES track(id) ON DELETE SET NULL,"
                            " room_id INTEGER REFERENCES room(id) ON DELETE SET NULL,"
                            " start_utc TEXT,"
                            " duration_min INTEGER NOT NULL DEFAULT 30,"
                            " language TEXT NOT NULL DEFAULT '',"
                            " status TEXT NOT NULL DEFAULT 'draft')"),
             QStringLiteral("CREATE TABLE person ("
                            " id INTEGER PRIMARY KEY,"
                            " guid TEXT NOT NULL UNIQUE,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " first_name TEXT NOT NULL DEFAULT '',"
                            " last_name TEXT NOT NULL DEFAULT '',"
                            " organisation TEXT NOT NULL DEFAULT '',"
                            " organisation_type TEXT NOT NULL DEFAULT 'other',"
                            " position TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " country TEXT NOT NULL DEFAULT '',"
                            " bio TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE session_person ("
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " role TEXT NOT NULL DEFAULT 'speaker',"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (session_id, person_id, role))"),
             QStringLiteral("CREATE TABLE participant ("
                            " id INTEGER PRIMARY KEY,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " category TEXT NOT NULL DEFAULT 'attendee',"
                            " status TEXT NOT NULL DEFAULT 'registered',"
                            " code TEXT NOT NULL UNIQUE,"
                            " dietary TEXT NOT NULL DEFAULT '',"
                            " accessibility TEXT NOT NULL DEFAULT '',"
                            " consent_list INTEGER NOT NULL DEFAULT 0,"
                            " consent_photo INTEGER NOT NULL DEFAULT 0,"
                            " checked_in_utc TEXT,"
                            " badge_printed INTEGER NOT NULL DEFAULT 0,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " registered_utc TEXT)"),
             QStringLiteral("CREATE INDEX session_start ON session(start_utc)"),
             QStringLiteral("CREATE INDEX session_person_person ON session_person(person_id)"),
             QStringLiteral("CREATE INDEX participant_person ON participant(person_id)"),
             QStringLiteral("CREATE INDEX person_email ON person(email COLLATE NOCASE)"),
             QStringLiteral("CREATE INDEX person_name ON person(last_name, first_name)"),
         }},
        // Version 2: what schedule exchange and the programme editor need:
        // ids given by other tools, links, expected attendance, the event's
        // acronym, and a small key/value table for per-event settings.
        {2,
         {
             QStringLiteral("ALTER TABLE event ADD COLUMN acronym TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE session ADD COLUMN external_id INTEGER"),
             QStringLiteral("ALTER TABLE session ADD COLUMN expected_attendance INTEGER"),
             QStringLiteral("ALTER TABLE person ADD COLUMN external_id INTEGER"),
             QStringLiteral("CREATE TABLE session_link ("
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " position INTEGER NOT NULL DEFAULT 0,"
                            " url TEXT NOT NULL,"
                            " title TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX session_link_session ON session_link(session_id)"),
             QStringLiteral("CREATE TABLE setting ("
                            " key TEXT PRIMARY KEY,"
                            " value TEXT NOT NULL)"),
         }},
        // Version 3: counts per category (overview, info, check-in desk) read
        // a small covering index instead of every participant row; lists
        // sorted by name (people, participants) read pages from an index in
        // the order they show, case-insensitively.
        {3,
         {
             QStringLiteral("CREATE INDEX participant_category ON participant(category, checked_in_utc)"),
             QStringLiteral("DROP INDEX person_name"),
             QStringLiteral("CREATE INDEX person_name ON person(last_name COLLATE NOCASE, first_name COLLATE NOCASE)"),
         }},
        // Version 4: the unique GUID of a person and code of a registration
        // become named unique indexes instead of column constraints. Same
        // rule, but a large import can now drop them with the other indexes
        // and build them once at the end (it checks both in memory as it
        // goes). SQLite cannot drop a column constraint, so both tables are
        // rebuilt as its documentation describes; the runner turns foreign
        // keys off first, or dropping `person` would delete every registration.
        {4,
         {},
         // SQLite's rebuild:
         {
             QStringLiteral("CREATE TABLE person_v4 ("
                            " id INTEGER PRIMARY KEY,"
                            " guid TEXT NOT NULL,"
                            " title TEXT NOT NULL DEFAULT '',"
                            " first_name TEXT NOT NULL DEFAULT '',"
                            " last_name TEXT NOT NULL DEFAULT '',"
                            " organisation TEXT NOT NULL DEFAULT '',"
                            " organisation_type TEXT NOT NULL DEFAULT 'other',"
                            " position TEXT NOT NULL DEFAULT '',"
                            " email TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '',"
                            " country TEXT NOT NULL DEFAULT '',"
                            " bio TEXT NOT NULL DEFAULT '',"
                            " external_id INTEGER)"),
             QStringLiteral("INSERT INTO person_v4 (id, guid, title, first_name, last_name, organisation, "
                            "organisation_type, position, email, phone, country, bio, external_id) "
                            "SELECT id, guid, title, first_name, last_name, organisation, organisation_type, "
                            "position, email, phone, country, bio, external_id FROM person"),
             QStringLiteral("DROP TABLE person"),
             QStringLiteral("ALTER TABLE person_v4 RENAME TO person"),
             QStringLiteral("CREATE UNIQUE INDEX person_guid ON person(guid)"),
             QStringLiteral("CREATE INDEX person_email ON person(email COLLATE NOCASE)"),
             QStringLiteral("CREATE INDEX person_name ON person(last_name COLLATE NOCASE, first_name COLLATE NOCASE)"),
             QStringLiteral("CREATE TABLE participant_v4 ("
                            " id INTEGER PRIMARY KEY,"
                            " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
                            " category TEXT NOT NULL DEFAULT 'attendee',"
                            " status TEXT NOT NULL DEFAULT 'registered',"
                            " code TEXT NOT NULL,"
                            " dietary TEXT NOT NULL DEFAULT '',"
                            " accessibility TEXT NOT NULL DEFAULT '',"
                            " consent_list INTEGER NOT NULL DEFAULT 0,"
                            " consent_photo INTEGER NOT NULL DEFAULT 0,"
                            " checked_in_utc TEXT,"
                            " badge_printed INTEGER NOT NULL DEFAULT 0,"
                            " notes TEXT NOT NULL DEFAULT '',"
                            " registered_utc TEXT)"),
             QStringLiteral("INSERT INTO participant_v4 (id, person_id, category, status, code, dietary, "
                            "accessibility, consent_list, consent_photo, checked_in_utc, badge_printed, notes, "
                            "registered_utc) "
                            "SELECT id, person_id, category, status, code, dietary, accessibility, consent_list, "
                            "consent_photo, checked_in_utc, badge_printed, notes, registered_utc FROM participant"),
             QStringLiteral("DROP TABLE participant"),
             QStringLiteral("ALTER TABLE participant_v4 RENAME TO participant"),
             QStringLiteral("CREATE UNIQUE INDEX participant_code ON participant(code)"),
             QStringLiteral("CREATE INDEX participant_person ON participant(person_id)"),
             QStringLiteral("CREATE INDEX participant_category ON participant(category, checked_in_utc)"),
         },
         // PostgreSQL drops a constraint in place (dropping the tables would
         // take the foreign keys of session_person and participant along).
         {
             QStringLiteral("ALTER TABLE person DROP CONSTRAINT person_guid_key"),
             QStringLiteral("CREATE UNIQUE INDEX person_guid ON person(guid)"),
             QStringLiteral("ALTER TABLE participant DROP CONSTRAINT participant_code_key"),
             QStringLiteral("CREATE UNIQUE INDEX participant_code ON participant(code)"),
         }},
        // Version 5: what a published schedule carries, kept so that import ->
        // file -> export loses nothing: a session's recording opt-out, web
        // page, slug and type as the source wrote it; attachments beside the
        // links (session_link rows of kind 'attachment', with their type);
        // the event's city, web site and "day changes at" time; and the
        // programme days a schedule file gives with their own start and end
        // (a congress day from 10:00 to 06:00). Files that already had a
        // programme keep the day change they were exported with (midnight
        // unless an import stored one); new events change day at 04:00.
        {5,
         {
             QStringLiteral("ALTER TABLE session ADD COLUMN recording_optout INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE session ADD COLUMN url TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE session ADD COLUMN slug TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE session ADD COLUMN type_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE session_link ADD COLUMN kind TEXT NOT NULL DEFAULT 'link'"),
             QStringLiteral("ALTER TABLE session_link ADD COLUMN type TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE event ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE event ADD COLUMN url TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE event ADD COLUMN day_change TEXT NOT NULL DEFAULT '04:00'"),
             QStringLiteral("UPDATE event SET day_change = COALESCE("
                            "(SELECT value FROM setting WHERE key = 'schedule/dayChange'),"
                            " CASE WHEN EXISTS (SELECT 1 FROM session) THEN '00:00' ELSE '04:00' END)"),
             QStringLiteral("DELETE FROM setting WHERE key = 'schedule/dayChange'"),
             QStringLiteral("CREATE TABLE programme_day ("
                            " day TEXT PRIMARY KEY,"
                            " start_utc TEXT NOT NULL,"
                            " end_utc TEXT NOT NULL,"
                            " CHECK (start_utc < end_utc))"),
         }},
        // Version 6: what limits where sessions may go (issue 20): when people
        // and rooms are available (spans in UTC, "available" or "preferred";
        // none stored means always available), each session's constraints
        // (pinned place, fixed room or day, allowed rooms and tracks, seats it
        // needs, order and not-together relations to other sessions), and the
        // event's rules (times kept free, rooms of a track, at most K sessions
        // of a track at once, minimum gap between one person's sessions).
        {6,
         {
             QStringLiteral("CREATE TABLE availability ("
                            " id INTEGER PRIMARY KEY,"
                            " person_id INTEGER REFERENCES person(id) ON DELETE CASCADE,"
                            " room_id INTEGER REFERENCES room(id) ON DELETE CASCADE,"
                            " start_utc TEXT NOT NULL,"
                            " end_utc TEXT NOT NULL,"
                            " kind TEXT NOT NULL DEFAULT 'available',"
                            " CHECK ((person_id IS NULL) <> (room_id IS NULL)),"
                            " CHECK (start_utc < end_utc))"),
             QStringLiteral("CREATE INDEX availability_person ON availability(person_id)"),
             QStringLiteral("CREATE INDEX availability_room ON availability(room_id)"),
             QStringLiteral("CREATE TABLE session_constraint ("
                            " id INTEGER PRIMARY KEY,"
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " pinned_room_id INTEGER REFERENCES room(id) ON DELETE SET NULL,"
                            " pinned_start_utc TEXT,"
                            " fixed_room_id INTEGER REFERENCES room(id) ON DELETE SET NULL,"
                            " fixed_day TEXT,"
                            " seats_from TEXT NOT NULL DEFAULT 'none',"
                            " min_seats INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE UNIQUE INDEX session_constraint_session ON session_constraint(session_id)"),
             QStringLiteral("CREATE TABLE session_allowed_room ("
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " room_id INTEGER NOT NULL REFERENCES room(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (session_id, room_id))"),
             QStringLiteral("CREATE TABLE session_allowed_track ("
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (session_id, track_id))"),
             // relation: 'follows', 'precedes' or 'not-with', read from session_id's side.
             QStringLiteral("CREATE TABLE session_relation ("
                            " session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " other_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
                            " relation TEXT NOT NULL,"
                            " PRIMARY KEY (session_id, other_id, relation))"),
             QStringLiteral("CREATE INDEX session_relation_other ON session_relation(other_id)"),
             QStringLiteral("CREATE TABLE kept_free_time ("
                            " id INTEGER PRIMARY KEY,"
                            " start_utc TEXT NOT NULL,"
                            " end_utc TEXT NOT NULL,"
                            " label TEXT NOT NULL DEFAULT '',"
                            " CHECK (start_utc < end_utc))"),
             QStringLiteral("CREATE TABLE track_room ("
                            " track_id INTEGER NOT NULL REFERENCES track(id) ON DELETE CASCADE,"
                            " room_id INTEGER NOT NULL REFERENCES room(id) ON DELETE CASCADE,"
                            " PRIMARY KEY (track_id, room_id))"),
             QStringLiteral("ALTER TABLE track ADD COLUMN max_parallel INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE event ADD COLUMN person_gap_min INTEGER NOT NULL DEFAULT 0"),
         }},
        // Version 7: badge and certificate designs (issue 21), each a DesignJson text under
        // its name, and the images they show (logos, maps, signatures) as the bytes imported,
        // keyed by their SHA-256 so that a design brought from another event finds them.
        {7,
         {
             QStringLiteral("CREATE TABLE design ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL DEFAULT 'badge',"
                            " json TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE design_image ("
                            " id INTEGER PRIMARY KEY,"
                            " hash TEXT NOT NULL UNIQUE,"
                            " name TEXT NOT NULL DEFAULT '',"
                            " format TEXT NOT NULL,"
                            " data BLOB NOT NULL)"),
         }},
        // Version 8: team work. A version on every editable row that each
        // change raises by one (a change made on a stale copy is refused by
        // the file itself), the desk a registration checked in at, and a
        // history of every change written by triggers, so that what sqlite3
        // or psql change is recorded too (see ChangeLogSchema).
        {8, ChangeLogSchema::portableStatements(), ChangeLogSchema::sqliteTriggers(), ChangeLogSchema::postgresTriggers()},
        // Version 9: door desks that lose the network keep checking people in
        // and send their check-ins later. When such a check-in meets another
        // one of the same registration (made at another desk meanwhile), the
        // earlier stays on the registration and the pair is kept here, so
        // that both desks are told, with both times, whichever sent last.
        {9,
         {
             QStringLiteral("CREATE TABLE double_checkin ("
                            " id INTEGER PRIMARY KEY,"
                            " participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,"
                            " queued_desk TEXT NOT NULL DEFAULT '',"
                            " queued_utc TEXT NOT NULL,"
                            " other_desk TEXT NOT NULL DEFAULT '',"
                            " other_utc TEXT NOT NULL,"
                            " reported_utc TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX double_checkin_participant ON double_checkin(participant_id)"),
         }},
    };
    return list;
}
