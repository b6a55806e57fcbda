#include "storage/ScheduleSnapshotRepository.h"

#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSnapshotRepository)
};

// A raw SQLite statement, finalised on destruction.
class RawQuery
{
public:
    RawQuery(const EventFile &file, const char *sql) : m_file(file)
    {
        m_db = file.handle();
        if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_error = failure();
    }
    ~RawQuery() { sqlite3_finalize(m_statement); }
    RawQuery(const RawQuery &) = delete;
    RawQuery &operator=(const RawQuery &) = delete;

    // True while there is a row; check error() afterwards.
    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = failure();
        return false;
    }
    Status status() const { return m_error.isEmpty() ? Status() : Status::failure(m_error); }

    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    std::optional<qint64> optional(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<qint64>(integer(column));
    }
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    // Keys are short ASCII words: compared without building a QString.
    QLatin1String latin1(int column) const
    {
        return QLatin1String(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                             sqlite3_column_bytes(m_statement, column));
    }

private:
    QString failure() const
    {
        const char *why = m_db ? sqlite3_errmsg(m_db) : "no connection";
        return m_file.describe(Tr::tr("could not be read: %1.").arg(QString::fromUtf8(why)));
    }
    const EventFile &m_file;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

// Vocabulary lookups by stored key, done once per distinct key.
template <typename E>
class KeyCache
{
public:
    explicit KeyCache(E fallback) : m_fallback(fallback) {}
    E operator()(QLatin1String key)
    {
        const QString text(key);
        auto it = m_known.constFind(text);
        if (it == m_known.constEnd())
            it = m_known.insert(text, Vocabulary<E>::fromKey(text).value_or(m_fallback));
        return *it;
    }

private:
    E m_fallback;
    QHash<QString, E> m_known;
};
} // namespace

Result<ScheduleSnapshot> ScheduleSnapshotRepository::load() const
{
    using R = Result<ScheduleSnapshot>;
    ScheduleSnapshot snapshot;
    auto event = m_file.event().load();
    if (!event)
        return R::failure(event.error());
    snapshot.event = event.value();
    auto rooms = m_file.rooms().all();
    if (!rooms)
        return R::failure(rooms.error());
    snapshot.rooms = rooms.value();
    auto tracks = m_file.tracks().all();
    if (!tracks)
        return R::failure(tracks.error());
    snapshot.tracks = tracks.value();
    if (Status s = readSessions(snapshot); !s)
        return R::failure(s.error());
    if (Status s = readRoles(snapshot); !s)
        return R::failure(s.error());
    return snapshot;
}

Status ScheduleSnapshotRepository::readSessions(ScheduleSnapshot &snapshot) const
{
    // SQLite turns the stored ISO time into seconds: far cheaper than parsing it here.
    RawQuery q(m_file, "SELECT id, title, type, track_id, room_id, CAST(strftime('%s', start_utc) AS INTEGER), "
                       "duration_min, status, expected_attendance, guid FROM session "
                       "ORDER BY start_utc IS NULL, start_utc, room_id, id");
    KeyCache<SessionType> types(SessionType::Other);
    KeyCache<SessionStatus> statuses(SessionStatus::Draft);
    while (q.next()) {
        Session s;
        s.id = q.integer(0);
        s.title = q.text(1);
        s.type = types(q.latin1(2));
        s.trackId = q.optional(3);
        s.roomId = q.optional(4);
        if (!q.isNull(5))
            s.start = QDateTime::fromSecsSinceEpoch(q.integer(5), Qt::UTC);
        s.durationMinutes = int(q.integer(6));
        s.status = statuses(q.latin1(7));
        if (!q.isNull(8))
            s.expectedAttendance = int(q.integer(8));
        s.guid = q.text(9);
        snapshot.sessions << s;
    }
    return q.status();
}

Status ScheduleSnapshotRepository::readRoles(ScheduleSnapshot &snapshot) const
{
    RawQuery q(m_file, "SELECT sp.session_id, sp.person_id, sp.role, sp.position, p.title, p.first_name, p.last_name "
                       "FROM session_person sp JOIN person p ON p.id = sp.person_id "
                       "ORDER BY sp.session_id, sp.position, sp.rowid");
    KeyCache<Role> roles(Role::Speaker);
    QHash<PersonId, QString> names; // most people have several roles: build each name once
    while (q.next()) {
        ScheduleSnapshot::Participation p;
        p.role.sessionId = q.integer(0);
        p.role.personId = q.integer(1);
        p.role.role = roles(q.latin1(2));
        p.role.position = int(q.integer(3));
        auto name = names.constFind(p.role.personId);
        if (name == names.constEnd()) {
            Person person;
            person.title = q.text(4);
            person.firstName = q.text(5);
            person.lastName = q.text(6);
            name = names.insert(p.role.personId, person.displayName());
        }
        p.name = *name;
        snapshot.roles.push_back(p);
    }
    return q.status();
}
