#include "storage/EventFile.h"

#include "model/Event.h"
#include "storage/ChangeAttribution.h"
#include "storage/EventFileLock.h"
#include "storage/EventRepository.h"
#include "storage/IntegrityCheck.h"
#include "storage/MigrationRunner.h"
#include "storage/RawStatement.h"
#include "storage/Schema.h"
#include "storage/SecureDelete.h"
#include "storage/SqliteParticipantWriter.h"
#include "storage/SqliteRowCursor.h"
#include "storage/SearchFolding.h"
#include "storage/SchemaSignature.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/DiskProblem.h"
#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventFile)
};
// The sentences for failed statements keep the context they were translated in.
struct StatementTr
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
};

QString problem(const QString &path, const QString &sentence)
{
    return QStringLiteral("%1 %2").arg(quotedPath(path), sentence);
}

constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString journalPath(const QString &path)
{
    return path + QStringLiteral("-journal");
}

// A journal beside the file means a save was cut short (crash, power cut,
// killed process) or another program is writing right now. Either way the
// file's own bytes are mid-transaction and its header may not match its size.
// One whose header is zeroed (SQLite's mark that its transaction ended) is
// not: the file is whole without it, though the old pages in it may still
// hold personal data (see openForWriting, which removes it).
bool hasJournal(const QString &path)
{
    QFile journal(journalPath(path));
    if (!journal.open(QIODevice::ReadOnly) || journal.size() == 0)
        return false;
    char first = 0;
    // What SQLite itself looks at: a journal starting with a zero byte is not hot.
    return journal.getChar(&first) && first != 0;
}

bool hasStaleJournal(const QString &path)
{
    const QFileInfo journal(journalPath(path));
    return journal.exists() && !hasJournal(path);
}

// Rolls an interrupted save back the way SQLite does on its next writable
// open, so the file holds its last complete state again. A read-only
// connection cannot do this, and would otherwise see a file it cannot read.
// When another program holds the journal (it is writing now), SQLite leaves
// it alone. Returns SQLite's complaint, empty when all is well.
QString rollBackInterruptedSave(const QString &path)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    const QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return error;
}

// What the 100-byte SQLite header says, read before SQLite touches the file.
// Mid-transaction (a journal beside it) the size may legitimately differ.
struct HeaderCheck
{
    QString error;
};

HeaderCheck checkHeader(const QString &path, bool midTransaction)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {problem(path, Tr::tr("cannot be read: %1.").arg(file.errorString()))};
    const qint64 size = file.size();
    if (size == 0)
        return {problem(path, Tr::tr("is empty: it is not a Podium event file."))};
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return {problem(path, Tr::tr("is not a Podium event file (it is not an SQLite database)."))};
    const uchar *h = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(h + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(h + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(h + 24);
    const quint32 validFor = qFromBigEndian<quint32>(h + 92);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return {problem(path, Tr::tr("is damaged: its header is not valid."))};
    if (!midTransaction && changeCounter == validFor && pageCount > 0 && qint64(pageSize) * pageCount > size)
        return {problem(path, Tr::tr("is damaged: it is shorter than its header says (%1 of %2 bytes), "
                                     "probably cut off while being copied. Open a backup copy instead.")
                                  .arg(size)
                                  .arg(qint64(pageSize) * pageCount))};
    return {};
}

// Why a file can only be opened read-only (empty when it can be written).
QString whyReadOnly(const QFileInfo &info)
{
    if (!(info.permissions() & QFile::WriteOwner) || !info.isWritable())
        return Tr::tr("The file is read-only: changes cannot be saved.");
    const QFileInfo dir(info.absolutePath());
    if (!dir.isWritable())
        return Tr::tr("The folder holding the file is read-only: changes cannot be saved.");
    return {};
}

qint64 pragma(const QSqlDatabase &db, const char *name, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next();
    return *ok ? q.value(0).toLongLong() : 0;
}

} // namespace

EventFile::EventFile() : EventStore(SqlDialect::Kind::SQLite, nextConnectionName()) {}

EventFile::~EventFile()
{
    closeConnection();
}

Result<std::unique_ptr<EventFile>> EventFile::connect(const QString &path, bool readOnly)
{
    std::unique_ptr<EventFile> file(new EventFile);
    file->m_path = path;
    file->setReadOnly(readOnly);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->connectionName());
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return Result<std::unique_ptr<EventFile>>::failure(
            problem(path, Tr::tr("cannot be opened: %1.").arg(db.lastError().databaseText())), db.lastError().text());
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Large imports and generation stay in memory until commit instead of
    // spilling pages to the file mid-transaction (64 MiB at most).
    q.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    if (!SearchFolding::install(file->handle()))
        return Result<std::unique_ptr<EventFile>>::failure(
            problem(path, Tr::tr("cannot be opened: %1.").arg(QStringLiteral("podium_fold"))));
    return file;
}

Result<std::unique_ptr<EventFile>> EventFile::create(const QString &path, const Event &event)
{
    using R = Result<std::unique_ptr<EventFile>>;
    if (QFileInfo::exists(path))
        return R::failure(problem(path, Tr::tr("already exists: choose another name or remove it first.")));
    {
        QFile blank(path);
        if (!blank.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(problem(path, Tr::tr("cannot be created: %1.").arg(blank.errorString())));
        blank.setPermissions(ownerOnly);
    }
    auto created = connect(path, false);
    if (!created) {
        QFile::remove(path);
        return created;
    }
    EventFile &file = *created.value();
    file.m_verified = true; // made just now by this process
    QSqlQuery q(file.database());
    // Before anything is written, or the page size is fixed at SQLite's 4 KiB:
    // a large import then commits a quarter of the pages, and reads of whole
    // tables (lists, exports) fetch fewer.
    q.exec(QStringLiteral("PRAGMA page_size = 16384"));
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId));
    Status status = MigrationRunner(file).upgradeTo(Schema::currentVersion());
    if (status && !file.attributeChanges())
        status = Status::failure(problem(path, Tr::tr("cannot be created: %1.").arg(QStringLiteral("podium_author"))));
    if (status)
        status = file.event().save(event);
    if (!status) {
        created.value().reset();
        QFile::remove(path);
        return R::failure(status.error());
    }
    file.m_openedVersion = Schema::currentVersion();
    return created;
}

Result<std::unique_ptr<EventFile>> EventFile::open(const QString &path, OpenOptions options)
{
    using R = Result<std::unique_ptr<EventFile>>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(problem(path, Tr::tr("does not exist.")));
    if (info.isDir())
        return R::failure(problem(path, Tr::tr("is a folder, not a Podium event file.")));
    const bool journal = hasJournal(path);
    if (const HeaderCheck header = checkHeader(path, journal); !header.error.isEmpty())
        return R::failure(header.error);

    QString readOnlyReason = whyReadOnly(info);
    QString recoveryNote;
    if (journal) {
        if (!readOnlyReason.isEmpty())
            return R::failure(problem(path, Tr::tr("was not saved completely (the program writing it stopped) and "
                                                   "must be repaired, but it cannot be written. Copy it together "
                                                   "with its “-journal” file to a writable folder and open it there.")));
        if (const QString why = rollBackInterruptedSave(path); !why.isEmpty()) {
            if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive))
                return R::failure(problem(path, Tr::tr("is locked by another program that is changing it. "
                                                       "Try again when it has finished.")));
            return R::failure(problem(path, Tr::tr("is damaged or is not an SQLite database. Use File ▸ Repair, or "
                                                   "open a backup copy.")), why);
        }
        if (!hasJournal(path)) // rolled back (a journal still there belongs to a program writing now)
            recoveryNote = problem(path, Tr::tr("was not saved completely last time (the program writing it stopped). "
                                                "Podium restored its last complete state; the change being saved "
                                                "then is lost."));
    }
    if (options.readOnly && readOnlyReason.isEmpty())
        readOnlyReason = Tr::tr("Opened read-only as asked.");

    // Look at the file through a read-only connection first: a file we refuse is never written.
    int version = 0;
    QString schemaChange;
    QStringList indexRepairs; // indexes to set right before the first write
    {
        auto probe = connect(path, true);
        if (!probe)
            return probe;
        QSqlDatabase db = probe.value()->database();
        bool ok = false;
        const qint64 appId = pragma(db, "application_id", &ok);
        if (!ok) {
            const QString why = db.lastError().databaseText();
            if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive))
                return R::failure(problem(path, Tr::tr("is locked by another program that is changing it. "
                                                       "Try again when it has finished.")));
            return R::failure(problem(path, Tr::tr("is damaged or is not an SQLite database. Use File ▸ Repair, or "
                                                   "open a backup copy.")), why);
        }
        if (appId != Schema::applicationId)
            return R::failure(problem(path, Tr::tr("is an SQLite database of another application, "
                                                   "not a Podium event file.")));
        version = int(pragma(db, "user_version", &ok));
        if (version > Schema::currentVersion())
            return R::failure(problem(path, Tr::tr("was saved by a newer version of Podium (file format %1; "
                                                   "this version reads up to %2). Update Podium to open it.")
                                                .arg(version)
                                                .arg(Schema::currentVersion())));
        if (version < 1)
            return R::failure(problem(path, Tr::tr("is damaged: it has Podium's mark but no event in it.")));
        // Every page of every table and index is read once: a damaged file is
        // refused before anything reads wrong data from it or writes to it.
        // (Whether the indexes hold exactly their tables' rows is checked
        // before the first write: see ensureWhole.)
        if (Status s = IntegrityCheck::run(probe.value()->handle(), path, IntegrityCheck::Depth::Pages); !s)
            return R::failure(s.error(), s.details());
        // A schema Podium did not make (a trigger, a dropped column) would run
        // other programs' SQL inside Podium's changes, or fail half-way.
        const auto reference = SchemaSignature::reference(version);
        const auto actual = SchemaSignature::read(probe.value()->handle());
        if (!reference || !actual)
            return R::failure(problem(path, Tr::tr("is damaged: its list of tables cannot be read. Use File ▸ Repair.")),
                              reference ? actual.error() : reference.error());
        const QStringList differences = actual->differencesFrom(reference.value());
        indexRepairs = actual->indexRepairs(reference.value());
        schemaChange = SchemaSignature::describeDifferences(path, differences);
        if (!schemaChange.isEmpty()) {
            if (!options.openChangedReadOnly || version < Schema::currentVersion())
                return R::failure(schemaChange, differences.join(QLatin1Char('\n')));
            readOnlyReason = schemaChange;
        }
    }

    const bool readOnly = !readOnlyReason.isEmpty();
    if (version < Schema::currentVersion() && (readOnly || !options.upgrade))
        return R::failure(problem(path, Tr::tr("was saved by an older version of Podium and must be upgraded, "
                                               "but it cannot be written. Copy it to a writable folder first.")));

    std::unique_ptr<EventFileLock> lock;
    if (options.exclusive && !readOnly) {
        EventFileLock::Attempt attempt = EventFileLock::tryLock(path + QStringLiteral(".lock"));
        if (!attempt.lock && !attempt.unavailable)
            return R::failure(problem(path, Tr::tr("is already open in Podium (process %1). "
                                                   "Switch to that window, or close it there first.")
                                                .arg(attempt.holder)));
        lock = std::move(attempt.lock); // unavailable (e.g. no permission): open without it
    }

    auto opened = connect(path, readOnly);
    if (!opened)
        return opened;
    EventFile &file = *opened.value();
    file.setReadOnly(readOnly, readOnlyReason);
    file.m_recoveryNote = recoveryNote;
    file.m_openedVersion = version;
    file.m_schemaChange = schemaChange;
    file.m_lock = std::move(lock);

    if (!readOnly) {
        // Is another program in the middle of writing? Ask for the write lock briefly.
        QSqlQuery q(file.database());
        q.exec(QStringLiteral("PRAGMA busy_timeout = 300"));
        const bool free = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        // A journal left by an ended transaction (zeroed header) holds old
        // pages, old e-mail addresses among them: with the write lock held
        // nobody else is using it, so it goes.
        if (free && hasStaleJournal(path))
            QFile::remove(journalPath(path));
        if (free)
            q.exec(QStringLiteral("ROLLBACK"));
        q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (!free)
            return R::failure(problem(path, Tr::tr("is locked by another program that is changing it. "
                                                   "Try again when it has finished.")));
        if (!indexRepairs.isEmpty()) {
            Transaction transaction(file);
            Status s = transaction.isActive() ? Status() : Status::failure(transaction.error());
            for (const QString &sql : std::as_const(indexRepairs))
                if (s)
                    s = Statement(file, sql).exec();
            if (s)
                s = transaction.commit();
            if (!s)
                return R::failure(s.error(), s.details());
        }
        if (version < Schema::currentVersion()) {
            if (Status s = MigrationRunner(file).upgradeTo(Schema::currentVersion()); !s)
                return R::failure(s.error());
        }
        if (!file.attributeChanges())
            return R::failure(problem(path, Tr::tr("cannot be opened: %1.").arg(QStringLiteral("podium_author"))));
    }
    return opened;
}

bool EventFile::attributeChanges()
{
    if (!m_attribution)
        m_attribution = std::make_unique<ChangeAttribution>();
    return m_attribution->install(handle());
}

Status EventFile::verifyWhole(const std::function<bool()> &progress) const
{
    Status status = IntegrityCheck::run(handle(), m_path, IntegrityCheck::Depth::Full, progress);
    m_verified = status.ok();
    return status;
}

Status EventFile::ensureWhole() const
{
    if (m_verified || isReadOnly())
        return {};
    return verifyWhole();
}

QString EventFile::displayName() const
{
    return QFileInfo(m_path).fileName();
}

int EventFile::schemaVersion() const
{
    bool ok = false;
    return int(pragma(database(), "user_version", &ok));
}

qint64 EventFile::dataVersion() const
{
    bool ok = false;
    return pragma(database(), "data_version", &ok);
}

sqlite3 *EventFile::handle() const
{
    const QVariant v = database().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

QString EventFile::describe(const QString &sentence) const
{
    return problem(m_path, sentence);
}

Status EventFile::saveCopy(const QString &target) const
{
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return Status::failure(problem(target, Tr::tr("is the open file itself: choose another name.")));
    if (QFileInfo::exists(target))
        return Status::failure(problem(target, Tr::tr("already exists: choose another name or remove it first.")));
    {
        QFile blank(target);
        if (!blank.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::failure(problem(target, Tr::tr("cannot be created: %1.").arg(blank.errorString())));
        blank.setPermissions(ownerOnly);
    }
    sqlite3 *dest = nullptr;
    const QByteArray name = QFile::encodeName(target);
    int rc = sqlite3_open_v2(name.constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    QString error;
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                error = QString::fromUtf8(sqlite3_errstr(rc));
        } else {
            error = QString::fromUtf8(sqlite3_errmsg(dest));
        }
    } else {
        error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(dest);
    if (!error.isEmpty()) {
        QFile::remove(target);
        return Status::failure(problem(target, Tr::tr("could not be written: %1.").arg(error)));
    }
    return {};
}

std::unique_ptr<ParticipantSink> EventFile::participantSink() const
{
    return std::make_unique<SqliteParticipantWriter>(*this);
}

std::unique_ptr<RowCursor> EventFile::select(const QString &sql, const QVariantList &binds) const
{
    return std::make_unique<SqliteRowCursor>(*this, sql, binds);
}

Status EventFile::failure(const QSqlError &error) const
{
    // SQLite's own words, without the Qt driver's ("Unable to fetch row").
    return failure(error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Status EventFile::failure(const QString &text) const
{
    const auto has = [&](const char *words) { return text.contains(QLatin1String(words), Qt::CaseInsensitive); };
    if (has("locked") || has("busy"))
        return Status::failure(describe(StatementTr::tr("is being changed by another program: nothing was saved. "
                                               "Try again in a moment.")), text);
    if (has("readonly") || has("read-only"))
        return Status::failure(describe(StatementTr::tr("is read-only: nothing was saved.")), text);
    if (has("disk is full") || has("database or disk is full"))
        return Status::failure(DiskProblem::noSpace(m_path), text);
    if (has("malformed") || has("not a database"))
        return Status::failure(describe(StatementTr::tr("is damaged: SQLite cannot read part of it. Nothing was "
                                               "changed. Use File ▸ Repair.")), text);
    if (has("disk I/O error"))
        return Status::failure(describe(StatementTr::tr("could not be read or written: the disk reported an error. "
                                               "Nothing was changed.")), text);
    if (has("no such column") || has("no such table"))
        return Status::failure(describe(StatementTr::tr("lacks part of what Podium stores (it was changed by another "
                                               "program). Nothing was changed. Use File ▸ Repair.")), text);
    return Status::failure(describe(StatementTr::tr("could not be read or written (SQLite says: %1).").arg(text)), text);
}

Status EventFile::scrub(const std::function<Status()> &edits) const
{
    const SecureDelete secure(*this);
    if (!secure.status())
        return secure.status();
    return EventStore::scrub(edits);
}

Status EventFile::compact() const
{
    if (Status s = Statement(*this, QStringLiteral("VACUUM")).exec(); !s)
        return s;
    Statement mode(*this, QStringLiteral("PRAGMA journal_mode"));
    if (Status s = mode.exec(); !s)
        return s;
    const QString journal = mode.next() ? mode.value(0).toString().toLower() : QString();
    mode.query().finish();
    if (journal == QLatin1String("wal"))
        return Statement(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
    if (journal == QLatin1String("persist") || journal == QLatin1String("truncate")) {
        // These modes keep the journal file (and old pages in it): switching to DELETE removes it.
        if (Status s = Statement(*this, QStringLiteral("PRAGMA journal_mode = DELETE")).exec(); !s)
            return s;
        return Statement(*this, QStringLiteral("PRAGMA journal_mode = %1").arg(journal)).exec();
    }
    return {};
}

void EventFile::setForeignKeyChecks(bool on) const
{
    RawStatement(*this, on ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF")).exec();
}

Status EventFile::writeHistoryVerbatim() const
{
    // The attribution trigger is this connection's own (TEMP): other connections keep theirs.
    return Statement(*this, QStringLiteral("DROP TRIGGER IF EXISTS temp.podium_attribution")).exec();
}
