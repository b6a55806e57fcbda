#pragma once

#include "storage/SqlDialect.h"
#include "storage/StorePermissions.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <unordered_map>

class EventRepository;
class RoomRepository;
class TrackRepository;
class SessionRepository;
class PersonRepository;
class ParticipantRepository;
class SettingRepository;
class StatisticsRepository;
class ParticipantSink;
class RowCursor;
class QSqlError;

// Where one event is stored: an SQLite file (EventFile) or a schema on a
// PostgreSQL server. Everything outside core/storage takes an EventStore and
// talks to its repositories; what differs between the stores (the dialect,
// the bulk paths, how errors read) sits behind this class. Every edit is one
// transaction, committed at once.
class EventStore
{
public:
    struct OpenOptions
    {
        bool readOnly = false;
        // Take the "open in Podium" lock beside the file, so that a second
        // window or process opening the same file is told (the GUI does this).
        bool exclusive = false;
        // Upgrade events written by an older Podium (when false, they open read-only).
        bool upgrade = true;
        // A file whose schema another program changed (a trigger added, a
        // column dropped) is refused; with this set it opens read-only
        // instead, and schemaChange() says what differs (the GUI asks first).
        bool openChangedReadOnly = false;
        // The server password, when the user typed one (the GUI asks once);
        // otherwise libpq's own ways apply (~/.pgpass, PGPASSWORD, a service).
        QString password;
    };

    virtual ~EventStore();
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    // The file's path, or the server location (a URI without its password).
    virtual QString location() const = 0;
    // The file name or the event's name, for titles and messages.
    virtual QString displayName() const = 0;
    // True for an event on a server (no lock file, no backup copy, no repair).
    virtual bool isOnServer() const = 0;
    bool isReadOnly() const { return m_readOnly; }
    // Why the event opened read-only (empty when it is writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    virtual int schemaVersion() const = 0;
    // Changes when another process commits to the event, so the GUI can reload.
    virtual qint64 dataVersion() const = 0;
    // The store's full check (a file's every page and index), whatever was
    // checked before: destructive operations (erase, anonymise, imports) call
    // it first. Damage fails in one sentence. A server checks its own pages.
    virtual Status verifyWhole(const std::function<bool()> &progress = {}) const = 0;
    // The same check, run only once a session: every write calls it first.
    virtual Status ensureWhole() const = 0;
    // "“demo.podium”: " (or the server event) prefix for messages about it.
    virtual QString describe(const QString &problem) const = 0;
    // What the connected user may do (a file: everything; a server: the event's role).
    virtual StorePermissions permissions() const { return {}; }

    EventRepository event() const;
    RoomRepository rooms() const;
    TrackRepository tracks() const;
    SessionRepository sessions() const;
    PersonRepository people() const;
    ParticipantRepository participants() const;
    SettingRepository settings() const;
    StatisticsRepository statistics() const;
    // Writes many people and registrations fast (imports, generation, undo of
    // imports); the caller holds the transaction.
    virtual std::unique_ptr<ParticipantSink> participantSink() const = 0;

    // For storage classes only.
    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    int &transactionDepth() const { return m_transactionDepth; }
    QSqlQuery &cachedQuery(const QString &sql) const;
    // Rows of a query without a QVariant per value (see RowCursor). Binds are
    // text or integers (qint64).
    virtual std::unique_ptr<RowCursor> select(const QString &sql, const QVariantList &binds = {}) const;
    // The sentence for a failed statement (locked, read-only, disk full,
    // connection lost...), naming the store; `error` keeps the driver's words.
    virtual Status failure(const QSqlError &error) const = 0;
    virtual Status failure(const QString &driverText) const = 0;
    // For ForeignKeyChecksOff: SQLite's per-connection switch; a server keeps its checks.
    virtual void setForeignKeyChecks(bool on) const { Q_UNUSED(on); }
    // Runs `edits` (which remove personal data) in one transaction so that
    // the store keeps no copy it controls: a file overwrites the freed
    // records with zeros. What a server keeps (WAL, backups) is the operator's.
    virtual Status scrub(const std::function<Status()> &edits) const;
    // For copies (publish, pull): history rows written on this connection from
    // now on are kept as given, not signed with this connection's author and
    // change set (what a file does to every change otherwise).
    virtual Status writeHistoryVerbatim() const { return {}; }
    // For a bulk load inside one transaction (imports, generation, publish):
    // a server sets these tables' plain indexes and foreign keys aside and
    // builds them once at restoreIndexes(); a file keeps them (its
    // participant sink sets its own indexes aside).
    virtual Status suspendIndexes(const QStringList &tables) const
    {
        Q_UNUSED(tables);
        return {};
    }
    virtual Status restoreIndexes() const { return {}; }
    // Gives freed space back and drops old copies of pages (a file's VACUUM
    // and its journal); nothing for a server, whose autovacuum does that.
    virtual Status compact() const { return {}; }

protected:
    EventStore(SqlDialect::Kind dialect, QString connection);
    void setReadOnly(bool readOnly, const QString &reason = {})
    {
        m_readOnly = readOnly;
        m_readOnlyReason = reason;
    }
    // Closes the connection (subclasses call it from their destructor first
    // when they hold more on it).
    void closeConnection();
    QString connectionName() const { return m_connection; }
    // A fresh name for a QSqlDatabase connection of this process.
    static QString nextConnectionName();

private:
    SqlDialect m_dialect;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    mutable int m_transactionDepth = 0;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cachedQueries;
};
