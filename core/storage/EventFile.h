#pragma once

#include "storage/EventStore.h"
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

// One event stored in one SQLite file (*.podium): the EventStore plus the
// document's life as a file: the lock beside it, recovery after a save that
// was cut short, the backup copy, SQLite's application id, the integrity
// check and the schema signature. Opening checks that the file is a Podium
// file this version can read, and never changes a file it refuses.
class EventFile final : public EventStore
{
public:
    using OpenOptions = EventStore::OpenOptions;

    static Result<std::unique_ptr<EventFile>> create(const QString &path, const Event &event);
    static Result<std::unique_ptr<EventFile>> open(const QString &path, OpenOptions options);
    static Result<std::unique_ptr<EventFile>> open(const QString &path) { return open(path, OpenOptions{}); }

    ~EventFile() override;

    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    QString displayName() const override; // the file name, for titles and messages
    bool isOnServer() const override { return false; }
    // A sentence when opening restored the file after a save that was cut
    // short (crash, power cut): the change being saved then is lost. Empty otherwise.
    QString recoveryNote() const { return m_recoveryNote; }
    int schemaVersion() const override;
    // When the file's schema differs from what Podium makes (it then opened
    // read-only): one sentence naming the difference. Empty otherwise.
    QString schemaChange() const { return m_schemaChange; }
    // The version the file had before it was upgraded on open (equal to schemaVersion() otherwise).
    int openedVersion() const { return m_openedVersion; }

    // Writes a consistent copy with SQLite's backup API (0600, refuses to overwrite).
    Status saveCopy(const QString &target) const;
    // The file's modification counter (SQLite's data_version + own writes): changes
    // when another process commits to the file, so the GUI can reload.
    qint64 dataVersion() const override;

    // SQLite's full integrity check (every page, every index against its
    // table), whatever was checked before: destructive operations (erase,
    // anonymise, imports) call it first. A damaged file fails in one sentence.
    Status verifyWhole(const std::function<bool()> &progress = {}) const override;
    // The same check, run only once a session: every write calls it first, so
    // nothing is written to a file until it is known whole.
    Status ensureWhole() const override;

    std::unique_ptr<ParticipantSink> participantSink() const override;
    std::unique_ptr<RowCursor> select(const QString &sql, const QVariantList &binds = {}) const override;
    Status failure(const QSqlError &error) const override;
    Status failure(const QString &sqliteText) const override;
    Status scrub(const std::function<Status()> &edits) const override;
    Status compact() const override;
    void setForeignKeyChecks(bool on) const override;
    Status writeHistoryVerbatim() const override;

    // For storage classes only: the raw handle (backup, bulk paths).
    sqlite3 *handle() const;
    // "“demo.podium”: " prefix for messages about this file.
    QString describe(const QString &problem) const override;

private:
    EventFile();
    static Result<std::unique_ptr<EventFile>> connect(const QString &path, bool readOnly);
    // Signs the history rows this connection's changes write (after migrations, which make the log).
    bool attributeChanges();

    QString m_path;
    QString m_recoveryNote;
    int m_openedVersion = 0;
    QString m_schemaChange;
    mutable bool m_verified = false;
    std::unique_ptr<EventFileLock> m_lock;
    std::unique_ptr<ChangeAttribution> m_attribution;
};
