#include "io/FrabJsonReader.h"

#include "io/ScheduleDocumentAssembler.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FrabJsonReader)
};

// JSON values as text: numbers (ids, days) and null arrive here too. Whole
// numbers print as integers; others (1e308, 2.5) as written, to be refused
// where a number is needed (converting 1e308 to an integer is undefined).
QString text(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::abs(d) < 9.0e15 && d == std::floor(d))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return v.toString();
}

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
    static qint64 countEvents(const QJsonArray &days);

    ScheduleDocumentAssembler m_out;
    const ProgressCallback &m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Result<ScheduleDocument> Parser::run(const QByteArray &json)
{
    using R = Result<ScheduleDocument>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(m_out.message(lineAndColumn(json, error.offset),
                                        Tr::tr("the JSON is not well-formed: %1.").arg(error.errorString())));
    const QJsonObject schedule = document.object().value(QLatin1String("schedule")).toObject();
    if (schedule.isEmpty())
        return R::failure(m_out.message(QString(), Tr::tr("there is no \"schedule\" object: this is not a "
                                                           "frab/pretalx schedule.json file.")));
    if (Status s = conference(schedule.value(QLatin1String("conference")).toObject()); !s)
        return R::failure(s.error());
    return m_out.finish();
}

qint64 Parser::countEvents(const QJsonArray &days)
{
    qint64 n = 0;
    for (const QJsonValue &d : days) {
        const QJsonObject rooms = d.toObject().value(QLatin1String("rooms")).toObject();
        for (auto it = rooms.begin(); it != rooms.end(); ++it)
            n += it.value().toArray().size();
    }
    return n;
}

Status Parser::conference(const QJsonObject &c)
{
    const QString origin = QStringLiteral("schedule.conference");
    RawScheduleConference raw;
    raw.origin = origin;
    raw.title = text(c.value(QLatin1String("title")));
    raw.subtitle = text(c.value(QLatin1String("subtitle")));
    raw.acronym = text(c.value(QLatin1String("acronym")));
    raw.description = text(c.value(QLatin1String("description")));
    raw.start = text(c.value(QLatin1String("start")));
    raw.end = text(c.value(QLatin1String("end")));
    raw.days = text(c.value(QLatin1String("daysCount")));
    raw.timeZone = text(c.value(QLatin1String("time_zone_name")));
    if (Status s = m_out.setConference(raw); !s)
        return s;
    for (const QJsonValue &t : c.value(QLatin1String("tracks")).toArray())
        m_out.addTrack(text(t.toObject().value(QLatin1String("name"))), text(t.toObject().value(QLatin1String("color"))));
    for (const QJsonValue &r : c.value(QLatin1String("rooms")).toArray())
        m_out.addRoom(text(r.toObject().value(QLatin1String("name"))), text(r.toObject().value(QLatin1String("guid"))));
    const QJsonArray days = c.value(QLatin1String("days")).toArray();
    m_total = countEvents(days);
    for (int i = 0; i < days.size(); ++i)
        if (Status s = day(days[i].toObject(), QStringLiteral("%1.days[%2]").arg(origin).arg(i)); !s)
            return s;
    return {};
}

Status Parser::day(const QJsonObject &d, const QString &origin)
{
    const QString date = text(d.value(QLatin1String("date")));
    if (Status s = m_out.addDay(origin, date, text(d.value(QLatin1String("day_start"))),
                                 text(d.value(QLatin1String("day_end"))));
        !s)
        return s;
    const QJsonObject rooms = d.value(QLatin1String("rooms")).toObject();
    for (auto room = rooms.begin(); room != rooms.end(); ++room) {
        m_out.addRoom(room.key(), QString());
        const QJsonArray events = room.value().toArray();
        for (int i = 0; i < events.size(); ++i) {
            const QString where = QStringLiteral("%1.rooms[\"%2\"][%3]").arg(origin, room.key()).arg(i);
            if (Status s = event(events[i].toObject(), where, date, room.key()); !s)
                return s;
        }
    }
    return {};
}

Status Parser::event(const QJsonObject &e, const QString &origin, const QString &date, const QString &room)
{
    if (m_progress && ++m_done % 256 == 0 && !m_progress(m_done, m_total))
        return Status::failure(Tr::tr("Import cancelled: nothing was imported."));
    auto field = [&](const char *name) { return text(e.value(QLatin1String(name))); };
    RawScheduleEvent raw;
    raw.origin = origin;
    raw.guid = field("guid");
    raw.id = field("id");
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
    for (const QJsonValue &v : e.value(QLatin1String("persons")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = text(p.value(QLatin1String("name")));
        raw.persons << RawSchedulePerson{text(p.value(QLatin1String("id"))), text(p.value(QLatin1String("guid"))),
                                         name.isEmpty() ? text(p.value(QLatin1String("public_name"))) : name};
    }
    for (const QJsonValue &v : e.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = v.toObject();
        raw.links << SessionLink{text(l.value(QLatin1String("url"))), text(l.value(QLatin1String("title")))};
    }
    return m_out.addEvent(raw);
}
} // namespace

Result<ScheduleDocument> FrabJsonReader::read(const QByteArray &json, const QString &fileName, const ProgressCallback &progress)
{
    Parser parser(fileName, progress);
    return parser.run(json);
}
