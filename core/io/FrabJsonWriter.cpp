#include "io/FrabJsonWriter.h"

#include "io/ScheduleTime.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrabJsonWriter)
};

// The schema's "Reference": url, title, and a type only from its list.
QJsonArray references(const QList<SessionLink> &links)
{
    static const QStringList types = {QStringLiteral("slides"), QStringLiteral("paper"), QStringLiteral("web"),
                                      QStringLiteral("blog"), QStringLiteral("article"), QStringLiteral("media"),
                                      QStringLiteral("related"), QStringLiteral("activitypub")};
    QJsonArray out;
    for (const SessionLink &link : links) {
        QJsonObject reference{{QStringLiteral("url"), link.url}, {QStringLiteral("title"), link.title}};
        if (types.contains(link.type))
            reference.insert(QStringLiteral("type"), link.type);
        out << reference;
    }
    return out;
}

QJsonObject event(const ScheduleDocument &doc, const ScheduleSession &s, const QString &slug, QJsonObject &originals)
{
    QJsonObject e;
    const QString guid = ScheduleDocument::exportGuid(s.guid);
    e.insert(QStringLiteral("guid"), guid);
    e.insert(QStringLiteral("id"), s.externalId.value_or(0));
    for (const auto &[name, value] : doc.frabFields(s))
        e.insert(name, value);
    e.insert(QStringLiteral("end"), ScheduleTime::formatMoment(s.end(), doc.timeZone()));
    e.insert(QStringLiteral("slug"), slug);
    // The schema requires a url: a talk without a page gets its GUID as a URN.
    e.insert(QStringLiteral("url"), s.url.isEmpty() ? QStringLiteral("urn:uuid:") + guid : s.url);
    e.insert(QStringLiteral("do_not_record"), s.recordingOptOut);
    QJsonObject original;
    if (guid != s.guid)
        original.insert(QStringLiteral("guid"), s.guid);
    if (slug != s.slug) // also "" for a talk without a slug of its own
        original.insert(QStringLiteral("slug"), s.slug);
    if (!original.isEmpty())
        originals.insert(guid, original);
    QJsonArray persons;
    for (const SchedulePerson &p : s.persons) {
        // frab's form (id and public_name): the schema's oneOf refuses a person with both name and public_name.
        QJsonObject person{{QStringLiteral("public_name"), p.name}, {QStringLiteral("id"), p.externalId.value_or(0)}};
        if (!p.guid.isEmpty())
            person.insert(QStringLiteral("guid"), ScheduleDocument::exportGuid(p.guid));
        persons << person;
    }
    e.insert(QStringLiteral("persons"), persons);
    e.insert(QStringLiteral("links"), references(s.links));
    e.insert(QStringLiteral("attachments"), references(s.attachments));
    return e;
}
} // namespace

Status FrabJsonWriter::write(const ScheduleDocument &doc, QIODevice &device)
{
    const QTimeZone zone = doc.timeZone();
    const QList<ScheduleDay> timetable = doc.timetable();
    const QHash<QString, QString> slugs = doc.exportSlugs();
    QJsonObject conference;
    conference.insert(QStringLiteral("acronym"), doc.exportAcronym());
    conference.insert(QStringLiteral("title"), doc.conference.title);
    if (!doc.conference.description.isEmpty())
        conference.insert(QStringLiteral("description"), doc.conference.description);
    if (!doc.conference.url.isEmpty())
        conference.insert(QStringLiteral("url"), doc.conference.url);
    // The schema requires start and end: without days, the event's own dates.
    const QDate first = timetable.isEmpty() ? doc.conference.firstDay : timetable.first().date;
    const QDate last = timetable.isEmpty() ? doc.conference.lastDay : timetable.last().date;
    conference.insert(QStringLiteral("start"), first.toString(Qt::ISODate));
    conference.insert(QStringLiteral("end"), (last.isValid() ? last : first).toString(Qt::ISODate));
    conference.insert(QStringLiteral("daysCount"), timetable.size());
    conference.insert(QStringLiteral("timeslot_duration"), QStringLiteral("00:05"));
    conference.insert(QStringLiteral("time_zone_name"), QString::fromUtf8(doc.conference.timeZoneId));
    QJsonArray tracks;
    for (const ScheduleTrack &t : doc.tracks) {
        QJsonObject track{{QStringLiteral("name"), t.name}};
        if (t.color.isValid())
            track.insert(QStringLiteral("color"), t.color.name(QColor::HexRgb));
        tracks << track;
    }
    conference.insert(QStringLiteral("tracks"), tracks);
    QJsonArray rooms;
    for (const ScheduleRoom &r : doc.rooms)
        rooms << QJsonObject{{QStringLiteral("name"), r.name}, {QStringLiteral("guid"), r.guid}};
    conference.insert(QStringLiteral("rooms"), rooms);
    QJsonArray days;
    QJsonObject originals;
    for (const ScheduleDay &day : timetable) {
        QJsonObject byRoom;
        for (const ScheduleRoomSessions &room : day.rooms) {
            QJsonArray events;
            for (const ScheduleSession *s : room.sessions)
                events << event(doc, *s, slugs.value(s->guid), originals);
            byRoom.insert(room.room.name, events);
        }
        days << QJsonObject{{QStringLiteral("index"), day.index},
                            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                            {QStringLiteral("day_start"), ScheduleTime::formatMoment(day.start, zone)},
                            {QStringLiteral("day_end"), ScheduleTime::formatMoment(day.end, zone)},
                            {QStringLiteral("rooms"), byRoom}};
    }
    conference.insert(QStringLiteral("days"), days);
    // What the schema has no field for (or only in another form), under its free "meta".
    QJsonObject meta;
    for (const auto &[key, value] : {std::pair{"subtitle", &doc.conference.subtitle}, std::pair{"venue", &doc.conference.venue},
                                     std::pair{"city", &doc.conference.city}})
        if (!value->isEmpty())
            meta.insert(QLatin1String(key), *value);
    if (!originals.isEmpty())
        meta.insert(QStringLiteral("podium_originals"), originals);
    if (!meta.isEmpty())
        conference.insert(QStringLiteral("meta"), meta);
    const QJsonObject root{
        {QStringLiteral("$schema"), QStringLiteral("https://c3voc.de/schedule/schema.json")},
        {QStringLiteral("generator"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Podium")},
                     {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
        {QStringLiteral("schedule"),
         QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}, {QStringLiteral("conference"), conference}}},
    };
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (device.write(bytes) != bytes.size())
        return Status::failure(Tr::tr("The schedule could not be written: %1").arg(device.errorString()));
    return {};
}
