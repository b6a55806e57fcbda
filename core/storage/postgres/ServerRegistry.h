#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The schema "podium" of a database that holds events: a table of the events
// (name, the schema that holds each, its schema version, when it was
// created) and the SQL functions Podium's queries call on the server
// (podium.fold, the search folding of SearchFolding). One event is one schema,
// so that an event's tables, roles and grants stay apart from the others'.
class ServerRegistry
{
public:
    struct Entry
    {
        QString name;
        QString schema;
        int version = 0;
        QString createdUtc;
    };

    // Creates or completes the registry (idempotent). The caller holds the transaction.
    static Status init(QSqlDatabase db);
    // Whether server init ran on this database.
    static Result<bool> isInitialised(QSqlDatabase db);
    static Result<std::optional<Entry>> find(QSqlDatabase db, const QString &event);
    static Result<QList<Entry>> all(QSqlDatabase db);
    static Status add(QSqlDatabase db, const Entry &entry);
    static Status remove(QSqlDatabase db, const QString &event);
    static Status setVersion(QSqlDatabase db, const QString &event, int version);
    // A schema name for a new event that no other schema has ("event_imi_2018").
    static Result<QString> newSchemaName(QSqlDatabase db, const QString &event);
};
