#include "storage/postgres/PostgresStore.h"

#include "storage/ChangeLogSchema.h"
#include "storage/Schema.h"
#include "storage/Statement.h"
#include "storage/postgres/PostgresEventSchema.h"
#include "storage/postgres/PgConnection.h"
#include "storage/postgres/PgParticipantSink.h"
#include "storage/postgres/ServerAttribution.h"
#include "storage/postgres/ServerLogin.h"
#include "storage/postgres/ServerRegistry.h"
#include "storage/postgres/ServerSql.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStore)
};
} // namespace

PostgresStore::PostgresStore(const QString &connection, const StoreLocation &location)
    : EventStore(SqlDialect::Kind::PostgreSQL, connection), m_location(location)
{
}

PostgresStore::~PostgresStore() = default;

Result<std::unique_ptr<PostgresStore>> PostgresStore::connect(const StoreLocation &location, const QString &password)
{
    using R = Result<std::unique_ptr<PostgresStore>>;
    const QString connection = nextConnectionName();
    auto db = ServerLogin::open(location.uri(), connection, password);
    if (!db)
        return R::failure(db.error(), db.details());
    return std::unique_ptr<PostgresStore>(new PostgresStore(connection, location));
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const StoreLocation &location, const OpenOptions &options)
{
    using R = Result<std::unique_ptr<PostgresStore>>;
    if (!location.isServer())
        return R::failure(Tr::tr("“%1” is not a server address: write postgresql://USER@HOST/DATABASE?event=NAME.")
                              .arg(location.path()));
    const QString event = location.event();
    if (event.isEmpty())
        return R::failure(Tr::tr("Name the event in the address (…?event=NAME); `podium-cli server list %1` shows them.")
                              .arg(location.serverOnly()));
    auto store = connect(location, options.password);
    if (!store)
        return store;
    if (Status s = store.value()->attach(event, options); !s)
        return R::failure(s.error(), s.details());
    return store;
}

Status PostgresStore::attach(const QString &event, const OpenOptions &options)
{
    m_event = event;
    const QSqlDatabase db = database();
    const QString missing = Tr::tr("No event “%1” on this server; `podium-cli server list %2` shows them.")
                                .arg(event, m_location.serverOnly());
    auto initialised = ServerRegistry::isInitialised(db);
    if (!initialised)
        return failure(initialised.details());
    if (!initialised.value())
        return Status::failure(missing);
    auto entry = ServerRegistry::find(db, event);
    if (!entry)
        return failure(entry.details());
    if (!entry->has_value())
        return Status::failure(missing);
    m_schema = entry->value().schema;
    m_version = entry->value().version;
    if (m_version > Schema::currentVersion())
        return Status::failure(describe(Tr::tr("was saved by a newer version of Podium (format %1; this version reads up "
                                               "to %2). Update Podium to open it.")
                                            .arg(m_version)
                                            .arg(Schema::currentVersion())));
    auto access = EventRoles::accessOf(db, m_schema, event);
    if (!access)
        return Status::failure(access.error(), access.details());
    m_access = access.value();
    if (m_version < Schema::currentVersion()) {
        if (m_access.role != EventRoles::Role::Organiser || options.readOnly || !options.upgrade)
            return Status::failure(describe(Tr::tr("was saved by an older version of Podium and must be upgraded "
                                                   "first: one of its organisers opens it with this version.")));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN")))
            return failure(q.lastError());
        if (Status s = PostgresEventSchema::upgrade(db, m_schema, event, m_version); !s) {
            q.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(describe(Tr::tr("could not be upgraded to format %1: %2")
                                                .arg(Schema::currentVersion())
                                                .arg(s.error())),
                                   s.details());
        }
        if (!q.exec(QStringLiteral("COMMIT")))
            return failure(q.lastError());
        m_version = Schema::currentVersion();
        // What the role may do may have grown with the new tables.
        auto again = EventRoles::accessOf(db, m_schema, event);
        if (!again)
            return Status::failure(again.error(), again.details());
        m_access = again.value();
    }
    if (Status s = useSchema(m_access.schema); !s)
        return s;
    // The history's author and desk (else the triggers record the login).
    m_signedAs = ChangeAuthor::current();
    if (Status s = ServerAttribution::apply(db, m_signedAs); !s)
        return s;
    const StorePermissions allowed = permissions();
    const bool canWrite = allowed.editProgramme || allowed.editParticipants || allowed.checkIn;
    if (options.readOnly || !canWrite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET default_transaction_read_only = on")))
            return failure(q.lastError());
        setReadOnly(true, options.readOnly ? Tr::tr("Opened read-only as asked.") : allowed.refusal);
    }
    m_lastDataVersion = dataVersion();
    return {};
}

Status PostgresStore::ensureWhole() const
{
    const ChangeAuthor now = ChangeAuthor::current();
    if (now.name == m_signedAs.name && now.desk == m_signedAs.desk)
        return {};
    if (Status s = ServerAttribution::apply(database(), now); !s)
        return s;
    m_signedAs = now;
    return {};
}

Status PostgresStore::useSchema(const QString &schema)
{
    // Only the event's schema (or the role's views): nothing else's tables are found by name.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SET search_path TO %1").arg(EventRoles::quoted(schema))))
        return failure(q.lastError());
    return {};
}

PGconn *PostgresStore::handle() const
{
    return PgConnection::of(*this);
}

qint64 PostgresStore::dataVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT n FROM %1").arg(PostgresEventSchema::dataVersionTable())) && q.next())
        m_lastDataVersion = q.value(0).toLongLong();
    return m_lastDataVersion;
}

Status PostgresStore::verifyWhole(const std::function<bool()> &) const
{
    // The server checks its own pages; here: is it still there, and is the event?
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM event")))
        return failure(q.lastError());
    return {};
}

QString PostgresStore::describe(const QString &problem) const
{
    return Tr::tr("“%1” on the server %2").arg(m_event, problem);
}

StorePermissions PostgresStore::permissions() const
{
    StorePermissions p;
    p.roleName = EventRoles::keyword(m_access.role);
    p.editProgramme = m_access.editProgramme;
    p.editParticipants = m_access.editParticipants;
    p.checkIn = m_access.checkIn;
    p.seeParticipants = m_access.seeParticipants;
    p.seeContactDetails = m_access.seeContactDetails;
    p.refusal = EventRoles::refusal(m_access.role);
    return p;
}

std::unique_ptr<ParticipantSink> PostgresStore::participantSink() const
{
    return std::make_unique<PgParticipantSink>(*this);
}

namespace {
// Why a statement failed, from its SQLSTATE when the driver gives one (the
// server's words follow its lc_messages, which may not be English), else
// from libpq's own words (a lost connection has no SQLSTATE).
enum class Cause { Lost, Refused, ReadOnly, Concurrent, Missing, DiskFull, Stale, Other };

Cause causeOf(const QString &state, const QString &text, bool organiser)
{
    if (text.contains(ChangeLogSchema::staleMarker()))
        return Cause::Stale; // our own RAISE, in every language
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
        return Cause::Lost;
    // 0A000: a desk's or viewer's view whose emptied columns, or the whole of
    // it, it may only read (an organiser meets it only as a real problem).
    if (state == QLatin1String("42501") || (state == QLatin1String("0A000") && !organiser))
        return Cause::Refused;
    if (state == QLatin1String("25006"))
        return Cause::ReadOnly;
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return Cause::Concurrent;
    if (state == QLatin1String("42P01") || state == QLatin1String("42703") || state == QLatin1String("3F000"))
        return Cause::Missing;
    if (state == QLatin1String("53100"))
        return Cause::DiskFull;
    const auto has = [&](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("server closed the connection") || has("terminating connection") || has("no connection to the server")
        || has("connection to server was lost") || has("could not receive data") || has("could not send data")
        || has("connection not open") || has("SSL SYSCALL") || has("Broken pipe") || has("connection reset"))
        return Cause::Lost;
    const bool viewRefused = !organiser
        && (has("not updatable") || has("cannot insert into column") || has("cannot update column")
            || has("cannot insert into view") || has("cannot update view") || has("cannot delete from view"));
    if (viewRefused || has("permission denied") || has("must be owner") || has("insufficient privilege"))
        return Cause::Refused;
    if (has("read-only transaction"))
        return Cause::ReadOnly;
    if (has("could not serialize") || has("deadlock detected") || has("lock timeout")
        || has("canceling statement due to lock"))
        return Cause::Concurrent;
    if (has("does not exist") && (has("relation") || has("column") || has("schema")))
        return Cause::Missing;
    if (has("could not extend file") || has("No space left"))
        return Cause::DiskFull;
    return Cause::Other;
}
} // namespace

Status PostgresStore::failure(const QSqlError &error) const
{
    return failure(error.databaseText().isEmpty() ? error.text() : error.databaseText(), error.nativeErrorCode());
}

Status PostgresStore::failure(const QString &text) const
{
    return failure(text, QString());
}

Status PostgresStore::failure(const QString &text, const QString &sqlState) const
{
    const bool organiser = m_access.role == EventRoles::Role::Organiser;
    switch (causeOf(sqlState, text, organiser)) {
    case Cause::Lost:
        return Status::failure(Tr::tr("The connection to the server was lost: nothing of this change was saved. "
                                      "Check the network and open the event again."),
                               text);
    case Cause::Refused:
        return Status::failure(organiser ? describe(Tr::tr("refused the change: your login lacks a right it needs. "
                                                           "Nothing was saved."))
                                         : EventRoles::refusal(m_access.role) + QLatin1Char(' ')
                                               + Tr::tr("Nothing was saved."),
                               text);
    case Cause::ReadOnly:
        return Status::failure(describe(Tr::tr("was opened read-only: nothing was saved.")), text);
    case Cause::Concurrent:
        return Status::failure(describe(Tr::tr("was being changed by someone else at the same moment: nothing was "
                                               "saved. Try again.")),
                               text);
    case Cause::Missing:
        return Status::failure(describe(Tr::tr("lacks part of what Podium stores (it was changed outside Podium, or "
                                               "removed). Nothing was changed.")),
                               text);
    case Cause::DiskFull:
        return Status::failure(describe(Tr::tr("could not be changed: the server's disk is full. Nothing was saved.")),
                               text);
    case Cause::Stale:
        return Status::failure(describe(Tr::tr("refused the change: someone changed the same item since you read it. "
                                               "Nothing was saved.")),
                               text);
    case Cause::Other:
        break;
    }
    return Status::failure(describe(Tr::tr("could not be read or changed (the server says: %1).").arg(text.trimmed())),
                           text);
}
