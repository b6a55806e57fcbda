#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

struct Event;
class ChangeAttribution;
class EventFileLock;
struct sqlite3;

class EventRepository;
class RoomRepository;
class TrackRepository;
class SessionRepository;
class PersonRepository;
class ParticipantRepository;
class SettingRepository;
class StatisticsRepository;

// One event stored in one SQLite file (*.podium). Opening checks that the
// file is a Podium file this version can read, and never changes a file it
// refuses. Every edit goes through the repositories and is committed at once.
class EventFile
{
public:
    struct OpenOptions
    {
        bool readOnly = false;
        // Take the "open in Podium" lock beside the file, so that a second
        // window or process opening the same file is told (the GUI does this).
        bool exclusive = false;
        // Upgrade files written by an older Podium (when false, they open read-only).
        bool upgrade = true;
        // A file whose schema another program changed (a trigger added, a
        // column dropped) is refused; with this set it opens read-only
        // instead, and schemaChange() says what differs (the GUI asks first).
        bool openChangedReadOnly = false;
    };

    static Result<std::unique_ptr<EventFile>> create(const QString &path, const Event &event);
    static Result<std::unique_ptr<EventFile>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<EventFile>> open(const QString &path) { return open(path, OpenOptions{}); }

    ~EventFile();
    EventFile(const EventFile &) = delete;
    EventFile &operator=(const EventFile &) = delete;

    QString path() const { return m_path; }
    QString displayName() const; // the file name, for titles and messages
    bool isReadOnly() const { return m_readOnly; }
    // Why the file opened read-only (empty when it is writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    // A sentence when opening restored the file after a save that was cut
    // short (crash, power cut): the change being saved then is lost. Empty otherwise.
    QString recoveryNote() const { return m_recoveryNote; }
    int schemaVersion() const;
    // When the file's schema differs from what Podium makes (it then opened
    // read-only): one sentence naming the difference. Empty otherwise.
    QString schemaChange() const { return m_schemaChange; }
    // The version the file had before it was upgraded on open (equal to schemaVersion() otherwise).
    int openedVersion() const { return m_openedVersion; }

    // Writes a consistent copy with SQLite's backup API (0600, refuses to overwrite).
    Status saveCopy(const QString &target) const;
    // The file's modification counter (SQLite's data_version + own writes): changes
    // when another process commits to the file, so the GUI can reload.
    qint64 dataVersion() const;

    // SQLite's full integrity check (every page, every index against its
    // table), whatever was checked before: destructive operations (erase,
    // anonymise, imports) call it first. A damaged file fails in one sentence.
    Status verifyWhole(const std::function<bool()> &progress = {}) const;
    // The same check, run only once a session: every write calls it first, so
    // nothing is written to a file until it is known whole.
    Status ensureWhole() const;

    EventRepository event() const;
    RoomRepository rooms() const;
    TrackRepository tracks() const;
    SessionRepository sessions() const;
    PersonRepository people() const;
    ParticipantRepository participants() const;
    SettingRepository settings() const;
    StatisticsRepository statistics() const;

    // For storage classes only: the connection and the raw handle (backup, bulk paths).
    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    sqlite3 *handle() const;
    // "“demo.podium”: " prefix for messages about this file.
    QString describe(const QString &problem) const;
    int &transactionDepth() const { return m_transactionDepth; }
    QSqlQuery &cachedQuery(const QString &sql) const;

private:
    EventFile() = default;
    static Result<std::unique_ptr<EventFile>> connect(const QString &path, bool readOnly);
    // Signs the history rows this connection's changes write (after migrations, which make the log).
    bool attributeChanges();

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_recoveryNote;
    int m_openedVersion = 0;
    QString m_schemaChange;
    mutable bool m_verified = false;
    mutable int m_transactionDepth = 0;
    std::unique_ptr<EventFileLock> m_lock;
    std::unique_ptr<ChangeAttribution> m_attribution;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cachedQueries;
};
