#include "io/ScheduleDocumentBuilder.h"

#include "model/Event.h"
#include "model/Person.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeDayRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleDocumentBuilder)
};

// Ids another tool gave are kept; the others get the first free number, so
// that no two sessions (or people) share an id in the file.
class IdAllocator
{
public:
    explicit IdAllocator(QSet<qint64> taken) : m_taken(std::move(taken)) {}
    qint64 take(std::optional<qint64> external, qint64 local)
    {
        if (external && *external > 0 && m_given.contains(*external) == false) {
            m_given.insert(*external);
            return *external;
        }
        qint64 id = local > 0 && !m_taken.contains(local) && !m_given.contains(local) ? local : m_next;
        while (m_taken.contains(id) || m_given.contains(id))
            ++id;
        m_given.insert(id);
        m_next = std::max(m_next, id + 1);
        return id;
    }

private:
    QSet<qint64> m_taken; // external ids, reserved for their owners
    QSet<qint64> m_given;
    qint64 m_next = 1;
};

template <typename T>
QSet<qint64> externalIds(const QList<T> &items)
{
    QSet<qint64> ids;
    for (const T &item : items)
        if (item.externalId && *item.externalId > 0)
            ids.insert(*item.externalId);
    return ids;
}

bool matches(const Person &p, const QString &query)
{
    const QString q = query.trimmed();
    return q.compare(p.fullName(), Qt::CaseInsensitive) == 0 || q.compare(p.displayName(), Qt::CaseInsensitive) == 0
        || (!p.email.isEmpty() && q.compare(p.email, Qt::CaseInsensitive) == 0)
        || q.compare(p.guid, Qt::CaseInsensitive) == 0;
}

Result<PersonId> findPerson(const QList<Person> &people, const QString &query)
{
    QList<const Person *> found;
    for (const Person &p : people)
        if (matches(p, query))
            found << &p;
    if (found.size() == 1)
        return found.first()->id;
    if (found.isEmpty())
        return Result<PersonId>::failure(Tr::tr("Nobody called “%1” is in this event: give a name as in the programme, "
                                                "an e-mail address or a GUID.").arg(query));
    return Result<PersonId>::failure(Tr::tr("%1 people are called “%2”: give their e-mail address or GUID instead.")
                                         .arg(found.size()).arg(query));
}
} // namespace

Result<ScheduleDocument> ScheduleDocumentBuilder::build(const EventStore &file, const Options &options)
{
    using R = Result<ScheduleDocument>;
    auto event = file.event().load();
    auto rooms = file.rooms().all();
    auto tracks = file.tracks().all();
    auto sessions = file.sessions().all();
    auto people = file.people().all();
    auto roles = file.sessions().allRoles();
    auto givenDays = ProgrammeDayRepository(file).all();
    for (const QString *error : {&event.error(), &rooms.error(), &tracks.error(), &sessions.error(), &people.error(),
                                 &roles.error(), &givenDays.error()})
        if (!error->isEmpty())
            return R::failure(*error);

    ScheduleDocument doc;
    ScheduleConference &c = doc.conference;
    c.title = event->name;
    c.subtitle = event->subtitle;
    c.acronym = event->acronym;
    c.description = event->description;
    c.timeZoneId = event->timeZone().id();
    c.firstDay = event->firstDay;
    c.lastDay = event->lastDay;
    c.venue = event->venueName;
    c.city = event->city;
    c.url = event->url;
    c.dayChange = event->dayChange;
    c.dayChangeGiven = true;
    c.givenDays = givenDays.value();

    QHash<RoomId, QString> roomNames;
    for (const Room &room : rooms.value()) {
        roomNames.insert(room.id, room.name);
        doc.rooms << ScheduleRoom{room.name, ScheduleDocument::stableGuid(QStringLiteral("room/") + room.name)};
    }
    QHash<TrackId, QString> trackNames;
    for (const Track &track : tracks.value()) {
        trackNames.insert(track.id, track.name);
        doc.tracks << ScheduleTrack{track.name, track.color};
    }

    QHash<PersonId, SchedulePerson> schedulePeople;
    IdAllocator personIds(externalIds(people.value()));
    for (const Person &p : people.value())
        schedulePeople.insert(p.id, SchedulePerson{p.guid, personIds.take(p.externalId, p.id), p.displayName()});
    QHash<SessionId, QList<SchedulePerson>> sessionPeople;
    std::optional<PersonId> only;
    if (!options.person.trimmed().isEmpty()) {
        auto found = findPerson(people.value(), options.person);
        if (!found)
            return R::failure(found.error());
        only = found.value();
    }
    QSet<SessionId> theirs;
    for (const SessionRole &role : roles.value()) { // ordered by session and position
        sessionPeople[role.sessionId] << schedulePeople.value(role.personId);
        if (only && role.personId == *only)
            theirs.insert(role.sessionId);
    }

    IdAllocator sessionIds(externalIds(sessions.value()));
    for (const Session &s : sessions.value()) {
        if (s.status == SessionStatus::Cancelled || (only && !theirs.contains(s.id)))
            continue;
        ScheduleSession out;
        out.guid = s.guid;
        out.externalId = sessionIds.take(s.externalId, s.id);
        out.title = s.title;
        out.subtitle = s.subtitle;
        out.type = s.type;
        out.typeName = s.typeName;
        out.url = s.url;
        out.slug = s.slug;
        out.recordingOptOut = s.recordingOptOut;
        out.attachments = s.attachments;
        out.track = s.trackId ? trackNames.value(*s.trackId) : QString();
        out.language = s.language;
        out.abstract = s.abstract;
        out.description = s.description;
        out.room = s.roomId ? roomNames.value(*s.roomId) : QString();
        out.start = s.start;
        out.durationMinutes = s.durationMinutes;
        out.persons = sessionPeople.value(s.id);
        out.links = s.links;
        doc.sessions << out;
    }
    return doc;
}
