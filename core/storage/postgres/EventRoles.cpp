#include "storage/postgres/EventRoles.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <map>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EventRoles", text);
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

Status run(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    // PostgreSQL prepares no DDL: statements without parameters run as they are.
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok)
        return Status::failure(tr("The server refused to set up the event's roles."), q.lastError().text());
    return {};
}

Result<QString> currentDatabase(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT current_database()")) || !q.next())
        return Result<QString>::failure(tr("The server did not say which database this is."), q.lastError().text());
    return q.value(0).toString();
}

// What each role may not see: columns left empty in its views.
// Desk: the names, organisation, category, code and check-in of everyone,
// not how to reach them nor what they told the organisers in confidence.
// Viewer: the programme; people only as speakers, without contact details.
const std::map<QString, QSet<QString>> &hiddenColumns(EventRoles::Role role)
{
    static const std::map<QString, QSet<QString>> desk = {
        {QStringLiteral("person"), {QStringLiteral("email"), QStringLiteral("phone")}},
        {QStringLiteral("participant"),
         {QStringLiteral("dietary"), QStringLiteral("accessibility"), QStringLiteral("notes")}},
    };
    static const std::map<QString, QSet<QString>> viewer = {
        {QStringLiteral("person"), {QStringLiteral("email"), QStringLiteral("phone")}},
        {QStringLiteral("participant"),
         {QStringLiteral("dietary"), QStringLiteral("accessibility"), QStringLiteral("notes"),
          QStringLiteral("code")}},
    };
    return role == EventRoles::Role::Desk ? desk : viewer;
}

// Which rows a role's view shows of a table (empty: all).
QString rowFilter(EventRoles::Role role, const QString &schema, const QString &table)
{
    // When a person is free or busy is theirs: rooms' availability only.
    if (table == QLatin1String("availability"))
        return QStringLiteral("t.person_id IS NULL");
    // The history holds every old value (e-mails, needs): a desk sees who
    // checked people in, a viewer nothing of it.
    if (table == QLatin1String("change_log"))
        return role == EventRoles::Role::Desk
                   ? QStringLiteral("t.table_name = 'participant' AND t.field IN ('checked_in_utc', 'desk')")
                   : QStringLiteral("false");
    if (role != EventRoles::Role::Viewer)
        return {};
    if (table == QLatin1String("participant") || table == QLatin1String("double_checkin"))
        return QStringLiteral("false");
    if (table == QLatin1String("person"))
        return QStringLiteral("EXISTS (SELECT 1 FROM %1.session_person sp WHERE sp.person_id = t.id)")
            .arg(EventRoles::quoted(schema));
    return {};
}

struct Column
{
    QString name;
    QString type;
};

Result<std::map<QString, std::vector<Column>>> tablesOf(QSqlDatabase &db, const QString &schema)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = ? AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum"));
    q.addBindValue(schema);
    if (!q.exec())
        return Result<std::map<QString, std::vector<Column>>>::failure(
            tr("The server did not list the event's tables."), q.lastError().text());
    std::map<QString, std::vector<Column>> tables;
    while (q.next())
        tables[q.value(0).toString()].push_back({q.value(1).toString(), q.value(2).toString()});
    return tables;
}

Status buildViews(QSqlDatabase &db, const QString &schema, const std::map<QString, std::vector<Column>> &tables,
                  EventRoles::Role role, const QString &roleName, const QString &organiser)
{
    const QString views = EventRoles::quoted(EventRoles::viewSchema(schema, role));
    const QString base = EventRoles::quoted(schema);
    // The schema stays (an organiser may rebuild the views after a migration, but not create
    // schemas in the database); its views are made afresh from the tables as they are now.
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                    "WHERE n.nspname = ? AND c.relkind = 'v'"));
    existing.addBindValue(EventRoles::viewSchema(schema, role));
    if (!existing.exec())
        return Status::failure(tr("The server refused to set up the event's roles."), existing.lastError().text());
    QStringList old;
    while (existing.next())
        old << existing.value(0).toString();
    const bool schemaExists = [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"));
        q.addBindValue(EventRoles::viewSchema(schema, role));
        return q.exec() && q.next();
    }();
    if (!schemaExists) {
        if (Status s = run(db, QStringLiteral("CREATE SCHEMA %1 AUTHORIZATION %2").arg(views, EventRoles::quoted(organiser))); !s)
            return s;
    }
    for (const QString &view : std::as_const(old))
        if (Status s = run(db, QStringLiteral("DROP VIEW IF EXISTS %1.%2 CASCADE").arg(views, EventRoles::quoted(view))); !s)
            return s;
    const auto &hidden = hiddenColumns(role);
    for (const auto &[table, columns] : tables) {
        const auto hiddenHere = hidden.find(table);
        QStringList select;
        for (const Column &c : columns) {
            const bool blank = hiddenHere != hidden.end() && hiddenHere->second.contains(c.name);
            if (!blank)
                select << QStringLiteral("t.") + EventRoles::quoted(c.name);
            else if (c.type == QLatin1String("text"))
                select << QStringLiteral("''::text AS %1").arg(EventRoles::quoted(c.name));
            else
                select << QStringLiteral("NULL::%1 AS %2").arg(c.type, EventRoles::quoted(c.name));
        }
        QString sql = QStringLiteral("CREATE VIEW %1.%2 AS SELECT %3 FROM %4.%2 t")
                          .arg(views, EventRoles::quoted(table), select.join(QStringLiteral(", ")), base);
        if (const QString where = rowFilter(role, schema, table); !where.isEmpty())
            sql += QStringLiteral(" WHERE ") + where;
        if (Status s = run(db, sql); !s)
            return s;
        // Owned by the organiser role, which owns the tables: the views read them with its rights.
        if (Status s = run(db, QStringLiteral("ALTER VIEW %1.%2 OWNER TO %3")
                                   .arg(views, EventRoles::quoted(table), EventRoles::quoted(organiser)));
            !s)
            return s;
    }
    const QString grantee = EventRoles::quoted(roleName);
    if (Status s = run(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(views, grantee)); !s)
        return s;
    if (Status s = run(db, QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2").arg(views, grantee)); !s)
        return s;
    // Checking in writes the check-in time and nothing else.
    // (From schema 8 also the desk's name, and the row's version every change raises.)
    if (role == EventRoles::Role::Desk && tables.count(QStringLiteral("participant"))) {
        QStringList columns{QStringLiteral("checked_in_utc")};
        for (const Column &c : tables.at(QStringLiteral("participant")))
            if (c.name == QLatin1String("desk") || c.name == QLatin1String("version"))
                columns << c.name;
        if (Status s = run(db, QStringLiteral("GRANT UPDATE (%1) ON %2.participant TO %3")
                                   .arg(columns.join(QStringLiteral(", ")), views, grantee));
            !s)
            return s;
    }
    // A desk back from an outage records the check-ins it finds made twice (from schema 9).
    if (role == EventRoles::Role::Desk && tables.count(QStringLiteral("double_checkin")))
        return run(db, QStringLiteral("GRANT INSERT ON %1.double_checkin TO %2").arg(views, grantee));
    return {};
}

} // namespace

QString EventRoles::quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString EventRoles::keyword(Role role)
{
    switch (role) {
    case Role::Organiser:
        return QStringLiteral("organiser");
    case Role::Desk:
        return QStringLiteral("desk");
    case Role::Viewer:
        break;
    }
    return QStringLiteral("viewer");
}

std::optional<EventRoles::Role> EventRoles::parse(const QString &keyword)
{
    for (Role role : {Role::Organiser, Role::Desk, Role::Viewer})
        if (keyword.compare(EventRoles::keyword(role), Qt::CaseInsensitive) == 0)
            return role;
    if (keyword.compare(QLatin1String("organizer"), Qt::CaseInsensitive) == 0)
        return Role::Organiser;
    return std::nullopt;
}

QString EventRoles::roleName(const QString &database, const QString &event, Role role)
{
    return database + QLatin1Char('/') + event + QLatin1Char('/') + keyword(role);
}

QString EventRoles::viewSchema(const QString &eventSchema, Role role)
{
    return role == Role::Organiser ? eventSchema : eventSchema + QLatin1Char('_') + keyword(role);
}

Status EventRoles::setUp(QSqlDatabase db, const QString &eventSchema, const QString &event)
{
    const auto database = currentDatabase(db);
    if (!database)
        return Status::failure(database.error(), database.details());
    for (Role role : {Role::Organiser, Role::Desk, Role::Viewer}) {
        const QString name = roleName(*database, event, role);
        if (name.toUtf8().size() > 63)
            return Status::failure(QCoreApplication::translate(
                                       "EventRoles", "The event's name is too long for its roles on the server: "
                                                     "use at most %n characters.", nullptr,
                                      63 - int(roleName(*database, QString(), role).toUtf8().size())));
        if (Status s = run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) "
                                              "THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
                                   .arg(literal(name), quoted(name)));
            !s)
            return s;
    }
    const QString organiser = roleName(*database, event, Role::Organiser);
    // Whoever sets the event up stays able to run its migrations (a superuser is anyway).
    QSqlQuery member(db);
    member.prepare(QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER'), "
                                  "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"));
    member.addBindValue(organiser);
    if (member.exec() && member.next() && !member.value(0).toBool() && !member.value(1).toBool())
        if (Status s = run(db, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(quoted(organiser))); !s)
            return s;

    // The organiser role owns the event: its schema, tables (with their identity sequences) and views.
    if (Status s = run(db, QStringLiteral("ALTER SCHEMA %1 OWNER TO %2").arg(quoted(eventSchema), quoted(organiser))); !s)
        return s;
    auto tables = tablesOf(db, eventSchema);
    if (!tables)
        return Status::failure(tables.error(), tables.details());
    for (const auto &entry : tables.value())
        if (Status s = run(db, QStringLiteral("ALTER TABLE %1.%2 OWNER TO %3")
                                   .arg(quoted(eventSchema), quoted(entry.first), quoted(organiser)));
            !s)
            return s;
    for (Role role : {Role::Desk, Role::Viewer})
        if (Status s = buildViews(db, eventSchema, tables.value(), role, roleName(*database, event, role), organiser); !s)
            return s;
    // Nothing of the event for anyone else (PostgreSQL 15 gives PUBLIC nothing on a new schema).
    return run(db, QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(quoted(eventSchema)));
}

Status EventRoles::grant(QSqlDatabase db, const QString &event, Role role, const QString &user)
{
    const auto database = currentDatabase(db);
    if (!database)
        return Status::failure(database.error(), database.details());
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(user);
    if (!exists.exec() || !exists.next())
        return Status::failure(tr("There is no login “%1” on this server: create it first "
                                  "(CREATE ROLE %1 LOGIN PASSWORD '…' in psql).").arg(user));
    const QString name = roleName(*database, event, role);
    exists.bindValue(0, name);
    if (!exists.exec() || !exists.next())
        return Status::failure(tr("The event “%1” has no roles on this server: run podium-cli server init first.").arg(event));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("GRANT %1 TO %2").arg(quoted(name), quoted(user))))
        return Status::failure(tr("The server refused to give “%1” the %2 role: only the event's organisers "
                                  "and the server's administrators may.")
                                   .arg(user, keyword(role)),
                               q.lastError().text());
    return {};
}

Status EventRoles::revoke(QSqlDatabase db, const QString &event, Role role, const QString &user)
{
    const auto database = currentDatabase(db);
    if (!database)
        return Status::failure(database.error(), database.details());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("REVOKE %1 FROM %2").arg(quoted(roleName(*database, event, role)), quoted(user))))
        return Status::failure(tr("The server refused to take the %1 role from “%2”.").arg(keyword(role), user),
                               q.lastError().text());
    return {};
}

Status EventRoles::drop(QSqlDatabase db, const QString &eventSchema, const QString &event)
{
    const auto database = currentDatabase(db);
    if (!database)
        return Status::failure(database.error(), database.details());
    for (Role role : {Role::Desk, Role::Viewer})
        if (Status s = run(db, QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(quoted(viewSchema(eventSchema, role)))); !s)
            return s;
    for (Role role : {Role::Viewer, Role::Desk, Role::Organiser})
        if (Status s = run(db, QStringLiteral("DROP ROLE IF EXISTS %1").arg(quoted(roleName(*database, event, role)))); !s)
            return s;
    return {};
}

Result<EventRoles::Access> EventRoles::accessOf(QSqlDatabase db, const QString &eventSchema, const QString &event)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT nspname, has_schema_privilege(oid, 'USAGE') FROM pg_namespace "
                             "WHERE nspname IN (?, ?, ?)"));
    q.addBindValue(eventSchema);
    q.addBindValue(viewSchema(eventSchema, Role::Desk));
    q.addBindValue(viewSchema(eventSchema, Role::Viewer));
    if (!q.exec())
        return Result<Access>::failure(tr("The server did not say what you may do with the event."), q.lastError().text());
    QSet<QString> usable;
    while (q.next())
        if (q.value(1).toBool())
            usable << q.value(0).toString();

    Access access;
    if (usable.contains(eventSchema))
        access.schema = eventSchema;
    else if (usable.contains(viewSchema(eventSchema, Role::Desk)))
        access.schema = viewSchema(eventSchema, Role::Desk);
    else if (usable.contains(viewSchema(eventSchema, Role::Viewer)))
        access.schema = viewSchema(eventSchema, Role::Viewer);
    else
        return Result<Access>::failure(
            tr("You have no role for the event “%1” on this server: ask one of its organisers to run "
               "podium-cli server grant.").arg(event));

    // By the tables' oids: naming a table of a schema the login may not use is itself refused.
    const QString oid = QStringLiteral("(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = %1 AND c.relname = %2)");
    const auto table = [&](const QString &schema, const char *name) {
        return oid.arg(literal(schema), literal(QString::fromLatin1(name)));
    };
    QSqlQuery p(db);
    if (!p.exec(QStringLiteral("SELECT has_table_privilege(%1, 'INSERT, UPDATE, DELETE'), "
                               "has_table_privilege(%2, 'INSERT, UPDATE, DELETE'), "
                               "has_column_privilege(%3, 'checked_in_utc', 'UPDATE'), "
                               "has_column_privilege(%4, 'email', 'SELECT')")
                    .arg(table(eventSchema, "session"), table(eventSchema, "participant"),
                         table(access.schema, "participant"), table(eventSchema, "person")))
        || !p.next())
        return Result<Access>::failure(tr("The server did not say what you may do with the event."), p.lastError().text());
    access.editProgramme = p.value(0).toBool();
    access.editParticipants = p.value(1).toBool();
    access.checkIn = p.value(2).toBool();
    access.seeContactDetails = p.value(3).toBool();
    access.role = access.editProgramme ? Role::Organiser
                  : access.schema == viewSchema(eventSchema, Role::Desk) ? Role::Desk
                                                                         : Role::Viewer;
    access.seeParticipants = access.role != Role::Viewer;
    return access;
}

Result<QList<EventRoles::EventAccess>> EventRoles::eventsOf(QSqlDatabase db)
{
    const auto database = currentDatabase(db);
    if (!database)
        return Result<QList<EventAccess>>::failure(database.error(), database.details());
    // Every event set up on this database has its three roles "DATABASE/EVENT/ROLE".
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, ?) "
                             "AND pg_has_role(current_user, oid, 'USAGE') ORDER BY rolname"));
    q.addBindValue(*database + QLatin1Char('/'));
    if (!q.exec())
        return Result<QList<EventAccess>>::failure(tr("The server did not list its events."), q.lastError().text());
    std::map<QString, Role> strongest;
    while (q.next()) {
        const QString name = q.value(0).toString().mid(database->size() + 1);
        const auto role = parse(name.section(QLatin1Char('/'), -1));
        const QString event = name.section(QLatin1Char('/'), 0, -2);
        if (!role || event.isEmpty())
            continue;
        auto found = strongest.find(event);
        if (found == strongest.end() || int(*role) < int(found->second))
            strongest[event] = *role;
    }
    QList<EventAccess> events;
    for (const auto &[event, role] : strongest)
        events.append({event, role});
    return events;
}

QString EventRoles::refusal(Role role)
{
    switch (role) {
    case Role::Organiser:
        return {};
    case Role::Desk:
        return tr("Your role for this event is the door desk: you can check people in, nothing else.");
    case Role::Viewer:
        break;
    }
    return tr("Your role for this event is viewer: you can read the programme but not change it.");
}
