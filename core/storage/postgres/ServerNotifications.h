#pragma once

#include "storage/StoreChangeFeed.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

// What other connections commit to an event on a server, as it happens:
// the triggers of schema step 8 NOTIFY "table:id,id,..." (or "table:*") on
// the event's channel, and this listens on a QPSQL connection
// (QSqlDriver::subscribeToNotification; the event loop delivers them).
// Announcements of one burst (one transaction, or several quick ones) come
// out merged, one table at most once; this connection's own are left out,
// since whoever wrote them already knows.
class ServerNotifications : public StoreChangeFeed
{
    Q_OBJECT
public:
    ServerNotifications(const QSqlDatabase &db, const QString &eventSchema, QObject *parent = nullptr);
    ~ServerNotifications() override;

    bool isListening() const { return m_listening; }
    QString channel() const { return m_channel; }

    // Payloads as the triggers write them, merged per table in order of first appearance.
    static QList<StoreChange> parse(const QStringList &payloads);

private:
    void received(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver();

    QPointer<QSqlDriver> m_driver;
    QString m_channel;
    bool m_listening = false;
    QStringList m_pending;
    QTimer m_burst;
};
