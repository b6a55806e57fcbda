#pragma once

#include "io/ScheduleDocument.h"
#include "model/Person.h"
#include "model/Room.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "model/Track.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class EventStore;

// One session of the plan: what importing the schedule does to it.
struct SessionChange
{
    enum class Kind { Added, Changed, Unchanged, Missing };
    Kind kind = Kind::Added;
    int index = -1;      // in the schedule's sessions; -1 for a missing one
    Session before;      // the event's session (changed, unchanged, missing)
    QList<SessionRole> rolesBefore;
    QStringList fields;  // changed: the fields that differ, as fieldKeys() names them
    // For each of `fields`, the value before and after as a user reads them
    // ("10:00" -> "10:15"); empty for long texts (abstract, description).
    QStringList valuesBefore;
    QStringList valuesAfter;
    QString guid;
    QString title;       // the schedule's, or the event's for a missing session
};

// What importing a schedule into an event would change, worked out before
// anything is written: sessions matched by GUID are added, changed (and in
// which fields) or unchanged, and the event's sessions the schedule does not
// have are missing from it (kept, or removed when asked). The importer
// follows the plan, and podium-cli's --dry-run and the GUI's preview show it,
// so what is shown is what is done.
class ScheduleMergePlan
{
public:
    // Against the event's programme as it is in the file.
    static Result<ScheduleMergePlan> compute(const EventStore &file, const ScheduleDocument &schedule);
    // Against an empty event (a file not created yet): every session is added.
    static ScheduleMergePlan forEmptyEvent(const ScheduleDocument &schedule);

    const QList<SessionChange> &changes() const { return m_changes; }
    QList<const SessionChange *> of(SessionChange::Kind kind) const;
    int count(SessionChange::Kind kind) const;
    // The change for the schedule's session at this index.
    const SessionChange &forSession(int index) const { return m_changes[m_bySession[index]]; }
    int roomsAdded() const { return int(m_newRooms.size()); }
    int tracksAdded() const { return int(m_newTracks.size()); }
    int peopleAdded() const { return m_newPeople; }
    // Whether the event had no sessions before (nothing can change or go missing).
    bool intoEmptyProgramme() const { return m_existingSessions == 0; }

    // "sessions added: 1, changed: 2, unchanged: 40, not in the file (kept): 1; new rooms: 0, ..."
    QString summary(bool removeMissing) const;
    // One line per added, changed and missing session ("changed: “Title” (guid): title, start"),
    // the added ones only when the event had a programme (a first import would list everything);
    // under a changed one, a line per field with its value before and after.
    QStringList details(bool removeMissing) const;

    // Every field the comparison looks at, in the order they are reported.
    static QStringList fieldKeys();
    // A field key as a user reads it ("start" -> "start time"), translated.
    static QString fieldLabel(const QString &key);
    // "“10:00” → “10:15”", "(none) → “Policy”".
    static QString valueChange(const QString &before, const QString &after);

private:
    struct Programme
    {
        QList<Session> sessions;
        QList<Room> rooms;
        QList<Track> tracks;
        QList<Person> people;
        QList<SessionRole> roles;
    };
    static ScheduleMergePlan build(const Programme &programme, const ScheduleDocument &schedule);

    QList<SessionChange> m_changes;
    QList<int> m_bySession; // schedule index -> index in m_changes
    QStringList m_newRooms;
    QStringList m_newTracks;
    int m_newPeople = 0;
    int m_existingSessions = 0;
};
