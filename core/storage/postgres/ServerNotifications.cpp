#include "storage/postgres/ServerNotifications.h"

#include "storage/ChangeLogSchema.h"

#include <QHash>
#include <QSet>
#include <QVariant>

namespace {
// Long enough to gather what one transaction and its neighbours announce,
// short against the one second a change may take to show elsewhere.
constexpr int burstMs = 30;
} // namespace

ServerNotifications::ServerNotifications(const QSqlDatabase &db, const QString &eventSchema, QObject *parent)
    : StoreChangeFeed(parent), m_driver(db.driver()), m_channel(ChangeLogSchema::notifyChannel(eventSchema))
{
    m_burst.setSingleShot(true);
    m_burst.setInterval(burstMs);
    connect(&m_burst, &QTimer::timeout, this, &ServerNotifications::deliver);
    if (!m_driver || !db.isOpen() || !m_driver->hasFeature(QSqlDriver::EventNotifications))
        return;
    connect(m_driver, &QSqlDriver::notification, this, &ServerNotifications::received);
    m_listening = m_driver->subscribeToNotification(m_channel);
}

ServerNotifications::~ServerNotifications()
{
    if (m_driver && m_listening && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(m_channel);
}

void ServerNotifications::received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != m_channel || source == QSqlDriver::SelfSource)
        return;
    m_pending << payload.toString();
    if (!m_burst.isActive())
        m_burst.start();
}

void ServerNotifications::deliver()
{
    const QList<StoreChange> changes = parse(m_pending);
    m_pending.clear();
    if (!changes.isEmpty())
        emit changed(changes);
}

QList<StoreChange> ServerNotifications::parse(const QStringList &payloads)
{
    QList<StoreChange> out;
    QHash<QString, int> place; // table -> its index in out
    QSet<QString> whole;       // tables announced whole (or unreadably): they stay whole
    QHash<QString, QSet<qint64>> named;
    for (const QString &payload : payloads) {
        const int colon = payload.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString table = payload.left(colon);
        if (!place.contains(table)) {
            place.insert(table, int(out.size()));
            out.append(StoreChange{table, {}});
        }
        if (whole.contains(table))
            continue;
        StoreChange &change = out[place.value(table)];
        QList<qint64> ids;
        bool ok = true;
        for (const QString &id : payload.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            ids << id.toLongLong(&ok);
            if (!ok)
                break;
        }
        if (!ok || ids.isEmpty()) { // "table:*", or not what the triggers write
            whole.insert(table);
            change.ids.clear();
            continue;
        }
        QSet<qint64> &known = named[table];
        for (qint64 id : std::as_const(ids))
            if (!known.contains(id)) {
                known.insert(id);
                change.ids.append(id);
            }
    }
    return out;
}
