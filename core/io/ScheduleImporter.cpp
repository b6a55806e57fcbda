#include "io/ScheduleImporter.h"

#include "io/PublicName.h"
#include "io/SchedulePeopleIndex.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeDayRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <functional>

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
    Importer(const EventStore &file, const ScheduleDocument &schedule, const ScheduleImporter::Options &options)
        : m_file(file), m_schedule(schedule), m_options(options)
    {
    }
    Result<ScheduleImportResult> run();

private:
    Status checkTarget();
    Status makePlan();
    Status writeEvent();
    Status writeDays(const Event &event, const QList<ProgrammeDay> &before);
    Status writeRooms();
    Status writeTracks();
    Status loadPeople();
    Result<PersonId> personFor(const SchedulePerson &p);
    Status writeSessions();
    Status writeSession(const ScheduleSession &s, const SessionChange &change);
    Status removeMissing();

    const EventStore &m_file;
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
    auto daysBefore = ProgrammeDayRepository(m_file).all();
    if (!daysBefore)
        return Status::failure(daysBefore.error());
    m_result.daysBefore = daysBefore.value();
    Event event = before.value();
    const ScheduleConference &c = m_schedule.conference;
    const QList<QDate> dates = m_schedule.days();
    if (m_options.merge) {
        // The event stays as it is; its days grow to hold the merged sessions.
        if (!dates.isEmpty() && (!event.firstDay.isValid() || dates.first() < event.firstDay))
            event.firstDay = dates.first();
        if (!dates.isEmpty() && (!event.lastDay.isValid() || dates.last() > event.lastDay))
            event.lastDay = dates.last();
    } else {
        if (!c.title.isEmpty()) // a CSV file has none: the event keeps its name
            event.name = c.title;
        if (!c.acronym.isEmpty())
            event.acronym = c.acronym;
        event.timeZoneId = c.timeZoneId; // placed(): the file's, --timezone's or the event's own
        for (const auto &[from, to] : {std::pair{&c.subtitle, &event.subtitle}, std::pair{&c.description, &event.description},
                                       std::pair{&c.venue, &event.venueName}, std::pair{&c.city, &event.city},
                                       std::pair{&c.url, &event.url}})
            if (!from->isEmpty())
                *to = *from;
        if (!dates.isEmpty()) {
            event.firstDay = dates.first();
            event.lastDay = dates.last();
        }
        if (c.dayChangeGiven)
            event.dayChange = c.dayChange;
    }
    if (Status s = writeDays(event, daysBefore.value()); !s)
        return s;
    return event == before.value() ? Status() : m_file.event().save(event);
}

Status Importer::writeDays(const Event &event, const QList<ProgrammeDay> &before)
{
    // The days the file gave with bounds of their own, other than the event's
    // day change gives anyway (a Podium export's); on a merge, beside the event's.
    const ProgrammeDays rule = ProgrammeDays::of(event);
    QList<ProgrammeDay> days;
    for (const ProgrammeDay &d : m_schedule.conference.givenDays)
        if (d.start != rule.start(d.date) || d.end != rule.end(d.date))
            days << d;
    if (m_options.merge)
        for (const ProgrammeDay &d : before)
            if (std::none_of(days.cbegin(), days.cend(), [&](const ProgrammeDay &g) { return g.date == d.date; }))
                days << d;
    std::sort(days.begin(), days.end(), [](const ProgrammeDay &a, const ProgrammeDay &b) { return a.date < b.date; });
    return days == before ? Status() : ProgrammeDayRepository(m_file).replaceAll(days);
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
    session.typeName = s.typeName;
    session.url = s.url;
    session.slug = s.slug;
    session.recordingOptOut = s.recordingOptOut;
    session.attachments = s.attachments;
    session.trackId = s.track.isEmpty() ? std::nullopt : std::optional<TrackId>(m_tracks.value(folded(s.track)));
    session.roomId = s.room.isEmpty() ? std::nullopt : std::optional<RoomId>(m_rooms.value(folded(s.room)));
    session.start = s.start;
    session.durationMinutes = s.durationMinutes;
    session.language = s.language;
    session.links = s.links;
    const QStringList &absent = m_schedule.fieldsNotCarried;
    if (existing) {
        // What the file has no place for (a CSV without an Abstract column) stays as the event has it.
        const Session &b = change.before;
        const std::pair<const char *, std::function<void()>> keep[] = {
            {"subtitle", [&] { session.subtitle = b.subtitle; }},
            {"abstract", [&] { session.abstract = b.abstract; }},
            {"description", [&] { session.description = b.description; }},
            {"language", [&] { session.language = b.language; }},
            {"links", [&] { session.links = b.links; }},
            {"track", [&] { session.trackId = b.trackId; }},
            {"type", [&] { session.type = b.type; session.typeName = b.typeName; }},
            {"url", [&] { session.url = b.url; }},
            {"slug", [&] { session.slug = b.slug; }},
            {"recording", [&] { session.recordingOptOut = b.recordingOptOut; }},
            {"attachments", [&] { session.attachments = b.attachments; }},
        };
        for (const auto &k : keep)
            if (absent.contains(QLatin1String(k.first)))
                k.second();
    }

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
        if (absent.contains(QLatin1String("speakers")))
            return {};
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

Result<ScheduleDocument> ScheduleImporter::placed(const Event &event, const ScheduleDocument &schedule,
                                                  const Options &options)
{
    using R = Result<ScheduleDocument>;
    ScheduleDocument out = schedule;
    const QByteArray given = options.timeZoneId.trimmed();
    if (!given.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(given))
        return R::failure(Tr::tr("“%1” is not a time zone name like Europe/Brussels.").arg(QString::fromUtf8(given)));
    // A file whose days do not say when they end follows the event's "day changes at".
    const bool dayChangeFromEvent = !out.conference.dayChangeGiven && out.conference.dayChange != event.dayChange;
    if (dayChangeFromEvent)
        out.conference.dayChange = event.dayChange;
    if (out.conference.hasTimeZone()) {
        if (!given.isEmpty() && given != out.conference.timeZoneId)
            out.warnings << Tr::tr("The schedule names its time zone, %1: the time zone %2 that was given is not used.")
                                .arg(QString::fromUtf8(out.conference.timeZoneId), QString::fromUtf8(given));
        if (dayChangeFromEvent)
            out.readTimesIn(out.conference.timeZoneId); // its offsets were reported by the reader
        return out;
    }
    QByteArray zone = given.isEmpty() ? event.timeZoneId : given;
    if (options.merge && zone != event.timeZoneId)
        return R::failure(Tr::tr("The event's time zone is %1, not %2: the schedule's times are read in the event's "
                                 "zone when it names none. Change the event's zone first if it is wrong.")
                              .arg(QString::fromUtf8(event.timeZoneId), QString::fromUtf8(zone)));
    const QStringList disagreements = out.readTimesIn(zone);
    if (!disagreements.isEmpty())
        out.warnings << ScheduleDocument::offsetWarning(zone, disagreements);
    return out;
}

Result<ScheduleMergePlan> ScheduleImporter::preview(const EventStore &file, const ScheduleDocument &schedule,
                                                    const Options &options)
{
    using R = Result<ScheduleMergePlan>;
    auto event = file.event().load();
    if (!event)
        return R::failure(event.error());
    auto placedSchedule = placed(event.value(), schedule, options);
    if (!placedSchedule)
        return R::failure(placedSchedule.error());
    return ScheduleMergePlan::compute(file, placedSchedule.value());
}

Result<ScheduleImportResult> ScheduleImporter::run(const EventStore &file, const ScheduleDocument &schedule,
                                                   const Options &options)
{
    auto event = file.event().load();
    if (!event)
        return Result<ScheduleImportResult>::failure(event.error());
    auto placedSchedule = placed(event.value(), schedule, options);
    if (!placedSchedule)
        return Result<ScheduleImportResult>::failure(placedSchedule.error());
    Importer importer(file, placedSchedule.value(), options);
    auto result = importer.run();
    if (result)
        result.value().warnings = placedSchedule->warnings.mid(schedule.warnings.size());
    return result;
}

Status ScheduleImporter::undo(const EventStore &file, const ScheduleImportResult &done)
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
    if (Status s = ProgrammeDayRepository(file).replaceAll(done.daysBefore); !s)
        return s;
    return transaction.commit();
}

Result<bool> ScheduleImporter::isEmpty(const EventStore &file)
{
    for (auto count : {file.sessions().count(), file.rooms().count(), file.tracks().count(), file.people().count()}) {
        if (!count)
            return Result<bool>::failure(count.error());
        if (count.value() > 0)
            return false;
    }
    return true;
}
