#pragma once

#include <QString>

// What differs between the SQL of the two stores, in one place, so that the
// repositories write one statement for both: case-insensitive comparison and
// order, inserts that return the new id, how a writing transaction starts,
// and the schema's DDL (written for SQLite, translated for PostgreSQL).
// Upserts need nothing here: both take INSERT ... ON CONFLICT (key) DO UPDATE
// SET column = excluded.column, which is what the repositories write.
class SqlDialect
{
public:
    enum class Kind { SQLite, PostgreSQL };
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind kind() const { return m_kind; }

    // `expression` compared and sorted without regard to case:
    // "email COLLATE NOCASE" (SQLite) or "lower(email)" (PostgreSQL).
    QString caseless(const QString &expression) const;
    // LIKE that ignores the case of ASCII letters, as SQLite's does.
    QString caselessLike() const;
    // An INSERT that gives the new row's id: as it is (SQLite reads the
    // rowid afterwards) or with RETURNING id (PostgreSQL, whose driver cannot).
    QString returningId(const QString &insert) const;
    bool returnsIdAsRow() const { return m_kind == Kind::PostgreSQL; }
    // The value for the id column of an INSERT into `table`: the bound id, or
    // a new one when it is NULL ("?" for SQLite, which does that itself).
    QString newRowId(const QString &table) const;
    // The statement that starts an outermost transaction: SQLite takes the
    // write lock at once (BEGIN IMMEDIATE) instead of failing half-way.
    QString beginTransaction() const;
    // `expression` folded for accent- and case-insensitive search (SearchFolding):
    // podium_fold(x), a function of each SQLite connection, or the same
    // function the server's registry schema holds (podium.fold(x)).
    QString fold(const QString &expression) const;
    // What orders rows of a table without an id as they were inserted
    // (SQLite's rowid; PostgreSQL's ctid, which copies keep in that order).
    QString insertionOrder() const;
    // After rows were inserted with their ids: the statement that moves the
    // table's id generator past them (PostgreSQL's identity sequence), or empty.
    QString resetIdentity(const QString &table) const;
    // A query listing the event's tables (and, on a server, a role's views), one name per row.
    QString listTables() const;
    // A query listing the foreign keys between them: (table, the table it refers to).
    QString listReferences() const;
    // Starts a read-only transaction that sees one consistent state (a pull, a copy).
    QString beginSnapshot() const;
    // A schema statement written for SQLite, for this store: for PostgreSQL
    // INTEGER PRIMARY KEY becomes a bigint identity, INTEGER bigint, REAL
    // double precision, BLOB bytea; in an index "x COLLATE NOCASE" becomes
    // lower(x), in a column definition the collation goes (searches compare
    // with caseless()); a table a rebuild drops takes its dependants' foreign
    // keys along only when the step says so (DROP TABLE stays as written).
    QString translateDdl(const QString &statement) const;

private:
    Kind m_kind;
};
