#pragma once

#include "storage/StoreChange.h"

#include <QList>
#include <QObject>

#include <memory>

class EventStore;

// What other connections commit to an event, as they commit, for the
// windows that show it (EventDocument): a server announces each commit
// (ServerNotifications); a file cannot, and is polled (dataVersion).
class StoreChangeFeed : public QObject
{
    Q_OBJECT
public:
    // Null when the store cannot say (a file).
    static std::unique_ptr<StoreChangeFeed> open(const EventStore &store);

signals:
    void changed(const QList<StoreChange> &changes);

protected:
    using QObject::QObject;
};
