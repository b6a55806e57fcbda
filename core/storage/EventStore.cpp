#include "storage/EventStore.h"

#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/RowCursor.h"
#include "storage/SessionRepository.h"
#include "storage/SettingRepository.h"
#include "storage/StatisticsRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlRecord>

#include <vector>

namespace {
// A RowCursor over QSqlQuery: portable, for stores without a faster path.
class QueryCursor final : public RowCursor
{
public:
    QueryCursor(const EventStore &store, const QString &sql, const QVariantList &binds)
        : m_store(store), m_query(store.database())
    {
        m_query.setForwardOnly(true);
        bool ok = m_query.prepare(sql);
        if (ok) {
            for (int i = 0; i < binds.size(); ++i)
                m_query.bindValue(i, binds.at(i));
            ok = m_query.exec();
        }
        if (!ok)
            m_status = store.failure(m_query.lastError());
        else
            m_text.resize(size_t(m_query.record().count()));
    }
    bool next() override
    {
        if (!m_status)
            return false;
        for (auto &t : m_text)
            t.valid = false;
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_status = m_store.failure(m_query.lastError());
        return false;
    }
    Status status() const override { return m_status; }
    bool isNull(int column) const override { return m_query.isNull(column); }
    qint64 integer(int column) const override { return m_query.value(column).toLongLong(); }
    QByteArrayView utf8(int column) const override
    {
        Text &t = m_text[size_t(column)];
        if (!t.valid) {
            // Text as UTF-8; a blob (bytea) as its bytes.
            const QVariant value = m_query.value(column);
            t.bytes = value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
            t.valid = true;
        }
        return t.bytes;
    }

private:
    struct Text
    {
        QByteArray bytes;
        bool valid = false;
    };
    const EventStore &m_store;
    QSqlQuery m_query;
    Status m_status;
    mutable std::vector<Text> m_text;
};
} // namespace

EventStore::EventStore(SqlDialect::Kind dialect, QString connection)
    : m_dialect(dialect), m_connection(std::move(connection))
{
}

EventStore::~EventStore()
{
    closeConnection();
}

void EventStore::closeConnection()
{
    m_cachedQueries.clear();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString EventStore::nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("podium-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlQuery &EventStore::cachedQuery(const QString &sql) const
{
    auto &slot = m_cachedQueries[sql];
    if (!slot)
        slot = std::make_unique<QSqlQuery>(database());
    return *slot;
}

std::unique_ptr<RowCursor> EventStore::select(const QString &sql, const QVariantList &binds) const
{
    return std::make_unique<QueryCursor>(*this, sql, binds);
}

Status EventStore::scrub(const std::function<Status()> &edits) const
{
    Transaction t(*this);
    if (!t.isActive())
        return Status::failure(t.error());
    if (Status s = edits(); !s)
        return s;
    return t.commit();
}

EventRepository EventStore::event() const { return EventRepository(*this); }
RoomRepository EventStore::rooms() const { return RoomRepository(*this); }
TrackRepository EventStore::tracks() const { return TrackRepository(*this); }
SessionRepository EventStore::sessions() const { return SessionRepository(*this); }
PersonRepository EventStore::people() const { return PersonRepository(*this); }
ParticipantRepository EventStore::participants() const { return ParticipantRepository(*this); }
SettingRepository EventStore::settings() const { return SettingRepository(*this); }
StatisticsRepository EventStore::statistics() const { return StatisticsRepository(*this); }
