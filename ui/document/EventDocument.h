#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class EventFile;
class EventStore;
class QUndoStack;

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

    explicit EventDocument(std::unique_ptr<EventStore> store, QObject *parent = nullptr);
    ~EventDocument() override;

    // The event's store: a file or an event on a server.
    EventStore &store() const { return *m_store; }
    // The file, for what only a file has (a backup copy, repair); null for a server event.
    EventFile *localFile() const;
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;

    // Called by undo commands and other edits after they wrote to the file.
    void notifyChanged(Parts parts);
    // Shows an error to the user (the main window turns it into a dialog).
    void reportError(const QString &message);
    // Says in the status bar what was just done ("Exported 168 participants to /x/y.csv");
    // the file's path, when the message shows it, becomes a link that opens the file.
    void reportDone(const QString &message, const QString &path = QString());
    // Checks whether another program changed the file; if so, reloads every view.
    void checkForExternalChanges();

signals:
    void changed(EventDocument::Parts parts);
    void errorOccurred(const QString &message);
    void done(const QString &message, const QString &path);
    // Another program (podium-cli, another Podium) changed the file.
    void changedExternally();

private:
    std::unique_ptr<EventStore> m_store;
    QUndoStack *m_undoStack;
    QTimer m_watch;
    qint64 m_dataVersion = 0;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(EventDocument::Parts)
