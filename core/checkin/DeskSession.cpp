#include "checkin/DeskSession.h"

#include "checkin/CheckInDesk.h"
#include "model/RegistrationCode.h"
#include "storage/DoorRepository.h"
#include "storage/EventRepository.h"
#include "storage/EventStore.h"
#include "storage/ParticipantRepository.h"
#include "storage/SearchFolding.h"
#include "storage/StoreLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DeskSession)
};

// Sent check-ins leave the queue file in batches: a crash re-sends at most
// one batch, which the store records once (same desk, same time).
const int sendBatch = 100;

// One process at a time sends or appends to a desk's queue (the GUI and a
// podium-cli at the same desk, say).
class QueueLock
{
public:
    explicit QueueLock(const QString &dir) : m_lock(dir + QStringLiteral("/queue.lock"))
    {
        QDir().mkpath(dir);
        m_lock.setStaleLockTime(30'000);
        m_locked = m_lock.tryLock(10'000);
    }
    bool locked() const { return m_locked; }

private:
    QLockFile m_lock;
    bool m_locked = false;
};

Status lockFailed(const QString &dir)
{
    return Status::failure(Tr::tr("Another Podium at this desk is using its queue of check-ins in “%1”: "
                                  "try again in a moment.").arg(dir));
}
} // namespace

DeskSession::DeskSession(Opener opener, QString stateDir, QString desk)
    : m_opener(std::move(opener)),
      m_dir(std::move(stateDir)),
      m_desk(std::move(desk)),
      m_cache(m_dir + QStringLiteral("/copy.bin")),
      m_queue(m_dir + QStringLiteral("/queue.jsonl"))
{
}

DeskSession::~DeskSession() = default;

QString DeskSession::stateDirFor(const QString &location)
{
    // One folder per event: named after it, told apart by a hash of where it is
    // (the password left out, so the GUI and podium-cli share it).
    const StoreLocation where = StoreLocation::parse(location);
    const QString plain = where.isServer() ? where.withoutPassword() : QFileInfo(where.path()).absoluteFilePath();
    QString name = where.isServer() ? where.event() : QFileInfo(plain).completeBaseName();
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QByteArray hash = QCryptographicHash::hash(plain.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/desks/")
        + name.left(40) + QLatin1Char('-') + QString::fromLatin1(hash);
}

QString DeskSession::reachableWithin(const QString &location, int seconds)
{
    if (!StoreLocation::parse(location).isServer() || location.contains(QLatin1String("connect_timeout=")))
        return location;
    return location + (location.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("connect_timeout=%1").arg(seconds);
}

Status DeskSession::start()
{
    if (Status loaded = loadCopy(); !loaded && m_cache.exists())
        return loaded;
    if (Status online = goOnline(); !online) {
        if (m_copy.refreshedUtc.isValid())
            return {}; // offline, with the copy
        return Status::failure(online.error() + QLatin1Char(' ')
                                   + Tr::tr("This desk has no copy of the event yet, so it cannot check people in "
                                            "offline: it must reach the server once first."),
                               online.details());
    }
    auto synced = sync(true);
    if (!synced)
        return Status::failure(synced.error(), synced.details());
    return {};
}

Status DeskSession::loadCopy()
{
    if (!m_cache.exists())
        return Status::failure(QString());
    auto copy = m_cache.load();
    if (!copy)
        return Status::failure(copy.error());
    m_copy = copy.value();
    m_event = Event();
    m_event.name = m_copy.event;
    m_event.timeZoneId = m_copy.timeZoneId;
    index();
    // What this desk checked in offline (and has not sent) is in the copy as well.
    auto queued = m_queue.load();
    if (!queued)
        return Status::failure(queued.error());
    m_waiting = int(queued->size());
    for (const QueuedCheckIn &q : queued.value())
        note(q.code, q.utc, q.desk);
    return {};
}

void DeskSession::index()
{
    m_byCode.clear();
    m_byCode.reserve(m_copy.rows.size());
    for (int i = 0; i < m_copy.rows.size(); ++i)
        m_byCode.insert(m_copy.rows[i].participant.code, i);
}

void DeskSession::note(const QString &code, const QDateTime &utc, const QString &desk)
{
    const auto found = m_byCode.constFind(code);
    if (found == m_byCode.constEnd())
        return;
    Participant &p = m_copy.rows[found.value()].participant;
    // The copy holds the earliest check-in it knows, as the server will.
    if (!p.checkedIn.isValid() || utc < p.checkedIn || !utc.isValid()) {
        m_copyChanged = m_copyChanged || p.checkedIn != utc;
        p.checkedIn = utc;
        p.desk = utc.isValid() ? desk : QString();
    }
}

Status DeskSession::goOnline()
{
    if (m_store)
        return {};
    auto opened = m_opener();
    if (!opened) {
        m_offlineReason = opened.error();
        return Status::failure(opened.error(), opened.details());
    }
    m_store = std::move(opened.value());
    m_offlineReason.clear();
    return {};
}

bool DeskSession::wentOffline(const QString &why)
{
    if (!m_store)
        return true;
    if (DoorRepository(*m_store).reachable())
        return false;
    m_store.reset();
    m_offlineReason = why;
    return true;
}

qint64 DeskSession::checkedIn() const
{
    return std::count_if(m_copy.rows.cbegin(), m_copy.rows.cend(),
                         [](const ParticipantRow &row) { return row.participant.isCheckedIn(); });
}

Result<CheckInOutcome> DeskSession::consider(const QString &typed)
{
    CheckInOutcome outcome;
    outcome.code = RegistrationCode::normalise(typed);
    if (outcome.code.isEmpty()) {
        outcome.reason = Tr::tr("no code was typed");
        return outcome;
    }
    std::optional<ParticipantRow> row;
    if (m_store) {
        auto found = DoorRepository(*m_store).deskRow(outcome.code);
        if (!found && !wentOffline(found.error()))
            return Result<CheckInOutcome>::failure(found.error(), found.details());
        if (found) {
            row = found.value();
            if (row)
                note(outcome.code, row->participant.checkedIn, row->participant.desk);
        }
    }
    if (!m_store) {
        const auto at = m_byCode.constFind(outcome.code);
        if (at != m_byCode.constEnd())
            row = m_copy.rows.at(at.value());
    }
    if (!row) {
        outcome.reason = Tr::tr("unknown code %1").arg(outcome.code);
        return outcome;
    }
    return CheckInDesk::judge(row.value(), m_event);
}

QList<ParticipantRow> DeskSession::search(const QString &typed, int limit) const
{
    const QStringList words = SearchFolding::fold(typed.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<ParticipantRow> found;
    if (words.isEmpty())
        return found;
    for (const ParticipantRow &row : m_copy.rows) {
        const QString text = SearchFolding::fold(row.person.firstName + QLatin1Char(' ') + row.person.lastName
                                                 + QLatin1Char(' ') + row.person.organisation + QLatin1Char(' ')
                                                 + row.participant.code);
        if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
            found << row;
    }
    std::sort(found.begin(), found.end(), [](const ParticipantRow &a, const ParticipantRow &b) {
        return a.person.sortName().localeAwareCompare(b.person.sortName()) < 0;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

Result<DeskSession::Answer> DeskSession::checkIn(const QString &typed, bool confirmed)
{
    using R = Result<Answer>;
    // To the second, as the store keeps it: the same check-in sent again compares equal.
    QDateTime now = m_clock().toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    // What waits goes first, so the server sees this desk's check-ins in order.
    if (m_store && m_waiting > 0) {
        if (auto sent = send(); !sent && m_store)
            return R::failure(sent.error(), sent.details());
    }
    auto considered = consider(typed);
    if (!considered)
        return R::failure(considered.error(), considered.details());
    Answer answer;
    answer.outcome = considered.value();
    if (!answer.outcome.found() || !(answer.outcome.accepted() || (answer.outcome.needsConfirmation() && confirmed)))
        return answer;
    if (!m_store)
        return checkInOffline(answer.outcome.code, confirmed, now);

    auto door = DoorRepository(*m_store).checkIn(answer.outcome.code, now, m_desk, false);
    if (!door) {
        if (!wentOffline(door.error()))
            return R::failure(door.error(), door.details());
        // The answer was lost with the connection: queued with the same time,
        // it is recorded once even if the server had taken it.
        return checkInOffline(answer.outcome.code, confirmed, now);
    }
    if (door->recorded) {
        note(answer.outcome.code, now, m_desk);
        answer.checkedIn = true;
        answer.utc = now;
        return answer;
    }
    // Another desk was first, a moment ago: say who and when.
    ParticipantRow row = answer.outcome.row;
    row.participant.checkedIn = door->priorUtc;
    row.participant.desk = door->priorDesk;
    note(answer.outcome.code, door->priorUtc, door->priorDesk);
    answer.outcome = CheckInDesk::judge(row, m_event);
    return answer;
}

Result<DeskSession::Answer> DeskSession::checkInOffline(const QString &code, bool confirmed, const QDateTime &now)
{
    using R = Result<Answer>;
    Answer answer;
    const auto at = m_byCode.constFind(code);
    if (at == m_byCode.constEnd()) {
        answer.outcome.code = code;
        answer.outcome.reason = Tr::tr("unknown code %1").arg(code);
        return answer;
    }
    answer.outcome = CheckInDesk::judge(m_copy.rows.at(at.value()), m_event);
    if (!(answer.outcome.accepted() || (answer.outcome.needsConfirmation() && confirmed)))
        return answer;
    QueueLock lock(m_dir);
    if (!lock.locked())
        return R::failure(lockFailed(m_dir).error());
    if (Status queued = m_queue.append({code, now, m_desk}); !queued)
        return R::failure(queued.error());
    ++m_waiting;
    note(code, now, m_desk);
    answer.checkedIn = true;
    answer.queued = true;
    answer.utc = now;
    return answer;
}

Status DeskSession::takeBack(const QString &code, const QDateTime &utc)
{
    if (m_store) {
        auto row = DoorRepository(*m_store).deskRow(code);
        if (row && row.value()) {
            auto taken = m_store->participants().undoCheckIn(row.value()->participant.id, utc);
            if (!taken)
                return Status::failure(taken.error(), taken.details());
            if (!taken.value())
                return Status::failure(Tr::tr("The check-in was not taken back: the registration was changed since "
                                              "(checked in again, or by another desk)."));
            note(code, QDateTime(), QString());
            return {};
        }
        if (!row && !wentOffline(row.error()))
            return Status::failure(row.error(), row.details());
    }
    // Offline (or made offline and not sent yet): out of the queue.
    QueueLock lock(m_dir);
    if (!lock.locked())
        return lockFailed(m_dir);
    auto queued = m_queue.load();
    if (!queued)
        return Status::failure(queued.error());
    QList<QueuedCheckIn> rest = queued.value();
    const QueuedCheckIn mine{code, utc.toUTC(), m_desk};
    const int at = int(rest.indexOf(mine));
    if (at < 0)
        return Status::failure(Tr::tr("The check-in was not taken back: it has been sent to the server, "
                                      "which cannot be reached now."));
    // Rewritten whole: the queue keeps every other check-in in order.
    rest.removeAt(at);
    if (Status dropped = m_queue.dropFirst(int(queued->size())); !dropped)
        return dropped;
    for (const QueuedCheckIn &q : std::as_const(rest))
        if (Status kept = m_queue.append(q); !kept)
            return kept;
    --m_waiting;
    note(code, QDateTime(), QString());
    return {};
}

Result<DeskSession::SyncReport> DeskSession::sync(bool refresh)
{
    using R = Result<SyncReport>;
    if (!m_store && !goOnline())
        return SyncReport();
    auto report = send();
    if (!report || !m_store)
        return report;
    if (refresh) {
        if (Status refreshed = refreshCopy(); !refreshed) {
            if (wentOffline(refreshed.error()))
                return report;
            return R::failure(refreshed.error(), refreshed.details());
        }
    }
    // The double check-ins this desk was in, whichever desk sent last.
    auto doubles = DoorRepository(*m_store).doubleCheckIns(m_copy.lastDoubleCheckIn);
    if (!doubles) {
        if (wentOffline(doubles.error()))
            return report;
        return R::failure(doubles.error(), doubles.details());
    }
    for (const DoubleCheckIn &d : doubles.value()) {
        if (d.involves(m_desk)) {
            report->doubles << d;
            m_news.doubles << d;
        }
        m_copy.lastDoubleCheckIn = std::max(m_copy.lastDoubleCheckIn, d.id);
        m_copyChanged = true;
    }
    // The next process at this desk starts from what this one saw.
    if (m_copyChanged) {
        if (Status saved = m_cache.save(m_copy); !saved)
            return R::failure(saved.error());
        m_copyChanged = false;
    }
    return report;
}

DeskSession::SyncReport DeskSession::takeNews()
{
    SyncReport news = m_news;
    m_news = {};
    return news;
}

Result<DeskSession::SyncReport> DeskSession::send()
{
    using R = Result<SyncReport>;
    SyncReport report;
    if (!m_store)
        return report;
    QueueLock lock(m_dir);
    if (!lock.locked())
        return R::failure(lockFailed(m_dir).error());
    auto queued = m_queue.load();
    if (!queued)
        return R::failure(queued.error());
    m_waiting = int(queued->size());
    int done = 0;
    int dropped = 0;
    Status stopped;
    const DoorRepository door(*m_store);
    for (const QueuedCheckIn &q : queued.value()) {
        auto sent = door.checkIn(q.code, q.utc, q.desk, true);
        if (!sent) {
            stopped = Status::failure(sent.error(), sent.details());
            break;
        }
        if (!sent->found())
            report.problems << Tr::tr("%1, checked in offline at %2, is no longer registered.")
                                   .arg(q.code, QLocale().toString(m_event.toLocal(q.utc).time(), QStringLiteral("HH:mm:ss")));
        ++done;
        ++report.sent;
        if (done - dropped >= sendBatch) {
            if (Status st = m_queue.dropFirst(done - dropped); !st)
                return R::failure(st.error());
            dropped = done;
        }
    }
    if (Status st = m_queue.dropFirst(done - dropped); !st)
        return R::failure(st.error());
    m_waiting = int(queued->size()) - done;
    m_news.sent += report.sent;
    m_news.problems += report.problems;
    if (!stopped && !wentOffline(stopped.error()))
        return R::failure(stopped.error(), stopped.details());
    return report;
}

Status DeskSession::refreshCopy()
{
    auto event = m_store->event().load();
    if (!event)
        return Status::failure(event.error(), event.details());
    auto rows = DoorRepository(*m_store).deskRows();
    if (!rows)
        return Status::failure(rows.error(), rows.details());
    m_event = event.value();
    m_copy.event = m_event.name;
    m_copy.timeZoneId = m_event.timeZoneId;
    m_copy.refreshedUtc = QDateTime::currentDateTimeUtc();
    m_copy.rows = rows.value();
    index();
    if (Status saved = m_cache.save(m_copy); !saved)
        return saved;
    m_copyChanged = false;
    // What is still queued (the server was lost again while sending) stays in the copy.
    if (auto queued = m_queue.load(); queued)
        for (const QueuedCheckIn &q : queued.value())
            note(q.code, q.utc, q.desk);
    return {};
}

QString DeskSession::describe(const DoubleCheckIn &twice) const
{
    const QLocale locale;
    const auto time = [&](const QDateTime &utc) {
        return locale.toString(m_event.toLocal(utc).time(), QStringLiteral("HH:mm:ss"));
    };
    const QString who = QStringLiteral("%1 (%2)").arg(twice.row.person.displayName(), twice.row.participant.code);
    // Earliest first: that one counts.
    if (twice.queuedUtc < twice.otherUtc)
        return Tr::tr("%1: checked in at desk %2 at %3 while offline and at desk %4 at %5")
            .arg(who, twice.queuedDesk, time(twice.queuedUtc), twice.otherDesk, time(twice.otherUtc));
    return Tr::tr("%1: checked in at desk %2 at %3 and at desk %4 at %5 while offline")
        .arg(who, twice.otherDesk, time(twice.otherUtc), twice.queuedDesk, time(twice.queuedUtc));
}
