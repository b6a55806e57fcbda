#pragma once

#include "commands/SessionRecord.h"
#include "model/Person.h"
#include "model/Room.h"
#include "model/Vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

class EventDocument;
class EventStore;

// Every edit of the programme, as undoable commands with names for
// Edit ▸ Undo. The timetable and the sessions list both go through here, so
// an edit is the same edit wherever it is made.
class ProgrammeEdits
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeEdits)
public:
    // A person chosen in the session editor: an existing one (id), or a new one typed by name.
    struct PersonChoice
    {
        PersonId id = 0;
        QString newName; // used when id is 0
        Role role = Role::Speaker;
    };

    explicit ProgrammeEdits(EventDocument *document) : m_document(document) {}

    // Puts the session in a room at a time: "Move" when it was on the timetable, else "Schedule".
    void place(SessionId id, RoomId room, const QDateTime &start) const;
    void setDuration(SessionId id, int minutes) const;
    void unschedule(SessionId id) const;
    // Pins a scheduled session where it is (arranging never moves it), or unpins it.
    void setPinned(SessionId id, bool pin) const;
    void remove(SessionId id) const;
    // Saves the session editor's result: a new session when before is empty.
    // People typed by name are created too, in the same undo step, and the
    // constraints (nullopt: as they were). Returns the session's id (0 on failure).
    SessionId save(const std::optional<SessionRecord> &before, const Session &after,
                   const QList<PersonChoice> &people,
                   const std::optional<SessionConstraints> &constraints = std::nullopt) const;

    // The timetable's snap step in minutes, a setting of the event.
    static int snapMinutes(const EventStore &file);
    void setSnapMinutes(int minutes) const;

    // "Dr. Anna Chioti" -> title "Dr.", first "Anna", last "Chioti".
    static Person personFromName(const QString &name);

private:
    std::optional<Session> load(SessionId id) const;
    void change(const Session &before, const Session &after, const QString &text,
                const QString &doneText = QString()) const;
    // "Moved “Keynote” to 10:30, Auditorium" for the status bar.
    QString placeText(const Session &before, RoomId room, const QDateTime &start) const;
    EventDocument *m_document;
};
