#pragma once

#include "checkin/CheckInOutcome.h"
#include "checkin/CheckInQueue.h"
#include "checkin/OfflineDeskCache.h"
#include "model/DoubleCheckIn.h"
#include "model/Event.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>

class EventStore;

// A door desk on an event that lives on a server, online or not. Online,
// every check-in is decided by the server in one statement (DoorRepository),
// and the desk keeps a copy of what it needs (OfflineDeskCache). When the
// server cannot be reached the desk goes on against that copy: check-ins are
// queued on disk with the desk's own times (CheckInQueue), and sent, in
// order, as soon as the server answers again (sync(), which the GUI calls on
// a timer and podium-cli before and after its work). A code checked in at two
// desks while one was offline keeps the earlier time, is counted once, and
// both desks are told, with both times (doubleCheckIns).
// podium-cli checkin and the GUI's check-in page both use this class.
class DeskSession
{
public:
    using Opener = std::function<Result<std::unique_ptr<EventStore>>()>;

    // `stateDir` holds the copy and the queue of one event (see stateDirFor);
    // `desk` is the desk's name as check-ins record it.
    DeskSession(Opener opener, QString stateDir, QString desk);
    ~DeskSession();
    DeskSession(const DeskSession &) = delete;
    DeskSession &operator=(const DeskSession &) = delete;

    // Where a desk keeps its copy and queue for the event at `location`
    // (without its password): under the user's data folder, one folder per event.
    static QString stateDirFor(const QString &location);

    // The desk's clock (the system's, in UTC); tests set another.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The server location with a connection timeout (libpq's connect_timeout,
    // unless one is given): a desk whose network is gone goes offline in
    // seconds instead of waiting for TCP to give up. A file's path as it is.
    static QString reachableWithin(const QString &location, int seconds = 5);

    // Reaches the event (sending what waits, refreshing the copy) or, when it
    // cannot, goes on with the copy kept before. Fails only when neither.
    Status start();

    bool isOnline() const { return m_store != nullptr; }
    // Why the desk is offline (the server's or the network's words).
    QString offlineReason() const { return m_offlineReason; }
    // Check-ins made offline and not sent yet.
    int waiting() const { return m_waiting; }
    QString desk() const { return m_desk; }
    const Event &event() const { return m_event; }
    // The open store while online (null offline).
    const EventStore *store() const { return m_store.get(); }
    QDateTime copyRefreshedUtc() const { return m_copy.refreshedUtc; }
    // Registrations and how many of them are checked in, as the desk knows them.
    qint64 registrations() const { return m_copy.rows.size(); }
    qint64 checkedIn() const;

    // What checking in `typed` (a code) would say, without writing anything.
    Result<CheckInOutcome> consider(const QString &typed);
    // Registrations whose name, organisation or code contain every typed word
    // (case and accents ignored), from the desk's copy.
    QList<ParticipantRow> search(const QString &typed, int limit) const;

    struct Answer
    {
        CheckInOutcome outcome; // Accepted when checked in now; otherwise why not
        bool checkedIn = false;
        bool queued = false;    // checked in offline: sent when the server is back
        QDateTime utc;          // the time recorded
    };
    // Checks `typed` in now: on the server when it answers, else in the queue.
    // Waitlisted and cancelled registrations only when `confirmed`.
    Result<Answer> checkIn(const QString &typed, bool confirmed = false);
    // Takes back the check-in this desk made (undo): on the server, or out of the queue.
    Status takeBack(const QString &code, const QDateTime &utc);

    struct SyncReport
    {
        int sent = 0;                 // queued check-ins the server has now
        QList<DoubleCheckIn> doubles; // double check-ins this desk was in, not told before
        QStringList problems;         // queued check-ins the server could not take (code gone)
    };
    // Back online when the server answers; sends what waits, refreshes the
    // copy (when `refreshCopy`), and collects the double check-ins to tell.
    // Offline it does nothing and answers an empty report.
    Result<SyncReport> sync(bool refreshCopy = true);

    // What every sync() since the last call found (start() and check-ins send too).
    SyncReport takeNews();

    // "Bea Attendee (BEA-1): checked in at desk 2 at 09:11:03 and at desk 4 at 09:12:40 while offline"
    QString describe(const DoubleCheckIn &twice) const;

private:
    Status goOnline();
    // After a failure: offline when the server no longer answers (true), or a real refusal (false).
    bool wentOffline(const QString &why);
    Status refreshCopy();
    Status loadCopy();
    void index();
    void note(const QString &code, const QDateTime &utc, const QString &desk);
    Result<Answer> checkInOffline(const QString &code, bool confirmed, const QDateTime &now);
    Result<SyncReport> send();

    Opener m_opener;
    QString m_dir;
    QString m_desk;
    std::unique_ptr<EventStore> m_store;
    QString m_offlineReason;
    OfflineDeskCache m_cache;
    CheckInQueue m_queue;
    OfflineDeskCache::Snapshot m_copy;
    QHash<QString, int> m_byCode;
    Event m_event;
    int m_waiting = 0;
    bool m_copyChanged = false; // check-ins seen since the copy was saved
    SyncReport m_news;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};
