#include "storage/ScheduleSnapshotRepository.h"

#include "storage/ProgrammeDayRepository.h"
#include "storage/SchedulingRulesRepository.h"

#include "storage/EventFile.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>

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
    const char *bytes(int column, int *size) const
    {
        *size = sqlite3_column_bytes(m_statement, column);
        return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    }
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
// Times are stored as "2027-03-15T08:00:00Z" (Statement::utc): read that
// form directly, anything else through QDateTime.
QDateTime parseUtc(const char *text, int size)
{
    auto number = [text](int from, int digits) {
        int value = 0;
        for (int i = from; i < from + digits; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    if (size == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':'
        && text[19] == 'Z') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const int h = number(11, 2), m = number(14, 2), s = number(17, 2);
        if (date.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
            static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
            return QDateTime::fromSecsSinceEpoch((date.toJulianDay() - epochDay) * 86400 + h * 3600 + m * 60 + s,
                                                 Qt::UTC);
        }
    }
    const QDateTime t = QDateTime::fromString(QString::fromUtf8(text, size), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}
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
    auto days = ProgrammeDayRepository(m_file).all();
    if (!days)
        return R::failure(days.error());
    snapshot.givenDays = days.value();
    auto rules = SchedulingRulesRepository(m_file).load();
    if (!rules)
        return R::failure(rules.error());
    snapshot.rules = std::move(rules).value();
    return snapshot;
}

Status ScheduleSnapshotRepository::readSessions(ScheduleSnapshot &snapshot) const
{
    // In file order: sorting here would cost SQLite a temporary B-tree; callers sort what they need.
    RawQuery q(m_file, "SELECT id, title, type, track_id, room_id, start_utc, duration_min, status, "
                       "expected_attendance FROM session");
    KeyCache<SessionType> types(SessionType::Other);
    KeyCache<SessionStatus> statuses(SessionStatus::Draft);
    while (q.next()) {
        Session s;
        s.id = q.integer(0);
        s.title = q.text(1);
        s.type = types(q.latin1(2));
        s.trackId = q.optional(3);
        s.roomId = q.optional(4);
        if (!q.isNull(5)) {
            int size = 0;
            const char *text = q.bytes(5, &size);
            s.start = parseUtc(text, size);
        }
        s.durationMinutes = int(q.integer(6));
        s.status = statuses(q.latin1(7));
        if (!q.isNull(8))
            s.expectedAttendance = int(q.integer(8));
        snapshot.sessions << s;
    }
    return q.status();
}

Status ScheduleSnapshotRepository::readRoles(ScheduleSnapshot &snapshot) const
{
    RawQuery q(m_file, "SELECT sp.session_id, sp.person_id, sp.role, sp.position, p.title, p.first_name, p.last_name "
                       "FROM session_person sp JOIN person p ON p.id = sp.person_id");
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
    std::stable_sort(snapshot.roles.begin(), snapshot.roles.end(), [](const auto &a, const auto &b) {
        return std::make_pair(a.role.sessionId, a.role.position) < std::make_pair(b.role.sessionId, b.role.position);
    });
    return q.status();
}
