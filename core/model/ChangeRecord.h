#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

// One row of an event's history: a field of a row changed (old and new
// value as stored, NULL kept), or a row was created or deleted (its label
// as new or old value). Rows written by one edit share a change set.
struct ChangeRecord
{
    enum class Kind { Update, Insert, Delete };
    qint64 id = 0;
    qint64 changeSet = 0;
    QDateTime at; // UTC
    QString author; // empty: made outside Podium (sqlite3) or by an unnamed login
    QString desk;
    QString table; // "session", "person", "participant", "room", "track", "event"
    qint64 rowId = 0;
    int rowVersion = 0; // the version the change gave the row (0 for a deletion)
    Kind kind = Kind::Update;
    QString field; // the column, for updates
    QVariant oldValue;
    QVariant newValue;
};

// Why an edit was refused: someone changed (or deleted) the row since the
// editor read it. `changes` are theirs, oldest first; the row is now at
// currentVersion.
struct EditConflict
{
    QString table;
    qint64 rowId = 0;
    int editedVersion = 0;
    int currentVersion = 0;
    bool deleted = false;
    QList<ChangeRecord> changes;
};
