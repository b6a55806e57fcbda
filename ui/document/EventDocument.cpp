#include "document/EventDocument.h"

#include "storage/EventFile.h"

#include <QUndoStack>

EventDocument::EventDocument(std::unique_ptr<EventStore> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_undoStack(new QUndoStack(this))
{
    // Another program changing the event is a file's concern: a server event's
    // changes by colleagues come as notifications, not by polling.
    if (m_store->isOnServer())
        return;
    m_dataVersion = m_store->dataVersion();
    // SQLite's data_version changes only when another connection commits,
    // so polling it is cheap and never mistakes our own edits for theirs.
    m_watch.setInterval(1500);
    connect(&m_watch, &QTimer::timeout, this, &EventDocument::checkForExternalChanges);
    m_watch.start();
}

EventDocument::~EventDocument() = default;

EventFile *EventDocument::localFile() const
{
    return dynamic_cast<EventFile *>(m_store.get());
}

bool EventDocument::isReadOnly() const
{
    return m_store->isReadOnly();
}

void EventDocument::notifyChanged(Parts parts)
{
    emit changed(parts);
}

void EventDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void EventDocument::reportDone(const QString &message, const QString &path)
{
    emit done(message, path);
}

void EventDocument::checkForExternalChanges()
{
    const qint64 version = m_store->dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // Our undo history describes a file that no longer exists as it was.
    m_undoStack->clear();
    emit changedExternally();
    emit changed(AllParts);
}
