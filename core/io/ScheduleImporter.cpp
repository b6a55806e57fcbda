#include "io/ScheduleImporter.h"

#include "io/PublicName.h"
#include "io/SchedulePeopleIndex.h"
#include "io/ScheduleSettings.h"
#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleImporter)
};

QString folded(const QString &name)
{
    return SchedulePeopleIndex::folded(name);
}

class Importer
{
public:
    Importer(const EventFile &file, const ScheduleDocument &schedule, const ScheduleImporter::Options &options)
        : m_file(file), m_schedule(schedule), m_options(options)
    {
    }
    Result<ScheduleImportResult> run();

private:
    Status checkTarget();
    Status makePlan();
    Status writeEvent();
    Status writeRooms();
    Status writeTracks();
    Status loadPeople();
    Result<PersonId> personFor(const SchedulePerson &p);
    Status writeSessions();
    Status writeSession(const ScheduleSession &s, const SessionChange &change);
    Status removeMissing();

    const EventFile &m_file;
    const ScheduleDocument &m_schedule;
    const ScheduleImporter::Options &m_options;
    ScheduleImportResult m_result;
    QHash<QString, RoomId> m_rooms;   // folded name -> id
    QHash<QString, TrackId> m_tracks; // folded name -> id
    SchedulePeopleIndex m_people;
};

Result<ScheduleImportResult> Importer::run()
{
    using R = Result<ScheduleImportResult>;
    if (Status whole = m_file.verifyWhole(); !whole)
        return R::failure(whole.error(), whole.details());
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    for (auto step : {&Importer::checkTarget, &Importer::makePlan, &Importer::writeEvent, &Importer::writeRooms,
                      &Importer::writeTracks, &Importer::loadPeople, &Importer::writeSessions, &Importer::removeMissing}) {
        if (Status s = (this->*step)(); !s)
            return R::failure(s.error());
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.error());
    return m_result;
}

Status Importer::checkTarget()
{
    if (m_options.merge)
        return {};
    auto empty = ScheduleImporter::isEmpty(m_file);
    if (!empty)
        return Status::failure(empty.error());
    if (!empty.value())
        return Status::failure(m_file.describe(
            Tr::tr("already has a programme (sessions, rooms or people): nothing was imported. Merge the schedule "
                   "into it (sessions are matched by GUID), or import it into a new event file.")));
    return {};
}

Status Importer::makePlan()
{
    auto plan = ScheduleMergePlan::compute(m_file, m_schedule);
    if (!plan)
        return Status::failure(plan.error());
    m_result.plan = std::move(plan).value();
    m_result.removedMissing = m_options.removeMissing;
    return {};
}

Status Importer::writeEvent()
{
    auto before = m_file.event().load();
    if (!before)
        return Status::failure(before.error());
    m_result.eventBefore = before.value();
    m_result.dayChangeBefore = ScheduleSettings::dayChange(m_file);
    Event event = before.value();
    const QList<QDate> days = m_schedule.days();
    if (m_options.merge) {
        // The event stays as it is; its days grow to hold the merged sessions.
        if (!days.isEmpty() && (!event.firstDay.isValid() || days.first() < event.firstDay))
            event.firstDay = days.first();
        if (!days.isEmpty() && (!event.lastDay.isValid() || days.last() > event.lastDay))
            event.lastDay = days.last();
    } else {
        const ScheduleConference &c = m_schedule.conference;
        if (!c.title.isEmpty()) // a CSV file has none: the event keeps its name
            event.name = c.title;
        if (!c.acronym.isEmpty())
            event.acronym = c.acronym;
        event.timeZoneId = c.timeZoneId;
        if (!c.subtitle.isEmpty())
            event.subtitle = c.subtitle;
        if (!c.description.isEmpty())
            event.description = c.description;
        if (!days.isEmpty()) {
            event.firstDay = days.first();
            event.lastDay = days.last();
        }
        if (Status s = ScheduleSettings::setDayChange(m_file, c.dayChange); !s)
            return s;
    }
    return event == before.value() ? Status() : m_file.event().save(event);
}

Status Importer::writeRooms()
{
    auto rooms = m_file.rooms().all();
    if (!rooms)
        return Status::failure(rooms.error());
    int position = 0;
    for (const Room &room : rooms.value()) {
        m_rooms.insert(folded(room.name), room.id);
        position = std::max(position, room.position + 1);
    }
    for (const ScheduleRoom &r : m_schedule.rooms) {
        if (m_rooms.contains(folded(r.name)))
            continue;
        Room room;
        room.name = r.name;
        room.position = position++;
        auto id = m_file.rooms().insert(room);
        if (!id)
            return Status::failure(id.error());
        m_rooms.insert(folded(r.name), id.value());
        m_result.addedRooms << id.value();
    }
    m_result.roomsAdded = int(m_result.addedRooms.size());
    return {};
}

Status Importer::writeTracks()
{
    auto tracks = m_file.tracks().all();
    if (!tracks)
        return Status::failure(tracks.error());
    for (const Track &track : tracks.value())
        m_tracks.insert(folded(track.name), track.id);
    for (const ScheduleTrack &t : m_schedule.tracks) {
        if (m_tracks.contains(folded(t.name)))
            continue;
        Track track;
        track.name = t.name;
        if (t.color.isValid())
            track.color = t.color;
        auto id = m_file.tracks().insert(track);
        if (!id)
            return Status::failure(id.error());
        m_tracks.insert(folded(t.name), id.value());
        m_result.addedTracks << id.value();
    }
    m_result.tracksAdded = int(m_result.addedTracks.size());
    return {};
}

Status Importer::loadPeople()
{
    auto people = m_file.people().all();
    if (!people)
        return Status::failure(people.error());
    for (const Person &p : people.value())
        m_people.add(p);
    return {};
}

Result<PersonId> Importer::personFor(const SchedulePerson &p)
{
    if (auto found = m_people.find(p))
        return *found;
    Person person;
    person.guid = p.guid;
    person.externalId = p.externalId;
    PublicName::split(p.name, person);
    auto id = m_file.people().insert(person);
    if (!id)
        return id;
    m_people.add(p, id.value());
    m_result.addedPeople << id.value();
    ++m_result.peopleAdded;
    return id;
}

Status Importer::writeSessions()
{
    const qint64 total = m_schedule.sessions.size();
    for (qint64 i = 0; i < total; ++i) {
        if (m_options.progress && i % 64 == 0 && !m_options.progress(i, total))
            return Status::failure(Tr::tr("Import cancelled: nothing was imported."));
        if (Status s = writeSession(m_schedule.sessions[int(i)], m_result.plan.forSession(int(i))); !s)
            return s;
    }
    if (m_options.progress)
        m_options.progress(total, total);
    return {};
}

Status Importer::writeSession(const ScheduleSession &s, const SessionChange &change)
{
    if (change.kind == SessionChange::Kind::Unchanged)
        return {};
    const bool existing = change.kind == SessionChange::Kind::Changed;
    Session session;
    if (existing) {
        session = change.before;
    } else {
        session.guid = s.guid;
        session.status = SessionStatus::Confirmed; // it comes from a published programme
    }
    if (s.externalId) // a file without ids (a CSV) keeps those the event has
        session.externalId = s.externalId;
    session.title = s.title;
    session.subtitle = s.subtitle;
    session.abstract = s.abstract;
    session.description = s.description;
    session.type = s.type;
    session.trackId = s.track.isEmpty() ? std::nullopt : std::optional<TrackId>(m_tracks.value(folded(s.track)));
    session.roomId = s.room.isEmpty() ? std::nullopt : std::optional<RoomId>(m_rooms.value(folded(s.room)));
    session.start = s.start;
    session.durationMinutes = s.durationMinutes;
    session.language = s.language;
    session.links = s.links;

    QList<SessionRole> roles;
    for (const SchedulePerson &p : s.persons) {
        auto person = personFor(p);
        if (!person)
            return Status::failure(person.error());
        const bool already = std::any_of(roles.cbegin(), roles.cend(),
                                         [&](const SessionRole &r) { return r.personId == person.value(); });
        if (already)
            continue;
        // Schedules do not tell a moderator from a speaker: who already had a part keeps it.
        Role role = Role::Speaker;
        for (const SessionRole &before : change.rolesBefore)
            if (before.personId == person.value())
                role = before.role;
        roles << SessionRole{session.id, person.value(), role, int(roles.size())};
    }

    if (existing) {
        m_result.updatedBefore << change.before;
        m_result.rolesBefore.insert(session.id, change.rolesBefore);
        if (Status st = m_file.sessions().update(session); !st)
            return st;
        return m_file.sessions().setRoles(session.id, roles);
    }
    auto id = m_file.sessions().insert(session);
    if (!id)
        return Status::failure(id.error());
    m_result.addedSessions << id.value();
    // A new session has no roles to replace: add them (the fast path for big imports).
    for (SessionRole role : roles) {
        role.sessionId = id.value();
        if (Status st = m_file.sessions().addRole(role); !st)
            return st;
    }
    return {};
}

Status Importer::removeMissing()
{
    if (!m_options.removeMissing)
        return {};
    for (const SessionChange *change : m_result.plan.of(SessionChange::Kind::Missing)) {
        m_result.removedBefore << change->before;
        m_result.rolesBefore.insert(change->before.id, change->rolesBefore);
        if (Status s = m_file.sessions().remove(change->before.id); !s)
            return s;
    }
    return {};
}
} // namespace

QString ScheduleImportResult::summary() const
{
    return plan.summary(removedMissing);
}

Result<ScheduleImportResult> ScheduleImporter::run(const EventFile &file, const ScheduleDocument &schedule,
                                                   const Options &options)
{
    Importer importer(file, schedule, options);
    return importer.run();
}

Status ScheduleImporter::undo(const EventFile &file, const ScheduleImportResult &done)
{
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (SessionId id : done.addedSessions)
        if (Status s = file.sessions().remove(id); !s)
            return s;
    // Removed sessions come back under their own ids, so nothing that names them is lost.
    for (const Session &before : done.removedBefore) {
        if (auto id = file.sessions().insert(before); !id)
            return Status::failure(id.error());
        if (Status s = file.sessions().setRoles(before.id, done.rolesBefore.value(before.id)); !s)
            return s;
    }
    for (const Session &before : done.updatedBefore) {
        if (Status s = file.sessions().update(before); !s)
            return s;
        if (Status s = file.sessions().setRoles(before.id, done.rolesBefore.value(before.id)); !s)
            return s;
    }
    for (PersonId id : done.addedPeople)
        if (Status s = file.people().remove(id); !s)
            return s;
    for (TrackId id : done.addedTracks)
        if (Status s = file.tracks().remove(id); !s)
            return s;
    for (RoomId id : done.addedRooms)
        if (Status s = file.rooms().remove(id); !s)
            return s;
    if (Status s = file.event().save(done.eventBefore); !s)
        return s;
    if (Status s = ScheduleSettings::setDayChange(file, done.dayChangeBefore); !s)
        return s;
    return transaction.commit();
}

Result<bool> ScheduleImporter::isEmpty(const EventFile &file)
{
    for (auto count : {file.sessions().count(), file.rooms().count(), file.tracks().count(), file.people().count()}) {
        if (!count)
            return Result<bool>::failure(count.error());
        if (count.value() > 0)
            return false;
    }
    return true;
}
