#include "storage/ConstraintRepository.h"

#include "storage/EventStore.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace {

const QString follows = QStringLiteral("follows");
const QString precedes = QStringLiteral("precedes");
const QString notWith = QStringLiteral("not-with");

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Lists as they read back: sorted, once each, never the session itself.
SessionConstraints canonical(SessionConstraints c)
{
    c.allowedRooms = sortedUnique(c.allowedRooms);
    c.allowedTracks = sortedUnique(c.allowedTracks);
    for (QList<SessionId> *list : {&c.follows, &c.precedes, &c.notWith}) {
        *list = sortedUnique(*list);
        list->removeAll(c.sessionId);
    }
    if (c.seatsFrom != SeatsFrom::Fixed)
        c.minSeats = 0;
    return c;
}

// Reads rows (session id, value) into the list `member` of each session's constraints.
template <typename Member>
Status readLists(const EventStore &file, const QString &sql, QHash<SessionId, SessionConstraints> &out, Member member,
                 std::optional<SessionId> only)
{
    Statement s(file, sql);
    if (only)
        s.bind(*only);
    if (Status st = s.exec(); !st)
        return st;
    while (s.next()) {
        const SessionId id = s.value(0).toLongLong();
        SessionConstraints &c = out[id];
        c.sessionId = id;
        member(c, s).append(s.value(1).toLongLong());
    }
    return {};
}

Result<QHash<SessionId, SessionConstraints>> read(const EventStore &file, std::optional<SessionId> only)
{
    using Out = Result<QHash<SessionId, SessionConstraints>>;
    const QString where = only ? QStringLiteral(" WHERE session_id = ?") : QString();
    QHash<SessionId, SessionConstraints> out;
    Statement s(file, QStringLiteral("SELECT session_id, pinned_room_id, pinned_start_utc, fixed_room_id, fixed_day, "
                                     "seats_from, min_seats FROM session_constraint")
                          + where);
    if (only)
        s.bind(*only);
    if (Status st = s.exec(); !st)
        return Out::failure(st.error());
    while (s.next()) {
        SessionConstraints c;
        c.sessionId = s.value(0).toLongLong();
        const std::optional<RoomId> pinnedRoom = Statement::optionalId(s.value(1));
        const QDateTime pinnedStart = Statement::utc(s.value(2));
        if (pinnedRoom && pinnedStart.isValid())
            c.pinned = PinnedPlace{*pinnedRoom, pinnedStart};
        c.fixedRoom = Statement::optionalId(s.value(3));
        if (!s.value(4).isNull())
            c.fixedDay = QDate::fromString(s.value(4).toString(), Qt::ISODate);
        c.seatsFrom = Vocabulary<SeatsFrom>::fromKey(s.value(5).toString()).value_or(SeatsFrom::None);
        c.minSeats = s.value(6).toInt();
        out.insert(c.sessionId, c);
    }
    auto list = [](QList<qint64> SessionConstraints::*member) {
        return [member](SessionConstraints &c, const Statement &) -> QList<qint64> & { return c.*member; };
    };
    const QString order = QStringLiteral(" ORDER BY session_id, 2");
    if (Status st = readLists(file, QStringLiteral("SELECT session_id, room_id FROM session_allowed_room") + where + order,
                              out, list(&SessionConstraints::allowedRooms), only);
        !st)
        return Out::failure(st.error());
    if (Status st = readLists(file, QStringLiteral("SELECT session_id, track_id FROM session_allowed_track") + where + order,
                              out, list(&SessionConstraints::allowedTracks), only);
        !st)
        return Out::failure(st.error());
    auto relation = [](SessionConstraints &c, const Statement &s) -> QList<qint64> & {
        const QString kind = s.value(2).toString();
        return kind == follows ? c.follows : kind == precedes ? c.precedes : c.notWith;
    };
    if (Status st = readLists(file, QStringLiteral("SELECT session_id, other_id, relation FROM session_relation") + where
                                        + order,
                              out, relation, only);
        !st)
        return Out::failure(st.error());
    return out;
}

Status exec(const EventStore &file, const QString &sql, std::initializer_list<QVariant> values)
{
    Statement s(file, sql);
    s.bind(values);
    return s.exec();
}

} // namespace

Result<SessionConstraints> ConstraintRepository::ofSession(SessionId session) const
{
    auto found = read(m_file, session);
    if (!found)
        return Result<SessionConstraints>::failure(found.error());
    SessionConstraints none;
    none.sessionId = session;
    return found->value(session, none);
}

Result<QHash<SessionId, SessionConstraints>> ConstraintRepository::allSessions() const
{
    return read(m_file, std::nullopt);
}

Status ConstraintRepository::setSession(const SessionConstraints &constraints) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    if (Status st = writeSession(canonical(constraints)); !st)
        return st;
    return transaction.commit();
}

Status ConstraintRepository::writeSession(const SessionConstraints &c) const
{
    for (const char *table : {"session_constraint", "session_allowed_room", "session_allowed_track", "session_relation"})
        if (Status st = exec(m_file, QStringLiteral("DELETE FROM %1 WHERE session_id = ?").arg(QLatin1String(table)),
                             {c.sessionId});
            !st)
            return st;
    if (c.isEmpty())
        return {};
    if (Status st = exec(m_file,
                         QStringLiteral("INSERT INTO session_constraint (session_id, pinned_room_id, pinned_start_utc, "
                                        "fixed_room_id, fixed_day, seats_from, min_seats) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {c.sessionId, c.pinned ? QVariant(c.pinned->roomId) : QVariant(),
                          c.pinned ? Statement::utc(c.pinned->start) : QVariant(), Statement::nullable(c.fixedRoom),
                          c.fixedDay ? QVariant(c.fixedDay->toString(Qt::ISODate)) : QVariant(), toKey(c.seatsFrom),
                          c.minSeats});
        !st)
        return st;
    for (RoomId room : c.allowedRooms)
        if (Status st = exec(m_file, QStringLiteral("INSERT INTO session_allowed_room (session_id, room_id) VALUES (?, ?)"),
                             {c.sessionId, room});
            !st)
            return st;
    for (TrackId track : c.allowedTracks)
        if (Status st = exec(m_file,
                             QStringLiteral("INSERT INTO session_allowed_track (session_id, track_id) VALUES (?, ?)"),
                             {c.sessionId, track});
            !st)
            return st;
    const std::pair<const QList<SessionId> *, QString> relations[] = {
        {&c.follows, follows}, {&c.precedes, precedes}, {&c.notWith, notWith}};
    for (const auto &[list, kind] : relations)
        for (SessionId other : *list)
            if (Status st = exec(m_file,
                                 QStringLiteral("INSERT INTO session_relation (session_id, other_id, relation) "
                                                "VALUES (?, ?, ?)"),
                                 {c.sessionId, other, kind});
                !st)
                return st;
    return {};
}

Result<EventConstraints> ConstraintRepository::event() const
{
    using Out = Result<EventConstraints>;
    EventConstraints e;
    {
        Statement s(m_file, QStringLiteral("SELECT start_utc, end_utc, label FROM kept_free_time ORDER BY start_utc, id"));
        if (Status st = s.exec(); !st)
            return Out::failure(st.error());
        while (s.next())
            e.breaks << KeptFreeTime{Statement::utc(s.value(0)), Statement::utc(s.value(1)), s.value(2).toString()};
    }
    {
        Statement s(m_file, QStringLiteral("SELECT id, max_parallel FROM track WHERE max_parallel > 0"));
        if (Status st = s.exec(); !st)
            return Out::failure(st.error());
        while (s.next())
            e.trackLimits.insert(s.value(0).toLongLong(), s.value(1).toInt());
    }
    {
        Statement s(m_file, QStringLiteral("SELECT track_id, room_id FROM track_room ORDER BY track_id, room_id"));
        if (Status st = s.exec(); !st)
            return Out::failure(st.error());
        while (s.next())
            e.trackRooms[s.value(0).toLongLong()] << s.value(1).toLongLong();
    }
    auto gap = Statement::scalar(m_file, QStringLiteral("SELECT COALESCE(MAX(person_gap_min), 0) FROM event"));
    if (!gap)
        return Out::failure(gap.error());
    e.personGapMinutes = int(gap.value());
    return e;
}

Status ConstraintRepository::setEvent(const EventConstraints &e) const
{
    Transaction transaction(m_file);
    if (!transaction.isActive())
        return Status::failure(transaction.error());
    for (const QString &sql : {QStringLiteral("DELETE FROM kept_free_time"), QStringLiteral("DELETE FROM track_room"),
                               QStringLiteral("UPDATE track SET max_parallel = 0, version = version + 1 WHERE max_parallel <> 0")})
        if (Status st = exec(m_file, sql, {}); !st)
            return st;
    for (const KeptFreeTime &b : e.breaks)
        if (Status st = exec(m_file, QStringLiteral("INSERT INTO kept_free_time (start_utc, end_utc, label) VALUES (?, ?, ?)"),
                             {Statement::utc(b.start), Statement::utc(b.end), b.label});
            !st)
            return st;
    for (auto it = e.trackLimits.cbegin(); it != e.trackLimits.cend(); ++it)
        if (Status st = exec(m_file, QStringLiteral("UPDATE track SET max_parallel = ?, version = version + 1 WHERE id = ?"),
                             {std::max(0, it.value()), it.key()});
            !st)
            return st;
    for (auto it = e.trackRooms.cbegin(); it != e.trackRooms.cend(); ++it)
        for (RoomId room : sortedUnique(it.value()))
            if (Status st = exec(m_file, QStringLiteral("INSERT INTO track_room (track_id, room_id) VALUES (?, ?)"),
                                 {it.key(), room});
                !st)
                return st;
    if (Status st = exec(m_file, QStringLiteral("UPDATE event SET person_gap_min = ?, version = version + 1"), {std::max(0, e.personGapMinutes)});
        !st)
        return st;
    return transaction.commit();
}
