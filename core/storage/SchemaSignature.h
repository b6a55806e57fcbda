#pragma once

#include "util/Result.h"

#include <QString>

#include <map>

struct sqlite3;

// What a file's schema holds, item by item: tables, their columns and
// foreign keys, indexes, triggers and views. A file whose signature differs
// from what this version's own migrations create for its format was changed
// by another program (a trigger copying personal data away, a dropped
// column): Podium must not write to it.
class SchemaSignature
{
public:
    // Reads the schema of the main database of db.
    static Result<SchemaSignature> read(sqlite3 *db);
    // What Schema's steps up to `version` create, built once per version in
    // an in-memory database (so new steps are followed without a list here).
    static Result<SchemaSignature> reference(int version);

    // The differences from `expected`, each a clause for a sentence
    // ("the table “participant” has no column “notes”"); empty when equal.
    // Indexes Podium makes with CREATE INDEX are left out: they hold no data
    // of their own and run no code, so they are set right (indexRepairs)
    // instead of refusing a file (an older build's, or one given an index).
    QStringList differencesFrom(const SchemaSignature &expected) const;
    // The statements that make this file's indexes those of `expected`:
    // extra ones dropped, missing and different ones (re)made.
    QStringList indexRepairs(const SchemaSignature &expected) const;
    // One sentence about the file at `path`, or empty when it matches.
    static QString describeDifferences(const QString &path, const QStringList &differences);

private:
    enum class Kind { Trigger, View, Table, Column, ForeignKey, Index };
    struct Item
    {
        Kind kind;
        QString owner; // the table of a column, foreign key, index or trigger
        QString name;
        QString definition;
        QString sql; // an index's CREATE statement (empty for those made by constraints)
    };
    // An index made by CREATE INDEX (not by a UNIQUE or PRIMARY KEY constraint).
    static bool isRepairable(const Item &item) { return item.kind == Kind::Index && !item.sql.isEmpty(); }
    static QString missing(const Item &item);
    static QString extra(const Item &item);
    static QString changed(const Item &item);
    void add(Item item);

    std::map<QString, Item> m_items; // by kind, owner and name: differences come out in that order
};
