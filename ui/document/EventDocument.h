#pragma once

#include "model/ChangeRecord.h"
#include "storage/StoreChange.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class EventFile;
class EventStore;
class QUndoStack;
class StoreChangeFeed;

// The open event as the GUI sees it: its store, the undo stack, and a signal
// when a part of the event changed (by an edit here, an undo, or another
// program writing to the file). Pages and item models listen to changed().
class EventDocument : public QObject
{
    Q_OBJECT
public:
    enum Part {
        EventPart = 0x01,
        RoomsPart = 0x02,
        TracksPart = 0x04,
        SessionsPart = 0x08,
        PeoplePart = 0x10,
        ParticipantsPart = 0x20,
        SettingsPart = 0x40,
        DesignsPart = 0x80, // badge and certificate designs and their images
        AllParts = 0xff,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    // Which rows of a changed part changed, when that is known (another
    // window's edit on a server): a part listed here changed in these rows
    // only (inserted, updated or deleted); a part not listed, as a whole.
    struct ChangedRows
    {
        QHash<int, QSet<qint64>> ids; // Part -> row ids

        bool knows(Part part) const { return ids.contains(part); }
        QSet<qint64> of(Part part) const { return ids.value(part); }
    };
    // The parts a table's rows belong to, and which ids of those parts its
    // change names (a session's speaker list changes the session, not its people).
    static Parts partsOf(const QString &table);
    static ChangedRows rowsOf(const QList<StoreChange> &changes, Parts *parts);

    explicit EventDocument(std::unique_ptr<EventStore> store, QObject *parent = nullptr);
    ~EventDocument() override;

    // The event's store: a file or an event on a server.
    EventStore &store() const { return *m_store; }
    // The file, for what only a file has (a backup copy, repair); null for a server event.
    EventFile *localFile() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;

    // Called by undo commands and other edits after they wrote to the file.
    void notifyChanged(Parts parts, const ChangedRows &rows = {});
    // Shows an error to the user (the main window turns it into a dialog).
    void reportError(const QString &message);
    // An edit refused because someone changed its row since it was read:
    // reported like an error, and kept for the editor that made it, which
    // opens again with the current values (takeRefusal).
    struct Refusal
    {
        EditConflict conflict;
        QString message; // "Changed by alice at 10:42: start 10:30 → 11:00"
    };
    void reportConflict(const EditConflict &conflict, const QString &message);
    std::optional<Refusal> takeRefusal();
    // Says in the status bar what was just done ("Exported 168 participants to /x/y.csv");
    // the file's path, when the message shows it, becomes a link that opens the file.
    void reportDone(const QString &message, const QString &path = QString());
    // Checks whether another program changed the file; if so, reloads every view.
    void checkForExternalChanges();
    // True when another window's commits arrive as they happen (an event on a
    // server); a file is polled instead.
    bool isLive() const { return m_feed != nullptr; }

signals:
    // `rows` says which rows changed when that is known; listeners that
    // reload whole parts may ignore it.
    void changed(EventDocument::Parts parts, const EventDocument::ChangedRows &rows);
    void errorOccurred(const QString &message);
    void done(const QString &message, const QString &path);
    // Another program (podium-cli, another Podium) changed the file.
    void changedExternally();
    // Another window or program changed these rows of a server event (the
    // undo stack stays: an undo of a row changed since is refused).
    void changedElsewhere(EventDocument::Parts parts);

private:
    void applyChanges(const QList<StoreChange> &changes);

    std::unique_ptr<EventStore> m_store;
    QUndoStack *m_undoStack;
    QTimer m_watch;
    qint64 m_dataVersion = 0;
    std::unique_ptr<StoreChangeFeed> m_feed;
    std::optional<Refusal> m_refusal;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EventDocument::Parts)
