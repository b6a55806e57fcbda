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

QJsonObject event(const ScheduleDocument &doc, const ScheduleSession &s)
{
    QJsonObject e;
    e.insert(QStringLiteral("guid"), s.guid);
    e.insert(QStringLiteral("id"), s.externalId.value_or(0));
    for (const auto &[name, value] : doc.frabFields(s))
        e.insert(name, value);
    e.insert(QStringLiteral("end"), ScheduleTime::formatMoment(s.end(), doc.timeZone()));
    QJsonArray persons;
    for (const SchedulePerson &p : s.persons) {
        QJsonObject person{{QStringLiteral("name"), p.name}, {QStringLiteral("public_name"), p.name}};
        if (p.externalId)
            person.insert(QStringLiteral("id"), *p.externalId);
        if (!p.guid.isEmpty())
            person.insert(QStringLiteral("guid"), p.guid);
        persons << person;
    }
    e.insert(QStringLiteral("persons"), persons);
    QJsonArray links;
    for (const SessionLink &link : s.links)
        links << QJsonObject{{QStringLiteral("url"), link.url}, {QStringLiteral("title"), link.title}};
    e.insert(QStringLiteral("links"), links);
    return e;
}
} // namespace

Status FrabJsonWriter::write(const ScheduleDocument &doc, QIODevice &device)
{
    const QTimeZone zone = doc.timeZone();
    const QList<ScheduleDay> timetable = doc.timetable();
    QJsonObject conference;
    conference.insert(QStringLiteral("acronym"), doc.exportAcronym());
    conference.insert(QStringLiteral("title"), doc.conference.title);
    if (!doc.conference.subtitle.isEmpty())
        conference.insert(QStringLiteral("subtitle"), doc.conference.subtitle);
    if (!doc.conference.description.isEmpty())
        conference.insert(QStringLiteral("description"), doc.conference.description);
    if (!timetable.isEmpty()) {
        conference.insert(QStringLiteral("start"), timetable.first().date.toString(Qt::ISODate));
        conference.insert(QStringLiteral("end"), timetable.last().date.toString(Qt::ISODate));
    }
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
    for (const ScheduleDay &day : timetable) {
        QJsonObject byRoom;
        for (const ScheduleRoomSessions &room : day.rooms) {
            QJsonArray events;
            for (const ScheduleSession *s : room.sessions)
                events << event(doc, *s);
            byRoom.insert(room.room.name, events);
        }
        days << QJsonObject{{QStringLiteral("index"), day.index},
                            {QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                            {QStringLiteral("day_start"), ScheduleTime::formatMoment(day.start, zone)},
                            {QStringLiteral("day_end"), ScheduleTime::formatMoment(day.end, zone)},
                            {QStringLiteral("rooms"), byRoom}};
    }
    conference.insert(QStringLiteral("days"), days);
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
