#include "generate/DemoEvent.h"

#include "generate/NamePool.h"
#include "model/Event.h"
#include "model/Participant.h"
#include "model/RegistrationCode.h"
#include "model/SessionRole.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoEvent)
};

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

template <typename T>
Status check(const Result<T> &r)
{
    return r ? Status() : Status::failure(r.error());
}

class DemoWriter
{
public:
    explicit DemoWriter(const EventStore &file) : m_file(file) {}
    Status write(const QJsonObject &root);

private:
    Status writeEvent(const QJsonObject &o);
    Status writePeople(const QJsonArray &people);
    Status writeSessions(const QJsonArray &sessions);
    Status writeParticipants(const QJsonObject &o);

    const EventStore &m_file;
    Event m_event;
    QHash<QString, RoomId> m_rooms;
    QHash<QString, TrackId> m_tracks;
    QHash<QString, PersonId> m_people;
    QList<PersonId> m_speakers; // in the file's order, so codes are the same every time
};

Status DemoWriter::write(const QJsonObject &root)
{
    if (Status s = writeEvent(root.value(QLatin1String("event")).toObject()); !s)
        return s;
    int position = 0;
    for (const QJsonValue &v : root.value(QLatin1String("rooms")).toArray()) {
        const QJsonObject o = v.toObject();
        Room room{0, text(o, "name"), o.value(QLatin1String("capacity")).toInt(), text(o, "location"), position++};
        auto id = m_file.rooms().insert(room);
        if (!id)
            return check(id);
        m_rooms.insert(text(o, "key"), id.value());
    }
    for (const QJsonValue &v : root.value(QLatin1String("tracks")).toArray()) {
        const QJsonObject o = v.toObject();
        auto id = m_file.tracks().insert(Track{0, text(o, "name"), QColor(text(o, "color"))});
        if (!id)
            return check(id);
        m_tracks.insert(text(o, "key"), id.value());
    }
    if (Status s = writePeople(root.value(QLatin1String("people")).toArray()); !s)
        return s;
    if (Status s = writeSessions(root.value(QLatin1String("sessions")).toArray()); !s)
        return s;
    return writeParticipants(root.value(QLatin1String("participants")).toObject());
}

Status DemoWriter::writeEvent(const QJsonObject &o)
{
    m_event.name = text(o, "name");
    m_event.subtitle = text(o, "subtitle");
    m_event.acronym = text(o, "acronym");
    m_event.organiser = text(o, "organiser");
    m_event.venueName = text(o, "venueName");
    m_event.venueAddress = text(o, "venueAddress");
    m_event.timeZoneId = text(o, "timeZone").toUtf8();
    m_event.firstDay = QDate::fromString(text(o, "firstDay"), Qt::ISODate);
    m_event.lastDay = QDate::fromString(text(o, "lastDay"), Qt::ISODate);
    m_event.language = text(o, "language");
    m_event.description = text(o, "description");
    return m_file.event().save(m_event);
}

Status DemoWriter::writePeople(const QJsonArray &people)
{
    for (const QJsonValue &v : people) {
        const QJsonObject o = v.toObject();
        Person p;
        p.title = text(o, "title");
        p.firstName = text(o, "first");
        p.lastName = text(o, "last");
        p.organisation = text(o, "organisation");
        p.organisationType = Vocabulary<OrganisationType>::fromKey(text(o, "type")).value_or(OrganisationType::Other);
        p.position = text(o, "position");
        p.country = text(o, "country");
        p.bio = text(o, "bio");
        p.email = QStringLiteral("%1.%2@example.org").arg(NamePool::asciiFold(p.firstName), NamePool::asciiFold(p.lastName));
        auto id = m_file.people().insert(p);
        if (!id)
            return check(id);
        m_people.insert(text(o, "key"), id.value());
        m_speakers << id.value();
    }
    return {};
}

Status DemoWriter::writeSessions(const QJsonArray &sessions)
{
    for (const QJsonValue &v : sessions) {
        const QJsonObject o = v.toObject();
        Session s;
        s.title = text(o, "title");
        s.abstract = text(o, "abstract");
        s.type = Vocabulary<SessionType>::fromKey(text(o, "type")).value_or(SessionType::Other);
        s.trackId = m_tracks.value(text(o, "track"));
        s.roomId = m_rooms.value(text(o, "room"));
        s.start = m_event.fromLocal(m_event.firstDay, QTime::fromString(text(o, "start"), QStringLiteral("HH:mm")));
        s.durationMinutes = o.value(QLatin1String("minutes")).toInt(30);
        s.language = QStringLiteral("en");
        s.status = SessionStatus::Confirmed;
        auto id = m_file.sessions().insert(s);
        if (!id)
            return check(id);
        int position = 0;
        for (const QJsonValue &r : o.value(QLatin1String("people")).toArray()) {
            const QJsonArray pair = r.toArray();
            SessionRole role;
            role.sessionId = id.value();
            role.personId = m_people.value(pair.at(0).toString());
            role.role = Vocabulary<Role>::fromKey(pair.at(1).toString()).value_or(Role::Speaker);
            role.position = position++;
            if (Status st = m_file.sessions().addRole(role); !st)
                return st;
        }
    }
    return {};
}

Status DemoWriter::writeParticipants(const QJsonObject &o)
{
    NamePool pool(quint32(o.value(QLatin1String("seed")).toInt(2018)));
    QRandomGenerator &random = pool.random();
    const QDateTime doorsOpen = m_event.fromLocal(m_event.firstDay, QTime(8, 25));
    auto registration = [&](PersonId person, ParticipantCategory category) {
        Participant p;
        p.personId = person;
        p.category = category;
        p.code = RegistrationCode::generate(random);
        p.consentList = random.bounded(10) != 0;
        p.consentPhoto = random.bounded(6) != 0;
        p.registeredAt = doorsOpen.addDays(-60 + int(random.bounded(55)));
        const int s = int(random.bounded(100));
        p.status = s < 92 ? RegistrationStatus::Registered : s < 97 ? RegistrationStatus::Waitlisted
                                                                   : RegistrationStatus::Cancelled;
        if (p.status == RegistrationStatus::Registered && random.bounded(100) < 75)
            p.checkedIn = doorsOpen.addSecs(qint64(random.bounded(100 * 60)));
        if (random.bounded(100) < 14)
            p.dietary = QStringLiteral("Vegetarian");
        return m_file.participants().insert(p);
    };
    for (PersonId speaker : std::as_const(m_speakers))
        if (auto id = registration(speaker, ParticipantCategory::Speaker); !id)
            return check(id);
    const int count = o.value(QLatin1String("count")).toInt(150);
    for (int n = 1; n <= count; ++n) {
        auto person = m_file.people().insert(pool.person(n));
        if (!person)
            return check(person);
        const int r = int(random.bounded(100));
        const ParticipantCategory category = r < 84   ? ParticipantCategory::Attendee
                                             : r < 90 ? ParticipantCategory::Staff
                                             : r < 94 ? ParticipantCategory::Press
                                             : r < 97 ? ParticipantCategory::Vip
                                                      : ParticipantCategory::Organiser;
        if (auto id = registration(person.value(), category); !id)
            return check(id);
    }
    return {};
}
} // namespace

static void loadDemoResource()
{
    // The resource lives in a static library: register it explicitly.
    Q_INIT_RESOURCE(demo);
}

Status DemoEvent::fill(const EventStore &file)
{
    loadDemoResource();
    QFile resource(QStringLiteral(":/demo/imi-2018.json"));
    if (!resource.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("The demo event is missing from this build of Podium."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(resource.readAll(), &error);
    if (doc.isNull())
        return Status::failure(Tr::tr("The demo event is damaged: %1.").arg(error.errorString()));
    Transaction transaction(file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status s = DemoWriter(file).write(doc.object()); !s)
        return s;
    return transaction.commit();
}
