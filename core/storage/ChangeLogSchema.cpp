#include "storage/ChangeLogSchema.h"

namespace {
QStringList fields(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
        const QString label = QString(t.label).replace(QLatin1String("first_name"), QLatin1String("%1.first_name"))
                                  .replace(QLatin1String("last_name"), QLatin1String("%1.last_name"));
        const auto labelOf = [&](const QString &row) {
            return t.label.contains(QLatin1Char(' ')) ? QString(label).arg(row) : row + QLatin1Char('.') + t.label;
        };
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
