#pragma once

#include "storage/EventStore.h"
#include "storage/StoreLocation.h"
#include "storage/postgres/EventRoles.h"
#include "storage/postgres/PgIndexSuspension.h"
#include "util/ChangeAuthor.h"

#include <memory>

typedef struct pg_conn PGconn;

// An event in a schema on a PostgreSQL server (see docs/TEAM-MODE.md): the
// EventStore over Qt's QPSQL driver. Opening finds the event in the
// registry (ServerRegistry), refuses one written by a newer Podium, upgrades
// an older one when the login is one of its organisers, and reads through
// the schema the login's role may use (the event's own, or the desk's or
// viewer's views), which the server enforces. Every edit is one transaction,
// so a lost connection leaves nothing half-written.
class PostgresStore final : public EventStore
{
public:
    static Result<std::unique_ptr<PostgresStore>> open(const StoreLocation &location, const OpenOptions &options);
    ~PostgresStore() override;

    // For storage classes only: the libpq connection under Qt's driver (COPY, LISTEN), and the event's names.
    PGconn *handle() const;
    QString eventName() const { return m_event; }
    QString eventSchema() const { return m_schema; }

    QString location() const override { return m_location.withoutPassword(); }
    QString displayName() const override { return m_event; }
    bool isOnServer() const override { return true; }
    int schemaVersion() const override { return m_version; }
    qint64 dataVersion() const override;
    Status verifyWhole(const std::function<bool()> &progress = {}) const override;
    // A server checks its own pages; before each write this signs the
    // connection again if Preferences renamed the author or desk meanwhile.
    Status ensureWhole() const override;
    QString describe(const QString &problem) const override;
    StorePermissions permissions() const override;
    std::unique_ptr<ParticipantSink> participantSink() const override;
    Status failure(const QSqlError &error) const override;
    Status failure(const QString &driverText) const override;
    Status suspendIndexes(const QStringList &tables) const override { return m_suspension.suspend(tables); }
    Status restoreIndexes() const override { return m_suspension.restore(); }
    // The same with the statement's SQLSTATE (empty when the driver gives none).
    Status failure(const QString &driverText, const QString &sqlState) const;

private:
    friend class EventServer;
    explicit PostgresStore(const QString &connection, const StoreLocation &location);
    // A connection to the server, no event opened yet (EventServer uses it to create one).
    static Result<std::unique_ptr<PostgresStore>> connect(const StoreLocation &location, const QString &password);
    // Finds the event, checks its version and the login's role, upgrades it when it may.
    Status attach(const QString &event, const OpenOptions &options);
    // Reads through `schema` from now on (the event's, or a role's views).
    Status useSchema(const QString &schema);

    StoreLocation m_location;
    QString m_event;
    QString m_schema;
    int m_version = 0;
    EventRoles::Access m_access;
    mutable qint64 m_lastDataVersion = 0;
    mutable PgIndexSuspension m_suspension{*this};
    mutable ChangeAuthor m_signedAs; // what podium.author and podium.desk say on this connection
};
