#include "storage/ScheduleSnapshotRepository.h"

#include "storage/ProgrammeDayRepository.h"
#include "storage/SchedulingRulesRepository.h"

#include "storage/EventStore.h"
#include "storage/EventRepository.h"
#include "storage/RoomRepository.h"
#include "storage/RowCursor.h"
#include "storage/TrackRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <utility>


namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSnapshotRepository)
};

// Keys are short ASCII words: compared without building a QString.
QLatin1String latin1(const RowCursor &row, int column)
{
    const QByteArrayView bytes = row.utf8(column);
    return QLatin1String(bytes.data(), bytes.size());
}

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
QDateTime parseUtc(QByteArrayView bytes)
{
    const char *text = bytes.data();
    const qsizetype size = bytes.size();
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
    const QDateTime t = QDateTime::fromString(QString::fromUtf8(bytes), Qt::ISODate);
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
    const auto cursor = m_file.select(QStringLiteral("SELECT id, title, type, track_id, room_id, start_utc, "
                                                     "duration_min, status, expected_attendance FROM session"));
    RowCursor &q = *cursor;
    KeyCache<SessionType> types(SessionType::Other);
    KeyCache<SessionStatus> statuses(SessionStatus::Draft);
    while (q.next()) {
        Session s;
        s.id = q.integer(0);
        s.title = q.text(1);
        s.type = types(latin1(q, 2));
        s.trackId = q.optional(3);
        s.roomId = q.optional(4);
        if (!q.isNull(5))
            s.start = parseUtc(q.utf8(5));
        s.durationMinutes = int(q.integer(6));
        s.status = statuses(latin1(q, 7));
        if (!q.isNull(8))
            s.expectedAttendance = int(q.integer(8));
        snapshot.sessions << s;
    }
    return q.status();
}

Status ScheduleSnapshotRepository::readRoles(ScheduleSnapshot &snapshot) const
{
    const auto cursor = m_file.select(QStringLiteral("SELECT sp.session_id, sp.person_id, sp.role, sp.position, "
                                                     "p.title, p.first_name, p.last_name "
                                                     "FROM session_person sp JOIN person p ON p.id = sp.person_id"));
    RowCursor &q = *cursor;
    KeyCache<Role> roles(Role::Speaker);
    QHash<PersonId, QString> names; // most people have several roles: build each name once
    while (q.next()) {
        ScheduleSnapshot::Participation p;
        p.role.sessionId = q.integer(0);
        p.role.personId = q.integer(1);
        p.role.role = roles(latin1(q, 2));
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
