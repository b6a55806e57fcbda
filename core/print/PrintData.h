#pragma once

#include "model/Event.h"
#include "print/DocumentKind.h"
#include "model/Participant.h"
#include "model/Person.h"
#include "model/Room.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "model/Track.h"
#include "schedule/ProgrammeDays.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QLocale>

class EventStore;

// Everything a printed document needs, read from the event file once, with
// the lookups the renderers share.
class PrintData
{
public:
    // What to read: documents about the programme need only the people in it,
    // not the 100,000 registrations of a congress.
    enum class Scope { Programme, Everything };
    static Result<PrintData> load(const EventStore &file, Scope scope = Scope::Everything);
    // What this kind of document needs.
    static Scope scopeFor(DocumentKind kind);
    Scope scope = Scope::Everything;

    Event event;
    QList<Room> rooms;   // timetable order
    QList<Track> tracks;
    QList<Session> sessions;
    QList<Person> people;             // Programme scope: the people with a role only
    QList<SessionRole> roles;
    QList<Participant> participants;  // Programme scope: none
    ProgrammeDays days; // which programme day a session is on

    const Person *person(PersonId id) const;
    const Room *room(std::optional<RoomId> id) const;
    const Track *track(std::optional<TrackId> id) const;
    // The people of a session in order of appearance.
    QList<SessionRole> rolesOf(SessionId session) const { return m_rolesBySession.value(session); }

    // Sessions on the printed programme (scheduled, not cancelled), by start time and room order.
    QList<Session> programme() const;
    // The programme's sessions on one local day of the event.
    QList<Session> programmeOn(QDate day) const;
    // Days that have sessions on the programme, in order.
    QList<QDate> programmeDays() const;
    QDate localDay(const Session &session) const { return days.dayOf(session.start); }
    // "09:00–09:45" in the event's time zone.
    QString timeRange(const Session &session) const;
    // "Friday 14 December 2018".
    QString longDate(QDate day) const;
    // The event's language decides month and day names.
    QLocale locale() const;
    // "14 December 2018", or "14–15 December 2018" for a multi-day event.
    QString eventDates() const;
    // Sorts participants by their person's last name, then first name (accents sorted as people expect).
    void sortByName(QList<Participant> &list) const;
    // Sorts people the same way.
    static void sortPeople(QList<Person> &list);

private:
    void index();
    QHash<PersonId, int> m_personIndex;
    QHash<RoomId, int> m_roomIndex;
    QHash<TrackId, int> m_trackIndex;
    QHash<SessionId, QList<SessionRole>> m_rolesBySession;
};
