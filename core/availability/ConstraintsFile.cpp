#include "availability/ConstraintsFile.h"

#include "io/OutputFile.h"
#include "model/Event.h"
#include "storage/ConstraintRepository.h"
#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrackRepository.h"
#include "storage/Transaction.h"
#include "util/QuotedPath.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// What names mean in this event: sessions, rooms and tracks both ways.
struct Names
{
    Event event;
    QHash<SessionId, Session> sessions;
    QHash<QString, SessionId> sessionByGuid;
    QHash<QString, QList<SessionId>> sessionsByTitle;
    QHash<RoomId, QString> roomName;
    QHash<QString, RoomId> roomByName; // case-folded
    QHash<TrackId, QString> trackName;
    QHash<QString, TrackId> trackByName;

    static Result<Names> load(const EventStore &file)
    {
        Names n;
        auto event = file.event().load();
        auto sessions = file.sessions().all();
        auto rooms = file.rooms().all();
        auto tracks = file.tracks().all();
        for (const QString &error : {event.error(), sessions.error(), rooms.error(), tracks.error()})
            if (!error.isEmpty())
                return Result<Names>::failure(error);
        n.event = event.value();
        for (const Session &s : sessions.value()) {
            n.sessions.insert(s.id, s);
            n.sessionByGuid.insert(s.guid.toLower(), s.id);
            n.sessionsByTitle[s.title.simplified().toCaseFolded()] << s.id;
        }
        for (const Room &r : rooms.value()) {
            n.roomName.insert(r.id, r.name);
            n.roomByName.insert(r.name.simplified().toCaseFolded(), r.id);
        }
        for (const Track &t : tracks.value()) {
            n.trackName.insert(t.id, t.name);
            n.trackByName.insert(t.name.simplified().toCaseFolded(), t.id);
        }
        return n;
    }

    QString time(const QDateTime &utc) const { return event.toLocal(utc).toString(Qt::ISODate); }
    QJsonArray guids(const QList<SessionId> &ids) const
    {
        QJsonArray out;
        for (SessionId id : ids)
            out << sessions.value(id).guid;
        return out;
    }
};

} // namespace

Result<QByteArray> ConstraintsFile::toJson(const EventStore &file)
{
    auto names = Names::load(file);
    if (!names)
        return Result<QByteArray>::failure(names.error());
    const Names &n = names.value();
    const ConstraintRepository repo(file);
    auto sessions = repo.allSessions();
    auto event = repo.event();
    if (!sessions || !event)
        return Result<QByteArray>::failure(!sessions ? sessions.error() : event.error());
    QList<SessionConstraints> ordered = sessions->values();
    std::sort(ordered.begin(), ordered.end(), [&](const SessionConstraints &a, const SessionConstraints &b) {
        const Session &x = n.sessions.value(a.sessionId);
        const Session &y = n.sessions.value(b.sessionId);
        return std::make_tuple(x.start.isValid() ? x.start : QDateTime::fromSecsSinceEpoch(0), x.title, x.id)
               < std::make_tuple(y.start.isValid() ? y.start : QDateTime::fromSecsSinceEpoch(0), y.title, y.id);
    });
    QJsonArray sessionList;
    for (const SessionConstraints &c : ordered) {
        QJsonObject o;
        o.insert(QStringLiteral("session"), n.sessions.value(c.sessionId).guid);
        o.insert(QStringLiteral("title"), n.sessions.value(c.sessionId).title);
        if (c.pinned)
            o.insert(QStringLiteral("pinned"), QJsonObject{{QStringLiteral("room"), n.roomName.value(c.pinned->roomId)},
                                                           {QStringLiteral("start"), n.time(c.pinned->start)}});
        if (c.fixedRoom)
            o.insert(QStringLiteral("fixedRoom"), n.roomName.value(*c.fixedRoom));
        if (c.fixedDay)
            o.insert(QStringLiteral("fixedDay"), c.fixedDay->toString(Qt::ISODate));
        if (!c.allowedRooms.isEmpty()) {
            QJsonArray rooms;
            for (RoomId r : c.allowedRooms)
                rooms << n.roomName.value(r);
            o.insert(QStringLiteral("allowedRooms"), rooms);
        }
        if (!c.allowedTracks.isEmpty()) {
            QJsonArray tracks;
            for (TrackId t : c.allowedTracks)
                tracks << n.trackName.value(t);
            o.insert(QStringLiteral("allowedTracks"), tracks);
        }
        if (c.seatsFrom != SeatsFrom::None)
            o.insert(QStringLiteral("seats"), toKey(c.seatsFrom));
        if (c.seatsFrom == SeatsFrom::Fixed)
            o.insert(QStringLiteral("minSeats"), c.minSeats);
        const std::pair<const char *, const QList<SessionId> *> lists[] = {
            {"follows", &c.follows}, {"precedes", &c.precedes}, {"notWith", &c.notWith}};
        for (const auto &[key, list] : lists)
            if (!list->isEmpty())
                o.insert(QLatin1String(key), n.guids(*list));
        sessionList << o;
    }
    QJsonObject root;
    root.insert(QStringLiteral("sessions"), sessionList);
    QJsonArray breaks;
    for (const KeptFreeTime &b : event->breaks)
        breaks << QJsonObject{{QStringLiteral("start"), n.time(b.start)},
                              {QStringLiteral("end"), n.time(b.end)},
                              {QStringLiteral("label"), b.label}};
    root.insert(QStringLiteral("breaks"), breaks);
    QJsonArray tracks;
    QList<TrackId> trackIds = n.trackName.keys();
    std::sort(trackIds.begin(), trackIds.end(),
              [&](TrackId a, TrackId b) { return std::make_pair(n.trackName.value(a), a) < std::make_pair(n.trackName.value(b), b); });
    for (TrackId id : trackIds) {
        const int limit = event->trackLimits.value(id, 0);
        const QList<RoomId> rooms = event->trackRooms.value(id);
        if (limit <= 0 && rooms.isEmpty())
            continue;
        QJsonObject t{{QStringLiteral("track"), n.trackName.value(id)}};
        if (limit > 0)
            t.insert(QStringLiteral("atOnce"), limit);
        QJsonArray roomNames;
        for (RoomId r : rooms)
            roomNames << n.roomName.value(r);
        if (!roomNames.isEmpty())
            t.insert(QStringLiteral("rooms"), roomNames);
        tracks << t;
    }
    root.insert(QStringLiteral("tracks"), tracks);
    root.insert(QStringLiteral("personGapMinutes"), event->personGapMinutes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ConstraintsFile::exportTo(const EventStore &file, const QString &path, bool overwrite)
{
    auto json = toJson(file);
    if (!json)
        return Status::failure(json.error());
    auto out = OutputFile::open(path, overwrite);
    if (!out)
        return Status::failure(out.error());
    if (out.value()->device()->write(json.value()) != json->size() || out.value()->failed()) {
        const Status failure = out.value()->writeFailure();
        out.value()->cancel();
        return failure;
    }
    return out.value()->commit();
}

Result<ConstraintsFile::Content> ConstraintsFile::parse(const EventStore &file, const QByteArray &json,
                                                        const QString &fileName)
{
    using R = Result<Content>;
    auto names = Names::load(file);
    if (!names)
        return R::failure(names.error());
    const Names &n = names.value();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("%1 is not a constraints file: %2 (at character %3).")
                              .arg(quotedPath(fileName),
                                   doc.isObject() || error.error != QJsonParseError::NoError ? error.errorString()
                                                                                             : tr("it is not a JSON object"))
                              .arg(error.offset));
    const QJsonObject root = doc.object();
    QStringList problems;
    auto problem = [&](const QString &where, const QString &what) { problems << QStringLiteral("%1: %2").arg(where, what); };
    auto session = [&](const QString &where, const QJsonValue &v) -> std::optional<SessionId> {
        const QString text = v.toString().trimmed();
        if (const auto it = n.sessionByGuid.constFind(text.toLower()); it != n.sessionByGuid.constEnd())
            return *it;
        const QList<SessionId> titled = n.sessionsByTitle.value(text.simplified().toCaseFolded());
        if (titled.size() == 1)
            return titled.first();
        problem(where, titled.isEmpty() ? tr("no session has the GUID or title “%1”").arg(text)
                                        : tr("%n sessions are called “%1”: give its GUID", nullptr, int(titled.size())).arg(text));
        return std::nullopt;
    };
    auto room = [&](const QString &where, const QJsonValue &v) -> std::optional<RoomId> {
        const auto it = n.roomByName.constFind(v.toString().simplified().toCaseFolded());
        if (it != n.roomByName.constEnd())
            return *it;
        problem(where, tr("the event has no room called “%1”").arg(v.toString()));
        return std::nullopt;
    };
    auto track = [&](const QString &where, const QJsonValue &v) -> std::optional<TrackId> {
        const auto it = n.trackByName.constFind(v.toString().simplified().toCaseFolded());
        if (it != n.trackByName.constEnd())
            return *it;
        problem(where, tr("the event has no track called “%1”").arg(v.toString()));
        return std::nullopt;
    };
    auto time = [&](const QString &where, const QJsonValue &v) -> QDateTime {
        QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no offset: the event's time zone
            t = n.event.fromLocal(t.date(), t.time());
        if (!t.isValid())
            problem(where, tr("“%1” is not a date and time like 2027-03-15T09:00:00+01:00").arg(v.toString()));
        return t.toUTC();
    };

    Content content;
    const QJsonArray sessions = root.value(QStringLiteral("sessions")).toArray();
    for (int i = 0; i < sessions.size(); ++i) {
        const QString at = QStringLiteral("sessions[%1]").arg(i);
        const QJsonObject o = sessions.at(i).toObject();
        const auto id = session(at + QStringLiteral(".session"), o.value(QStringLiteral("session")));
        if (!id)
            continue;
        SessionConstraints c;
        c.sessionId = *id;
        if (o.contains(QStringLiteral("pinned"))) {
            const QJsonObject p = o.value(QStringLiteral("pinned")).toObject();
            const auto r = room(at + QStringLiteral(".pinned.room"), p.value(QStringLiteral("room")));
            const QDateTime start = time(at + QStringLiteral(".pinned.start"), p.value(QStringLiteral("start")));
            if (r && start.isValid())
                c.pinned = PinnedPlace{*r, start};
        }
        if (o.contains(QStringLiteral("fixedRoom")))
            c.fixedRoom = room(at + QStringLiteral(".fixedRoom"), o.value(QStringLiteral("fixedRoom")));
        if (o.contains(QStringLiteral("fixedDay"))) {
            const QDate day = QDate::fromString(o.value(QStringLiteral("fixedDay")).toString(), Qt::ISODate);
            if (!day.isValid())
                problem(at + QStringLiteral(".fixedDay"), tr("not a date like 2027-03-15"));
            else
                c.fixedDay = day;
        }
        for (const QJsonValue &v : o.value(QStringLiteral("allowedRooms")).toArray())
            if (const auto r = room(at + QStringLiteral(".allowedRooms"), v))
                c.allowedRooms << *r;
        for (const QJsonValue &v : o.value(QStringLiteral("allowedTracks")).toArray())
            if (const auto t = track(at + QStringLiteral(".allowedTracks"), v))
                c.allowedTracks << *t;
        if (o.contains(QStringLiteral("seats"))) {
            const auto from = Vocabulary<SeatsFrom>::fromKey(o.value(QStringLiteral("seats")).toString());
            if (!from)
                problem(at + QStringLiteral(".seats"), tr("“%1” is not one of %2")
                                                         .arg(o.value(QStringLiteral("seats")).toString(),
                                                              Vocabulary<SeatsFrom>::keyList()));
            else
                c.seatsFrom = *from;
            c.minSeats = o.value(QStringLiteral("minSeats")).toInt();
            if (c.seatsFrom == SeatsFrom::Fixed && c.minSeats <= 0)
                problem(at + QStringLiteral(".minSeats"), tr("give the number of seats, more than 0"));
        }
        const std::pair<const char *, QList<SessionId> *> lists[] = {
            {"follows", &c.follows}, {"precedes", &c.precedes}, {"notWith", &c.notWith}};
        for (const auto &[key, list] : lists) {
            const QJsonArray values = o.value(QLatin1String(key)).toArray();
            for (int k = 0; k < values.size(); ++k)
                if (const auto other = session(QStringLiteral("%1.%2[%3]").arg(at, QLatin1String(key)).arg(k), values.at(k)))
                    *list << *other;
        }
        content.sessions.insert(c.sessionId, c);
    }
    const bool hasEvent = root.contains(QStringLiteral("breaks")) || root.contains(QStringLiteral("tracks"))
        || root.contains(QStringLiteral("personGapMinutes"));
    if (hasEvent) {
        EventConstraints e;
        const QJsonArray breaks = root.value(QStringLiteral("breaks")).toArray();
        for (int i = 0; i < breaks.size(); ++i) {
            const QString at = QStringLiteral("breaks[%1]").arg(i);
            const QJsonObject o = breaks.at(i).toObject();
            KeptFreeTime b{time(at + QStringLiteral(".start"), o.value(QStringLiteral("start"))),
                           time(at + QStringLiteral(".end"), o.value(QStringLiteral("end"))),
                           o.value(QStringLiteral("label")).toString()};
            if (b.start.isValid() && b.end.isValid() && b.end <= b.start)
                problem(at, tr("it ends before it starts"));
            e.breaks << b;
        }
        const QJsonArray tracks = root.value(QStringLiteral("tracks")).toArray();
        for (int i = 0; i < tracks.size(); ++i) {
            const QString at = QStringLiteral("tracks[%1]").arg(i);
            const QJsonObject o = tracks.at(i).toObject();
            const auto t = track(at + QStringLiteral(".track"), o.value(QStringLiteral("track")));
            if (!t)
                continue;
            if (o.contains(QStringLiteral("atOnce")))
                e.trackLimits.insert(*t, std::max(0, o.value(QStringLiteral("atOnce")).toInt()));
            for (const QJsonValue &v : o.value(QStringLiteral("rooms")).toArray())
                if (const auto r = room(at + QStringLiteral(".rooms"), v))
                    e.trackRooms[*t] << *r;
        }
        e.personGapMinutes = std::max(0, root.value(QStringLiteral("personGapMinutes")).toInt());
        content.event = e;
    }
    if (!problems.isEmpty())
        return R::failure(tr("%1 cannot be imported, nothing was changed:\n%2")
                              .arg(quotedPath(fileName), problems.mid(0, 12).join(QLatin1Char('\n'))));
    return content;
}

Result<ConstraintsFile::Content> ConstraintsFile::import(const EventStore &file, const QString &path)
{
    using R = Result<Content>;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return R::failure(tr("%1 cannot be read: %2.").arg(quotedPath(path), in.errorString()));
    if (in.size() > 24 * 1024 * 1024)
        return R::failure(tr("%1 is larger than 24 MB.").arg(quotedPath(path)));
    auto content = parse(file, in.readAll(), path);
    if (!content)
        return content;
    Transaction transaction(file);
    if (!transaction.isActive())
        return R::failure(transaction.error());
    const ConstraintRepository repo(file);
    for (const SessionConstraints &c : std::as_const(content->sessions))
        if (Status st = repo.setSession(c); !st)
            return R::failure(st.error());
    if (content->event)
        if (Status st = repo.setEvent(*content->event); !st)
            return R::failure(st.error());
    if (Status st = transaction.commit(); !st)
        return R::failure(st.error());
    return content;
}
