#include "storage/ChangeLogSchema.h"

namespace {
QStringList fields(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// A table's label over the trigger's row ("NEW.title", "OLD.first_name || ' ' || OLD.last_name").
QString rowLabel(const ChangeLogSchema::TrackedTable &t, const QString &row)
{
    if (!t.label.contains(QLatin1Char(' ')))
        return row + QLatin1Char('.') + t.label;
    QString label = t.label;
    for (const char *column : {"first_name", "last_name"})
        label.replace(QLatin1String(column), row + QLatin1Char('.') + QLatin1String(column));
    return label;
}
} // namespace

const std::vector<ChangeLogSchema::TrackedTable> &ChangeLogSchema::tables()
{
    static const std::vector<TrackedTable> list = {
        {QStringLiteral("event"),
         fields("name subtitle acronym organiser venue_name venue_address time_zone first_day last_day language "
                "description city url day_change"),
         QStringLiteral("name"), true},
        {QStringLiteral("room"), fields("name capacity location position"), QStringLiteral("name"), true},
        {QStringLiteral("track"), fields("name color"), QStringLiteral("name"), true},
        {QStringLiteral("session"),
         fields("title subtitle abstract description type type_name track_id room_id start_utc duration_min language "
                "status external_id expected_attendance recording_optout url slug"),
         QStringLiteral("title"), true},
        {QStringLiteral("person"),
         fields("title first_name last_name organisation organisation_type position email phone country bio "
                "external_id"),
         QStringLiteral("first_name || ' ' || last_name"), false},
        {QStringLiteral("participant"),
         fields("person_id category status code dietary accessibility consent_list consent_photo checked_in_utc "
                "desk badge_printed notes registered_utc"),
         QStringLiteral("code"), false},
    };
    return list;
}

QStringList ChangeLogSchema::portableStatements()
{
    QStringList out;
    for (const TrackedTable &t : tables())
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1").arg(t.name);
    // The desk a registration checked in at (check-in itself stays one column).
    out << QStringLiteral("ALTER TABLE participant ADD COLUMN desk TEXT NOT NULL DEFAULT ''");
    // One row per changed field; inserts and deletes one row each (field
    // NULL, the row's label as new or old value). change_set groups the
    // rows of one edit; row_version is the version the change gave the row.
    out << QStringLiteral("CREATE TABLE change_log ("
                          " id INTEGER PRIMARY KEY,"
                          " change_set INTEGER,"
                          " changed_utc TEXT NOT NULL,"
                          " author TEXT,"
                          " desk TEXT,"
                          " table_name TEXT NOT NULL,"
                          " row_id INTEGER NOT NULL,"
                          " row_version INTEGER,"
                          " kind TEXT NOT NULL,"
                          " field TEXT,"
                          " old_value TEXT,"
                          " new_value TEXT)");
    out << QStringLiteral("CREATE INDEX change_log_row ON change_log(table_name, row_id, id)");
    out << QStringLiteral("CREATE INDEX change_log_time ON change_log(changed_utc)");
    return out;
}

QStringList ChangeLogSchema::sqliteTriggers()
{
    // Outside Podium nobody says who they are: author stays NULL and each
    // row's changes form their own set (the id the first log row gets).
    // Podium's connections fill both in (ChangeAttribution).
    const QString now = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");
    const QString nextSet = QStringLiteral("(SELECT COALESCE(MAX(id), 0) + 1 FROM change_log)");
    const QString insertInto = QStringLiteral(
        "INSERT INTO change_log (change_set, changed_utc, author, desk, table_name, row_id, row_version, kind, field, "
        "old_value, new_value) ");
    QStringList out;
    for (const TrackedTable &t : tables()) {
        out << QStringLiteral("CREATE TRIGGER %1_version BEFORE UPDATE ON %1 "
                              "WHEN NEW.version IS NOT OLD.version + 1 BEGIN "
                              "SELECT RAISE(ABORT, '%2: %1 changed since it was read; a change must set "
                              "version = version + 1'); END")
                   .arg(t.name, staleMarker());
        QStringList pairs;
        for (const QString &f : t.fields)
            pairs << QStringLiteral("SELECT '%1' AS f, OLD.%1 AS o, NEW.%1 AS n").arg(f);
        out << QStringLiteral("CREATE TRIGGER %1_updated AFTER UPDATE ON %1 BEGIN %2"
                              "SELECT %3, %4, NULL, NULL, '%1', NEW.id, NEW.version, 'update', f, o, n "
                              "FROM (%5) WHERE o IS NOT n; END")
                   .arg(t.name, insertInto, nextSet, now, pairs.join(QStringLiteral(" UNION ALL ")));
        const auto labelOf = [&](const QString &row) { return rowLabel(t, row); };
        if (t.logInserts)
            out << QStringLiteral("CREATE TRIGGER %1_inserted AFTER INSERT ON %1 BEGIN %2"
                              "VALUES (%3, %4, NULL, NULL, '%1', NEW.id, NEW.version, 'insert', NULL, NULL, %5); END")
                   .arg(t.name, insertInto, nextSet, now, labelOf(QStringLiteral("NEW")));
        out << QStringLiteral("CREATE TRIGGER %1_deleted AFTER DELETE ON %1 BEGIN %2"
                              "VALUES (%3, %4, NULL, NULL, '%1', OLD.id, NULL, 'delete', NULL, %5, NULL); END")
                   .arg(t.name, insertInto, nextSet, now, labelOf(QStringLiteral("OLD")));
    }
    return out;
}

QStringList ChangeLogSchema::otherTables()
{
    // Step 8's other tables: what a session, a person or the settings hold
    // beside their own row. They carry no version and no history.
    return fields("session_person session_link setting programme_day availability session_constraint "
                  "session_allowed_room session_allowed_track session_relation kept_free_time track_room design "
                  "design_image");
}

QString ChangeLogSchema::notifyChannel(const QString &eventSchema)
{
    return (QStringLiteral("podium_") + eventSchema).left(63);
}

QStringList ChangeLogSchema::postgresTriggers()
{
    // Every function that writes runs as its owner (SECURITY DEFINER), with
    // the event's schema as its search_path (FROM CURRENT: the migration
    // runs with it first): a desk writes a check-in through its view and may
    // neither read nor forge the history it leaves. session_user is the
    // login even there; Podium's own connections name their author and desk
    // (podium.author, podium.desk), like SQLite's temporary trigger.
    const QString definer = QStringLiteral(" LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$ ");
    QStringList out;
    // One change set per transaction: the id of its first row, remembered
    // in a transaction-local setting.
    out << QStringLiteral(
               "CREATE FUNCTION podium_log(p_table text, p_row bigint, p_version bigint, p_kind text, p_field text, "
               "p_old text, p_new text) RETURNS void")
            + definer
            + QStringLiteral(
                "DECLARE v_set text := NULLIF(current_setting('podium.change_set', true), ''); v_id bigint; "
                "BEGIN "
                "INSERT INTO change_log (change_set, changed_utc, author, desk, table_name, row_id, row_version, kind, "
                "field, old_value, new_value) VALUES (v_set::bigint, "
                "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
                "COALESCE(NULLIF(current_setting('podium.author', true), ''), session_user), "
                "NULLIF(current_setting('podium.desk', true), ''), p_table, p_row, p_version, p_kind, p_field, p_old, "
                "p_new) RETURNING id INTO v_id; "
                "IF v_set IS NULL THEN "
                "UPDATE change_log SET change_set = v_id WHERE id = v_id; "
                "PERFORM set_config('podium.change_set', v_id::text, true); "
                "END IF; END $f$");
    // Only the triggers (running as its owner) write history through it.
    out << QStringLiteral("REVOKE EXECUTE ON FUNCTION podium_log(text, bigint, bigint, text, text, text, text) FROM PUBLIC");
    // The same words as SQLite's RAISE, so a refusal reads the same.
    out << QStringLiteral("CREATE FUNCTION podium_stale_version() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN "
                          "RAISE EXCEPTION '%: % changed since it was read; a change must set version = version + 1', "
                          "'")
            + staleMarker() + QStringLiteral("', TG_TABLE_NAME; END $f$");
    // What changed, for the other windows: the ids a statement touched (up
    // to notifiedIdsMax), otherwise the table. PostgreSQL sends them when
    // the transaction commits, once per distinct text.
    out << QStringLiteral("CREATE FUNCTION podium_notify_rows() RETURNS trigger") + definer
            + QStringLiteral(
                "DECLARE v_ids bigint[]; BEGIN "
                "IF TG_OP = 'DELETE' THEN SELECT array_agg(id) INTO v_ids FROM (SELECT id FROM old_rows LIMIT %1) r; "
                "ELSE SELECT array_agg(id) INTO v_ids FROM (SELECT id FROM new_rows LIMIT %1) r; END IF; "
                "IF v_ids IS NULL THEN RETURN NULL; END IF; "
                "PERFORM pg_notify(left('podium_' || TG_TABLE_SCHEMA, 63), TG_TABLE_NAME || ':' || "
                "CASE WHEN cardinality(v_ids) >= %1 THEN '*' ELSE array_to_string(v_ids, ',') END); "
                "RETURN NULL; END $f$")
                  .arg(notifiedIdsMax + 1);
    out << QStringLiteral("CREATE FUNCTION podium_notify_table() RETURNS trigger") + definer
            + QStringLiteral("BEGIN "
                             "IF TG_OP = 'DELETE' THEN IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF; "
                             "ELSIF TG_OP <> 'TRUNCATE' THEN IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; "
                             "END IF; END IF; "
                             "PERFORM pg_notify(left('podium_' || TG_TABLE_SCHEMA, 63), TG_TABLE_NAME || ':*'); "
                             "RETURN NULL; END $f$");
    // A statement trigger runs even when it changed no row (a delete's
    // cascade to every referencing table): transition tables tell.
    const auto notifyTriggers = [&out](const QString &table, const QString &function) {
        for (const char *op : {"INSERT", "UPDATE", "DELETE"}) {
            const bool deleted = qstrcmp(op, "DELETE") == 0;
            out << QStringLiteral("CREATE TRIGGER %1_notify_%2 AFTER %3 ON %1 REFERENCING %4 TABLE AS %5 "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION %6()")
                       .arg(table, QString::fromLatin1(op).toLower(), QLatin1String(op),
                            deleted ? QStringLiteral("OLD") : QStringLiteral("NEW"),
                            deleted ? QStringLiteral("old_rows") : QStringLiteral("new_rows"), function);
        }
        out << QStringLiteral("CREATE TRIGGER %1_notify_truncate AFTER TRUNCATE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION podium_notify_table()")
                   .arg(table);
    };

    for (const TrackedTable &t : tables()) {
        out << QStringLiteral("CREATE TRIGGER %1_version BEFORE UPDATE ON %1 FOR EACH ROW "
                              "WHEN (NEW.version IS DISTINCT FROM OLD.version + 1) EXECUTE FUNCTION podium_stale_version()")
                   .arg(t.name);
        QString changes;
        for (const QString &f : t.fields)
            changes += QStringLiteral("IF OLD.%1 IS DISTINCT FROM NEW.%1 THEN PERFORM podium_log('%2', NEW.id, "
                                      "NEW.version, 'update', '%1', OLD.%1::text, NEW.%1::text); END IF; ")
                           .arg(f, t.name);
        // A row trigger after `op`, running podium_TABLE_WHAT() with this body.
        const auto rowTrigger = [&](const char *op, const char *what, const QString &body) {
            out << QStringLiteral("CREATE FUNCTION podium_%1_%2() RETURNS trigger").arg(t.name, QLatin1String(what))
                    + definer + QStringLiteral("BEGIN ") + body + QStringLiteral("RETURN NULL; END $f$");
            out << QStringLiteral("CREATE TRIGGER %1_%2 AFTER %3 ON %1 FOR EACH ROW EXECUTE FUNCTION podium_%1_%2()")
                       .arg(t.name, QLatin1String(what), QLatin1String(op));
        };
        rowTrigger("UPDATE", "updated", changes);
        const auto labelOf = [&](const QString &row) { return rowLabel(t, row); };
        if (t.logInserts)
            rowTrigger("INSERT", "inserted",
                       QStringLiteral("PERFORM podium_log('%1', NEW.id, NEW.version, 'insert', NULL, NULL, (%2)::text); ")
                           .arg(t.name, labelOf(QStringLiteral("NEW"))));
        rowTrigger("DELETE", "deleted",
                   QStringLiteral("PERFORM podium_log('%1', OLD.id, NULL, 'delete', NULL, (%2)::text, NULL); ")
                       .arg(t.name, labelOf(QStringLiteral("OLD"))));
        notifyTriggers(t.name, QStringLiteral("podium_notify_rows"));
    }
    for (const QString &table : otherTables())
        notifyTriggers(table, QStringLiteral("podium_notify_table"));
    return out;
}
