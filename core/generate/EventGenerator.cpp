#include "generate/EventGenerator.h"

#include "generate/NamePool.h"
#include "model/Event.h"
#include "model/Participant.h"
#include "model/RegistrationCode.h"
#include "model/Session.h"
#include "model/SessionRole.h"
#include "storage/ChangeLogRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ForeignKeyChecksOff.h"
#include "storage/ParticipantSink.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <vector>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventGenerator)
};

const char *const trackNames[] = {"Data Science", "Clinical Research", "Neuroscience", "Oncology",
                                  "Infectious Diseases", "Digital Health", "Regulatory Science", "Patients"};
const char *const trackColors[] = {"#1f77b4", "#2ca02c", "#9467bd", "#d62728", "#ff7f0e", "#17becf", "#8c564b", "#e377c2"};
const char *const topics[] = {
    "Federated learning on hospital data", "Real-world evidence for regulators", "Biomarkers in Parkinson's disease",
    "Sharing clinical trial data responsibly", "Microbiome and metabolic disease", "AI-assisted drug discovery",
    "Patient-reported outcomes in practice", "Biobanking standards for multi-centre studies",
    "Antimicrobial resistance: the pipeline problem", "Wearables in clinical trials",
    "Data valuation and sustainable infrastructures", "Rare diseases registries across Europe",
    "Vaccines: from platform to population", "Public-private partnerships that work",
    "Reproducible pipelines for omics data", "Ethics of secondary data use",
};
const char *const diets[] = {"Vegetarian", "Vegan", "Halal", "Kosher", "Gluten-free", "Lactose-free", "Nut allergy"};

struct Interval
{
    qint64 start;
    qint64 end;
    bool overlaps(const Interval &o) const { return start < o.end && o.start < end; }
};

SessionType pickType(QRandomGenerator &random)
{
    const int r = int(random.bounded(100));
    if (r < 60) return SessionType::Talk;
    if (r < 70) return SessionType::Panel;
    if (r < 80) return SessionType::Workshop;
    if (r < 85) return SessionType::Keynote;
    if (r < 95) return SessionType::Break;
    return SessionType::Networking;
}

int peopleFor(SessionType type, QRandomGenerator &random)
{
    switch (type) {
    case SessionType::Panel: return 4;
    case SessionType::Break:
    case SessionType::Networking: return 0;
    case SessionType::Keynote: return 1;
    default: return 1 + int(random.bounded(2));
    }
}

class Builder
{
public:
    Builder(const EventStore &file, const EventGenerator::Options &o) : m_file(file), m_o(o), m_pool(o.seed), m_sink(file.participantSink()), m_people(*m_sink) {}
    Status run();

private:
    Status writeEvent();
    Status writeRoomsAndTracks();
    Status writeSessions();
    Status writeSpeakers();
    Status plantConflicts();
    Status writeParticipants();
    Result<PersonId> newPerson();

    const EventStore &m_file;
    const EventGenerator::Options &m_o;
    NamePool m_pool;
    // People and registrations go through the bulk writer: 100,000 of them
    // are most of a large event's generation time.
    std::unique_ptr<ParticipantSink> m_sink;
    ParticipantSink &m_people;
    Event m_event;
    QList<RoomId> m_rooms;
    QList<TrackId> m_tracks;
    struct Planned
    {
        SessionId id;
        SessionType type;
        std::optional<RoomId> room;
        Interval when;
        bool scheduled;
    };
    std::vector<Planned> m_sessions;
    QList<PersonId> m_speakers;
    int m_serial = 0;
};

Status Builder::run()
{
    // Every row written refers to rows written before it by this builder.
    const ForeignKeyChecksOff noForeignKeyChecks(m_file);
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    // Building the people indexes once at the end beats updating them row by row.
    const bool large = m_o.participants >= 5000;
    if (large) {
        if (Status s = m_people.suspendIndexes(); !s)
            return s;
    }
    for (auto step : {&Builder::writeEvent, &Builder::writeRoomsAndTracks, &Builder::writeSessions,
                      &Builder::writeSpeakers, &Builder::plantConflicts, &Builder::writeParticipants}) {
        if (Status s = (this->*step)(); !s)
            return s;
        // The next steps refer to the people written so far (a server's sink buffers them).
        if (Status s = m_people.flush(); !s)
            return s;
    }
    if (large) {
        if (Status s = m_people.restoreIndexes(); !s)
            return s;
    }
    return transaction.commit();
}

Status Builder::writeEvent()
{
    m_event.name = QStringLiteral("Generated Conference %1").arg(m_o.seed);
    m_event.subtitle = QStringLiteral("Test data: %1 sessions, %2 participants").arg(m_o.sessions).arg(m_o.participants);
    m_event.acronym = QStringLiteral("GC%1").arg(m_o.seed);
    m_event.organiser = QStringLiteral("Podium test data");
    m_event.venueName = QStringLiteral("European Convention Center Luxembourg");
    m_event.venueAddress = QStringLiteral("4 Place de l'Europe, L-1499 Luxembourg");
    m_event.timeZoneId = m_o.timeZone;
    m_event.firstDay = m_o.firstDay;
    m_event.lastDay = m_o.firstDay.addDays(m_o.days - 1);
    m_event.language = QStringLiteral("en");
    m_event.description = QStringLiteral("A generated event for tests and benchmarks.");
    return m_file.event().save(m_event);
}

Status Builder::writeRoomsAndTracks()
{
    for (int i = 0; i < m_o.rooms; ++i) {
        Room room;
        room.name = QStringLiteral("Room %1%2").arg(QChar(u'A' + (i / 10) % 26)).arg(i % 10 + 1);
        room.capacity = 30 + int(m_pool.random().bounded(20)) * 25;
        room.location = QStringLiteral("Floor %1").arg(i / 10);
        room.position = i;
        auto id = m_file.rooms().insert(room);
        if (!id)
            return Status::failure(id.error());
        m_rooms << id.value();
    }
    for (int i = 0; i < 8; ++i) {
        Track track;
        track.name = QString::fromUtf8(trackNames[i]);
        track.color = QColor(QLatin1String(trackColors[i]));
        auto id = m_file.tracks().insert(track);
        if (!id)
            return Status::failure(id.error());
        m_tracks << id.value();
    }
    return {};
}

Status Builder::writeSessions()
{
    QRandomGenerator &random = m_pool.random();
    const int columns = m_o.rooms * m_o.days;
    const int perColumn = columns > 0 ? (m_o.sessions + columns - 1) / columns : 0;
    const int dayMinutes = 9 * 60; // 09:00 to 18:00
    const int slot = perColumn > 0 ? std::clamp(dayMinutes / perColumn / 5 * 5, 15, 90) : 30;
    const int fitting = dayMinutes / slot;
    for (int n = 0; n < m_o.sessions; ++n) {
        const int column = columns > 0 ? n % columns : 0;
        const int index = columns > 0 ? n / columns : 0;
        Session s;
        s.guid = m_pool.uuid();
        s.type = pickType(random);
        s.title = s.type == SessionType::Break        ? QStringLiteral("Coffee break")
                  : s.type == SessionType::Networking ? QStringLiteral("Networking")
                                                      : QString::fromUtf8(topics[random.bounded(16)]);
        if (s.type != SessionType::Break && s.type != SessionType::Networking)
            s.title += QStringLiteral(" (%1)").arg(n + 1);
        s.abstract = QStringLiteral("What we learnt about %1, and what comes next.").arg(s.title.toLower());
        s.trackId = m_tracks[int(random.bounded(quint32(m_tracks.size())))];
        s.language = QStringLiteral("en");
        s.status = random.bounded(4) == 0 ? SessionStatus::Draft : SessionStatus::Confirmed;
        s.durationMinutes = std::max(10, slot - 5 * int(random.bounded(3)));
        Planned planned{0, s.type, std::nullopt, {0, 0}, false};
        if (columns > 0 && index < fitting) {
            const int day = column / m_o.rooms;
            s.roomId = m_rooms[column % m_o.rooms];
            s.start = m_event.fromLocal(m_o.firstDay.addDays(day), QTime(9, 0).addSecs(qint64(index) * slot * 60));
            planned.room = s.roomId;
            planned.when = {s.start.toSecsSinceEpoch(), s.end().toSecsSinceEpoch()};
            planned.scheduled = true;
        }
        auto id = m_file.sessions().insert(s);
        if (!id)
            return Status::failure(id.error());
        planned.id = id.value();
        m_sessions.push_back(planned);
    }
    return {};
}

Result<PersonId> Builder::newPerson()
{
    return m_people.insertPerson(m_pool.person(++m_serial));
}

Status Builder::writeSpeakers()
{
    QRandomGenerator &random = m_pool.random();
    const int count = m_o.speakers >= 0 ? m_o.speakers : std::max(1, m_o.sessions * 3 / 5);
    for (int i = 0; i < count; ++i) {
        auto id = newPerson();
        if (!id)
            return Status::failure(id.error());
        m_speakers << id.value();
    }
    if (m_speakers.isEmpty())
        return {};
    // Their roles refer to them: in the tables now, not in a server sink's buffer.
    if (Status s = m_people.flush(); !s)
        return s;
    std::vector<std::vector<Interval>> busy(size_t(m_speakers.size()));
    int cursor = 0;
    for (const Planned &s : m_sessions) {
        const int wanted = peopleFor(s.type, random);
        QSet<int> chosen;
        for (int k = 0; k < wanted; ++k) {
            // Everyone speaks once before anyone speaks twice; never in two places at once.
            for (int attempt = 0; attempt < 30; ++attempt) {
                const int candidate = cursor < m_speakers.size() ? cursor : int(random.bounded(quint32(m_speakers.size())));
                if (cursor < m_speakers.size())
                    ++cursor;
                if (chosen.contains(candidate))
                    continue;
                auto &intervals = busy[size_t(candidate)];
                if (s.scheduled && std::any_of(intervals.begin(), intervals.end(),
                                               [&](const Interval &i) { return i.overlaps(s.when); }))
                    continue;
                chosen.insert(candidate);
                if (s.scheduled)
                    intervals.push_back(s.when);
                SessionRole role;
                role.sessionId = s.id;
                role.personId = m_speakers[candidate];
                role.role = s.type == SessionType::Panel ? (k == 0 ? Role::Moderator : Role::Panellist) : Role::Speaker;
                role.position = k;
                if (Status st = m_file.sessions().addRole(role); !st)
                    return st;
                break;
            }
        }
    }
    return {};
}

Status Builder::plantConflicts()
{
    if (m_o.conflicts <= 0)
        return {};
    // Pairs of sessions at overlapping times in different rooms.
    std::vector<const Planned *> scheduled;
    for (const Planned &s : m_sessions)
        if (s.scheduled)
            scheduled.push_back(&s);
    std::sort(scheduled.begin(), scheduled.end(), [](auto a, auto b) { return a->when.start < b->when.start; });
    std::vector<std::pair<SessionId, SessionId>> pairs;
    for (size_t i = 0; i < scheduled.size() && int(pairs.size()) < m_o.conflicts; ++i)
        for (size_t j = i + 1; j < scheduled.size() && scheduled[j]->when.start < scheduled[i]->when.end; ++j)
            if (scheduled[j]->room != scheduled[i]->room) {
                pairs.emplace_back(scheduled[i]->id, scheduled[j]->id);
                break;
            }
    if (int(pairs.size()) < m_o.conflicts)
        return Status::failure(Tr::tr("Cannot plant %1 conflicts: the timetable has only %2 pairs of sessions at the "
                                      "same time in different rooms. Add rooms or sessions.")
                                   .arg(m_o.conflicts)
                                   .arg(pairs.size()));
    // Each planted person speaks in exactly two overlapping sessions: one conflict each.
    for (const auto &[first, second] : pairs) {
        auto person = newPerson();
        if (!person)
            return Status::failure(person.error());
        if (Status s = m_people.flush(); !s)
            return s;
        for (SessionId session : {first, second})
            if (Status st = m_file.sessions().addRole({session, person.value(), Role::Speaker, 9}); !st)
                return st;
        m_speakers << person.value();
    }
    return {};
}

Status Builder::writeParticipants()
{
    QRandomGenerator &random = m_pool.random();
    const QDateTime registrationStart = m_event.fromLocal(m_o.firstDay.addDays(-90), QTime(9, 0));
    for (int n = 0; n < m_o.participants; ++n) {
        Participant p;
        if (n < m_speakers.size()) {
            p.personId = m_speakers[n];
            p.category = ParticipantCategory::Speaker;
        } else {
            auto person = newPerson();
            if (!person)
                return Status::failure(person.error());
            p.personId = person.value();
            const int r = int(random.bounded(100));
            p.category = r < 86   ? ParticipantCategory::Attendee
                         : r < 90 ? ParticipantCategory::Staff
                         : r < 93 ? ParticipantCategory::Press
                         : r < 97 ? ParticipantCategory::Vip
                                  : ParticipantCategory::Organiser;
        }
        const int s = int(random.bounded(100));
        p.status = s < 90 ? RegistrationStatus::Registered : s < 96 ? RegistrationStatus::Waitlisted
                                                                   : RegistrationStatus::Cancelled;
        p.code = RegistrationCode::generate(random);
        p.consentList = random.bounded(10) != 0; // 10% did not consent
        p.consentPhoto = random.bounded(5) != 0;
        if (random.bounded(100) < 15)
            p.dietary = QString::fromUtf8(diets[random.bounded(7)]);
        if (random.bounded(100) < 3)
            p.accessibility = QStringLiteral("Wheelchair access");
        p.registeredAt = registrationStart.addSecs(qint64(random.bounded(80 * 24 * 3600)));
        auto id = m_people.insertParticipant(p);
        if (!id)
            return Status::failure(id.error());
    }
    return {};
}
} // namespace

Status EventGenerator::fill(const EventStore &file, const Options &options)
{
    if (Status st = Builder(file, options).run(); !st)
        return st;
    // A generated event starts without history: the rows its own set-up recorded
    // carry the clock, and the same seed must give the same bytes.
    return ChangeLogRepository(file).purgeTables({QStringLiteral("event"), QStringLiteral("room"), QStringLiteral("track"),
                                                  QStringLiteral("session"), QStringLiteral("person"),
                                                  QStringLiteral("participant")});
}
