#include "document/EventDocument.h"

#include "storage/EventFile.h"
#include "storage/StoreChangeFeed.h"

#include <QUndoStack>

#include <utility>

EventDocument::EventDocument(std::unique_ptr<EventStore> store, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_undoStack(new QUndoStack(this))
{
    // A server announces each commit (the rows it changed) as it happens.
    m_feed = StoreChangeFeed::open(*m_store);
    if (m_feed)
        connect(m_feed.get(), &StoreChangeFeed::changed, this, &EventDocument::applyChanges);
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

void EventDocument::notifyChanged(Parts parts, const ChangedRows &rows)
{
    emit changed(parts, rows);
}

EventDocument::Parts EventDocument::partsOf(const QString &table)
{
    static const QHash<QString, Parts> parts = {
        {QStringLiteral("event"), EventPart},
        {QStringLiteral("programme_day"), EventPart},
        {QStringLiteral("room"), RoomsPart},
        {QStringLiteral("track"), TracksPart},
        {QStringLiteral("track_room"), TracksPart | RoomsPart},
        {QStringLiteral("session"), SessionsPart},
        {QStringLiteral("session_person"), SessionsPart | PeoplePart},
        {QStringLiteral("session_link"), SessionsPart},
        {QStringLiteral("session_constraint"), SessionsPart},
        {QStringLiteral("session_allowed_room"), SessionsPart},
        {QStringLiteral("session_allowed_track"), SessionsPart},
        {QStringLiteral("session_relation"), SessionsPart},
        {QStringLiteral("kept_free_time"), SessionsPart},
        {QStringLiteral("availability"), PeoplePart | RoomsPart},
        {QStringLiteral("person"), PeoplePart},
        {QStringLiteral("participant"), ParticipantsPart},
        {QStringLiteral("setting"), SettingsPart},
        {QStringLiteral("design"), DesignsPart},
        {QStringLiteral("design_image"), DesignsPart},
    };
    return parts.value(table, AllParts); // a table this Podium does not know: reload everything
}

EventDocument::ChangedRows EventDocument::rowsOf(const QList<StoreChange> &changes, Parts *parts)
{
    // The tables whose ids are their part's own rows.
    static const QHash<QString, Part> own = {
        {QStringLiteral("room"), RoomsPart},       {QStringLiteral("track"), TracksPart},
        {QStringLiteral("session"), SessionsPart}, {QStringLiteral("person"), PeoplePart},
        {QStringLiteral("participant"), ParticipantsPart},
    };
    ChangedRows rows;
    Parts all;
    Parts whole; // parts some change names no rows of
    for (const StoreChange &change : changes) {
        const Parts touched = partsOf(change.table);
        all |= touched;
        const auto part = own.constFind(change.table);
        if (change.wholeTable() || part == own.constEnd()) {
            whole |= touched;
            continue;
        }
        QSet<qint64> &ids = rows.ids[*part];
        for (qint64 id : change.ids)
            ids.insert(id);
    }
    for (auto it = rows.ids.begin(); it != rows.ids.end();)
        it = whole.testFlag(Part(it.key())) ? rows.ids.erase(it) : std::next(it);
    if (parts)
        *parts = all;
    return rows;
}

void EventDocument::applyChanges(const QList<StoreChange> &changes)
{
    Parts parts;
    const ChangedRows rows = rowsOf(changes, &parts);
    if (!parts)
        return;
    emit changedElsewhere(parts);
    emit changed(parts, rows);
}

void EventDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

void EventDocument::reportConflict(const EditConflict &conflict, const QString &message)
{
    m_refusal = Refusal{conflict, message};
    emit errorOccurred(message);
}

std::optional<EventDocument::Refusal> EventDocument::takeRefusal()
{
    return std::exchange(m_refusal, std::nullopt);
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
    emit changed(AllParts, {});
}
