#include "io/FrabJsonReader.h"

#include "io/JsonValueReader.h"
#include "io/ScheduleDocumentAssembler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrabJsonReader)
};

QString lineAndColumn(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

class Parser
{
public:
    Parser(const QString &fileName, const ProgressCallback &progress)
        : m_out(fileName, ScheduleDocumentAssembler::Syntax::Json), m_progress(progress)
    {
    }
    Result<ScheduleDocument> run(const QByteArray &json);

private:
    Status conference(const QJsonObject &c);
    Status day(const QJsonObject &d, const QString &origin);
    Status event(const QJsonObject &e, const QString &origin, const QString &date, const QString &room);
    qint64 countEvents(const QJsonArray &days, const QString &origin);
    // The first value of a wrong type, as an error naming its path.
    Status typeError() const;
    // Links or attachments: {url, title, type}, or a plain URL string.
    QList<SessionLink> references(const QJsonValue &list, const QString &origin);

    ScheduleDocumentAssembler m_out;
    JsonValueReader m_json;
    const ProgressCallback &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QJsonObject m_originals; // exported GUID -> {"guid", "slug"} a Podium export had to replace
};


Result<ScheduleDocument> Parser::run(const QByteArray &json)
{
    using R = Result<ScheduleDocument>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(m_out.message(lineAndColumn(json, error.offset),
                                        Tr::tr("the JSON is not well-formed: %1.").arg(error.errorString())));
    if (!document.isObject())
        return R::failure(m_out.message(QString(), Tr::tr("the file holds %1, not an object with a \"schedule\": "
                                                           "this is not a frab/pretalx schedule.json file.")
                                                        .arg(JsonValueReader::typeName(document.array()))));
    const QJsonObject schedule = m_json.object(document.object().value(QLatin1String("schedule")), QStringLiteral("schedule"));
    if (Status s = typeError(); !s)
        return R::failure(s.error());
    if (schedule.isEmpty())
        return R::failure(m_out.message(QString(), Tr::tr("there is no \"schedule\" object: this is not a "
                                                           "frab/pretalx schedule.json file.")));
    const QJsonObject c = m_json.object(schedule.value(QLatin1String("conference")), QStringLiteral("schedule.conference"));
    if (Status s = typeError(); !s)
        return R::failure(s.error());
    if (Status s = conference(c); !s)
        return R::failure(s.error());
    // The hub's "schedule 2" lists events beside the days: read as version 1 it would import nothing.
    if (m_total == 0 && !m_json.array(schedule.value(QLatin1String("events")), QStringLiteral("schedule.events")).isEmpty())
        return R::failure(m_out.message(QStringLiteral("schedule.events"),
                                        Tr::tr("the events are listed beside the days (the C3VOC “schedule 2” "
                                               "layout), which Podium does not read: export the schedule.json of "
                                               "the frab/pretalx layout, with the events in the days' rooms.")));
    return m_out.finish();
}

Status Parser::typeError() const
{
    return m_json.ok() ? Status() : Status::failure(m_out.message(QString(), m_json.error() + QLatin1Char('.')));
}

qint64 Parser::countEvents(const QJsonArray &days, const QString &origin)
{
    qint64 n = 0;
    for (int i = 0; i < days.size(); ++i) {
        const QString day = QStringLiteral("%1[%2]").arg(origin).arg(i);
        const QJsonObject d = m_json.object(days[i], day);
        const QJsonObject rooms = m_json.object(d.value(QLatin1String("rooms")), day + QLatin1String(".rooms"));
        for (auto it = rooms.begin(); it != rooms.end(); ++it)
            n += m_json.array(it.value(), QStringLiteral("%1.rooms[\"%2\"]").arg(day, it.key())).size();
    }
    return n;
}

Status Parser::conference(const QJsonObject &c)
{
    const QString origin = QStringLiteral("schedule.conference");
    auto field = [&](const char *name) {
        return m_json.text(c.value(QLatin1String(name)), origin + QLatin1Char('.') + QLatin1String(name));
    };
    RawScheduleConference raw;
    raw.origin = origin;
    raw.title = field("title");
    raw.subtitle = field("subtitle");
    raw.acronym = field("acronym");
    raw.description = field("description");
    raw.start = field("start");
    raw.end = field("end");
    raw.days = m_json.scalar(c.value(QLatin1String("daysCount")), origin + QLatin1String(".daysCount"));
    raw.timeZone = field("time_zone_name");
    raw.url = field("url");
    // The schema allows no other conference fields; Podium keeps these under "meta".
    const QString metaPath = origin + QLatin1String(".meta");
    const QJsonObject meta = m_json.object(c.value(QLatin1String("meta")), metaPath);
    raw.venue = m_json.text(meta.value(QLatin1String("venue")), metaPath + QLatin1String(".venue"));
    raw.city = m_json.text(meta.value(QLatin1String("city")), metaPath + QLatin1String(".city"));
    if (raw.subtitle.isEmpty())
        raw.subtitle = m_json.text(meta.value(QLatin1String("subtitle")), metaPath + QLatin1String(".subtitle"));
    m_originals = m_json.object(meta.value(QLatin1String("podium_originals")), metaPath + QLatin1String(".podium_originals"));
    const QJsonArray tracks = m_json.array(c.value(QLatin1String("tracks")), origin + QLatin1String(".tracks"));
    const QJsonArray rooms = m_json.array(c.value(QLatin1String("rooms")), origin + QLatin1String(".rooms"));
    const QJsonArray days = m_json.array(c.value(QLatin1String("days")), origin + QLatin1String(".days"));
    m_total = countEvents(days, origin + QLatin1String(".days"));
    // Every container has its type before anything is taken from it.
    if (Status s = typeError(); !s)
        return s;
    if (Status s = m_out.setConference(raw); !s)
        return s;
    for (int i = 0; i < tracks.size(); ++i) {
        const QString where = QStringLiteral("%1.tracks[%2]").arg(origin).arg(i);
        const QJsonObject t = m_json.object(tracks[i], where);
        m_out.addTrack(m_json.text(t.value(QLatin1String("name")), where + QLatin1String(".name")),
                       m_json.text(t.value(QLatin1String("color")), where + QLatin1String(".color")));
    }
    for (int i = 0; i < rooms.size(); ++i) {
        const QString where = QStringLiteral("%1.rooms[%2]").arg(origin).arg(i);
        const QJsonObject r = m_json.object(rooms[i], where);
        m_out.addRoom(m_json.text(r.value(QLatin1String("name")), where + QLatin1String(".name")),
                      m_json.text(r.value(QLatin1String("guid")), where + QLatin1String(".guid")));
    }
    if (Status s = typeError(); !s)
        return s;
    for (int i = 0; i < days.size(); ++i)
        if (Status s = day(days[i].toObject(), QStringLiteral("%1.days[%2]").arg(origin).arg(i)); !s)
            return s;
    return {};
}

Status Parser::day(const QJsonObject &d, const QString &origin)
{
    const QString date = m_json.text(d.value(QLatin1String("date")), origin + QLatin1String(".date"));
    const QString start = m_json.text(d.value(QLatin1String("day_start")), origin + QLatin1String(".day_start"));
    const QString end = m_json.text(d.value(QLatin1String("day_end")), origin + QLatin1String(".day_end"));
    if (Status s = typeError(); !s)
        return s;
    if (Status s = m_out.addDay(origin, date, start, end); !s)
        return s;
    const QJsonObject rooms = d.value(QLatin1String("rooms")).toObject();
    for (auto room = rooms.begin(); room != rooms.end(); ++room) {
        m_out.addRoom(room.key(), QString());
        const QJsonArray events = room.value().toArray();
        for (int i = 0; i < events.size(); ++i) {
            const QString where = QStringLiteral("%1.rooms[\"%2\"][%3]").arg(origin, room.key()).arg(i);
            if (Status s = event(m_json.object(events[i], where), where, date, room.key()); !s)
                return s;
        }
    }
    return {};
}

Status Parser::event(const QJsonObject &e, const QString &origin, const QString &date, const QString &room)
{
    if (m_progress && ++m_done % 256 == 0 && !m_progress(m_done, m_total))
        return Status::failure(Tr::tr("Import cancelled: nothing was imported."));
    auto path = [&](const QString &base, const char *name) { return base + QLatin1Char('.') + QLatin1String(name); };
    auto field = [&](const char *name) { return m_json.text(e.value(QLatin1String(name)), path(origin, name)); };
    RawScheduleEvent raw;
    raw.origin = origin;
    raw.guid = field("guid");
    raw.id = m_json.scalar(e.value(QLatin1String("id")), path(origin, "id"));
    raw.title = field("title");
    raw.subtitle = field("subtitle");
    raw.type = field("type");
    raw.track = field("track");
    raw.language = field("language");
    raw.abstract = field("abstract");
    raw.description = field("description");
    raw.room = field("room").isEmpty() ? room : field("room");
    raw.date = field("date");
    raw.start = field("start");
    raw.duration = field("duration");
    raw.day = date;
    raw.url = field("url");
    raw.slug = field("slug");
    const QJsonValue optOut = e.value(QLatin1String("do_not_record"));
    raw.recordingOptOut = optOut.isBool() ? (optOut.toBool() ? QStringLiteral("true") : QString())
                                          : m_json.scalar(optOut, path(origin, "do_not_record"));
    // What a Podium export had to replace to satisfy the schema (a GUID that is not a UUID, a slug).
    if (const QJsonObject original = m_originals.value(raw.guid).toObject(); !original.isEmpty()) {
        raw.guid = original.value(QLatin1String("guid")).toString(raw.guid);
        raw.slug = original.value(QLatin1String("slug")).toString(raw.slug);
    }
    if (raw.url.startsWith(QLatin1String("urn:uuid:")))
        raw.url.clear(); // what Podium writes where the schema needs a url and the talk has none
    const QJsonArray persons = m_json.array(e.value(QLatin1String("persons")), path(origin, "persons"));
    for (int i = 0; i < persons.size(); ++i) {
        const QString where = QStringLiteral("%1.persons[%2]").arg(origin).arg(i);
        const QJsonObject p = m_json.object(persons[i], where);
        const QString name = m_json.text(p.value(QLatin1String("name")), path(where, "name"));
        raw.persons << RawSchedulePerson{m_json.scalar(p.value(QLatin1String("id")), path(where, "id")),
                                         m_json.text(p.value(QLatin1String("guid")), path(where, "guid")),
                                         name.isEmpty() ? m_json.text(p.value(QLatin1String("public_name")),
                                                                      path(where, "public_name"))
                                                        : name};
    }
    raw.links = references(e.value(QLatin1String("links")), path(origin, "links"));
    raw.attachments = references(e.value(QLatin1String("attachments")), path(origin, "attachments"));
    if (Status s = typeError(); !s)
        return s;
    return m_out.addEvent(raw);
}

QList<SessionLink> Parser::references(const QJsonValue &list, const QString &origin)
{
    QList<SessionLink> out;
    const QJsonArray items = m_json.array(list, origin);
    for (int i = 0; i < items.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(origin).arg(i);
        // The C3VOC schema allows a link as a plain URL string or as {url, title}.
        if (items[i].isString()) {
            out << SessionLink{items[i].toString(), QString(), QString()};
            continue;
        }
        const QJsonObject l = m_json.object(items[i], where);
        out << SessionLink{m_json.text(l.value(QLatin1String("url")), where + QLatin1String(".url")),
                           m_json.text(l.value(QLatin1String("title")), where + QLatin1String(".title")),
                           m_json.text(l.value(QLatin1String("type")), where + QLatin1String(".type"))};
    }
    return out;
}
} // namespace

Result<ScheduleDocument> FrabJsonReader::read(const QByteArray &json, const QString &fileName, const ProgressCallback &progress)
{
    Parser parser(fileName, progress);
    return parser.run(json);
}
