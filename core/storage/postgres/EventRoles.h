#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QList>
#include <QString>

#include <optional>

// Who may do what with an event on a PostgreSQL server. The server enforces
// it, not Podium: each event has three NOLOGIN roles that logins are made
// members of (podium-cli server grant):
//   organiser  owns the event's schema: everything, migrations included;
//   desk       reads the programme, the participants and the names needed at
//              the door, and writes nothing but a registration's check-in time;
//   viewer     reads the programme and its speakers, without personal data.
// Desk and viewer never get the event's own tables: they read views of them
// in a schema of their own ("<schema>_desk", "<schema>_viewer") with the
// same table and column names, where the columns they may not see are empty
// (and, for the viewer, only speakers are people and there are no
// registrations; neither sees when a person is available). So a desk login reading e-mails with psql is refused by the
// server, and Podium runs its usual SQL with that schema first in search_path.
// Roles are per event, not per server, so a colleague can run the door of one
// event and organise another on the same database. `event` is the event's
// name on the server (?event=NAME); role names use the connected database.
class EventRoles
{
public:
    enum class Role { Organiser, Desk, Viewer };

    // "DATABASE/EVENT/ROLE" (roles belong to the whole cluster, so the
    // database is part of the name), e.g. "podium/imi-2018/desk".
    static QString roleName(const QString &database, const QString &event, Role role);
    static QString keyword(Role role); // "organiser", "desk", "viewer"
    static std::optional<Role> parse(const QString &keyword);
    // The schema a role's views live in.
    static QString viewSchema(const QString &eventSchema, Role role);

    // Creates the roles when missing and (re)builds the desk's and viewer's
    // views and every grant from the event's tables as they are now. Run by
    // server init and publish, and after each migration (new tables and
    // columns). Idempotent; the caller holds the transaction.
    static Status setUp(QSqlDatabase db, const QString &eventSchema, const QString &event);
    // Makes the login `user` a member of the event's role (or no longer).
    static Status grant(QSqlDatabase db, const QString &event, Role role, const QString &user);
    static Status revoke(QSqlDatabase db, const QString &event, Role role, const QString &user);
    // Drops the event's roles and views (when the event itself is dropped).
    static Status drop(QSqlDatabase db, const QString &eventSchema, const QString &event);

    // What the connected login may do with the event, asked of the server
    // (has_table_privilege, has_column_privilege), and where it reads.
    struct Access
    {
        Role role = Role::Viewer;
        QString schema; // first in search_path: the event's, or the role's views
        bool editProgramme = false;
        bool editParticipants = false;
        bool checkIn = false;
        bool seeParticipants = false;
        bool seeContactDetails = false; // e-mail, phone, dietary, accessibility, notes
    };
    // Fails in one sentence when the login has none of the event's roles.
    static Result<Access> accessOf(QSqlDatabase db, const QString &eventSchema, const QString &event);
    // The events of the connected database this login has a role for (its
    // strongest), by name: what Open from Server lists.
    struct EventAccess
    {
        QString event;
        Role role;
    };
    static Result<QList<EventAccess>> eventsOf(QSqlDatabase db);

    // The sentence for an action the role may not do ("The desk role may only check people in.").
    static QString refusal(Role role);

    static QString quoted(const QString &identifier);
};
