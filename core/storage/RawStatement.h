#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <vector>

class EventFile;
struct sqlite3_stmt;

// A prepared statement on the raw SQLite handle, for the bulk paths (imports
// of 100,000 rows, streamed exports) where QSqlQuery's QVariants cost too much.
// Storage classes only.
class RawStatement
{
public:
    RawStatement(const EventFile &file, const QString &sql);
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    // 1-based, as in SQLite. Text is converted into a buffer of this
    // statement's, kept until the next bind of the same index, so SQLite
    // need not copy it again and no allocation happens once buffers have grown.
    void bindText(int index, QStringView value);
    // Copied into the parameter's buffer, as bindText does.
    void bindUtf8(int index, const QByteArray &value) { bindUtf8(index, value.constData(), int(value.size())); }
    void bindUtf8(int index, const char *text, int size);
    // Text that outlives the statement (a string literal), not copied.
    // Binding the same literal, integer or NULL again as on the last run is
    // skipped (with Bindings::Keep): bulk inserts repeat many of them per row.
    void bindStaticText(int index, const char *text);
    // UTF-8 that stays where it is until the statement has run, not copied.
    void bindUtf8View(int index, QByteArrayView text);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    // Runs to completion, calling visit for each row (return false to stop early).
    Status each(const std::function<bool(sqlite3_stmt *)> &visit);
    // One step of a query read row by row (SqliteRowCursor): true on a row;
    // false at the end, or on failure with `status` set.
    bool step(Status &status);
    sqlite3_stmt *handle() const { return m_statement; }
    // After a run: Clear sets every parameter back to NULL; Keep leaves the
    // bindings for a caller that binds every parameter again before each run
    // (the bulk inserts), and saves SQLite that work on each of their rows.
    enum class Bindings { Clear, Keep };
    // Runs a statement that returns no rows; resets it for the next use.
    Status exec(Bindings after = Bindings::Clear);
    qint64 lastInsertId() const;

private:
    Status failure() const;
    // What a parameter holds, where that is cheap to know again.
    struct Bound
    {
        enum class Kind : unsigned char { Unknown, Static, Int, Null } kind = Kind::Unknown;
        const char *text = nullptr;
        qint64 value = 0;
    };
    Bound *bound(int index);

    const EventFile &m_file;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
    std::vector<QByteArray> m_buffers; // one per parameter, for bindText
    std::vector<Bound> m_bound;        // one per parameter
};
