#include "repair/EventFileRepair.h"

#include "storage/EventFile.h"
#include "storage/IntegrityCheck.h"
#include "storage/Schema.h"
#include "storage/SearchFolding.h"
#include "storage/SqliteText.h"
#include "util/QuotedPath.h"

#include <QCoreApplication>

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QUrl>


#include <limits>
#include <memory>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventFileRepair)
};

struct CloseDatabase
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Database = std::unique_ptr<sqlite3, CloseDatabase>;

struct FinalizeStatement
{
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};
using Prepared = std::unique_ptr<sqlite3_stmt, FinalizeStatement>;

Prepared prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr);
    return Prepared(s);
}

QStringList firstColumn(sqlite3 *db, const QString &sql, bool *ok = nullptr)
{
    QStringList values;
    Prepared s = prepare(db, sql);
    int rc = s ? SQLITE_ROW : SQLITE_ERROR;
    while (s && (rc = sqlite3_step(s.get())) == SQLITE_ROW)
        values << sqliteText(s.get(), 0);
    if (ok)
        *ok = rc == SQLITE_DONE;
    return values;
}

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Copies one table's rows in rowid order, stepping over what cannot be read.
class TableCopier
{
public:
    TableCopier(sqlite3 *source, sqlite3 *target, const QString &table, const QStringList &columns)
    {
        QStringList places;
        for (int i = 0; i < columns.size(); ++i)
            places << QStringLiteral("?%1").arg(i + 1);
        QStringList quoted;
        for (const QString &c : columns)
            quoted << identifier(c);
        m_read = prepare(source, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > ?1 ORDER BY rowid")
                                     .arg(quoted.join(QStringLiteral(", ")), identifier(table)));
        m_probe = prepare(source, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid >= ?1 ORDER BY rowid LIMIT 1")
                                      .arg(quoted.join(QStringLiteral(", ")), identifier(table)));
        m_write = prepare(target, QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                      .arg(identifier(table), quoted.join(QStringLiteral(", ")), places.join(QStringLiteral(", "))));
        m_columns = int(columns.size());
    }

    bool usable() const { return m_read && m_probe && m_write; }
    qint64 saved() const { return m_saved; }
    qint64 duplicates() const { return m_duplicates; }
    // Ranges of row numbers that could not be read: (first, last), last = max for "to the end".
    const QList<QPair<qint64, qint64>> &gaps() const { return m_gaps; }

    bool run(const EventFileRepair::Progress &progress, qint64 *total)
    {
        qint64 after = std::numeric_limits<qint64>::min();
        while (true) {
            sqlite3_reset(m_read.get());
            sqlite3_bind_int64(m_read.get(), 1, after);
            int rc;
            while ((rc = sqlite3_step(m_read.get())) == SQLITE_ROW) {
                after = sqlite3_column_int64(m_read.get(), 0);
                if (!write(m_read.get()))
                    return false;
                if (++*total % 1000 == 0 && progress && !progress(*total))
                    return false;
            }
            if (rc == SQLITE_DONE)
                return true;
            // Damaged from just after `after` on: find the next row that can be read.
            const std::optional<qint64> next = nextReadable(after);
            const qint64 firstLost = after == std::numeric_limits<qint64>::min() ? 1 : after + 1;
            if (!next) {
                addGap(firstLost, std::numeric_limits<qint64>::max());
                return true;
            }
            if (*next > firstLost)
                addGap(firstLost, *next - 1);
            after = *next - 1;
        }
    }

private:
    // Ranges found one after the other (a row between two probes) are one range.
    void addGap(qint64 first, qint64 last)
    {
        if (!m_gaps.isEmpty() && m_gaps.last().second + 1 == first)
            m_gaps.last().second = last;
        else
            m_gaps << qMakePair(first, last);
    }

    bool write(sqlite3_stmt *row)
    {
        sqlite3_reset(m_write.get());
        for (int i = 0; i < m_columns; ++i)
            sqlite3_bind_value(m_write.get(), i + 1, sqlite3_column_value(row, i + 1));
        if (sqlite3_step(m_write.get()) != SQLITE_DONE)
            return false;
        if (sqlite3_changes(sqlite3_db_handle(m_write.get())) == 0)
            ++m_duplicates; // a unique code or address another row already has (its index was damaged)
        else
            ++m_saved;
        return true;
    }

    // Whether a whole row at or after `from` can be read; its rowid if so,
    // 0 if there is none (end of table), empty if reading failed.
    std::optional<std::optional<qint64>> probe(qint64 from)
    {
        sqlite3_reset(m_probe.get());
        sqlite3_bind_int64(m_probe.get(), 1, from);
        const int rc = sqlite3_step(m_probe.get());
        if (rc == SQLITE_ROW)
            return std::optional<qint64>(sqlite3_column_int64(m_probe.get(), 0));
        if (rc == SQLITE_DONE)
            return std::optional<qint64>();
        return std::nullopt;
    }

    // The first readable row after `after`: doubling steps past the damage,
    // then halving back, so few good rows are skipped.
    std::optional<qint64> nextReadable(qint64 after)
    {
        const qint64 start = after == std::numeric_limits<qint64>::min() ? 1 : after + 1;
        qint64 step = 1;
        qint64 bad = start; // reading from here fails
        std::optional<qint64> found;
        qint64 good = 0;
        while (true) {
            if (step > (std::numeric_limits<qint64>::max() - start) / 2)
                return std::nullopt;
            const qint64 at = start + step;
            const auto result = probe(at);
            if (result) {
                if (!*result)
                    return std::nullopt; // nothing readable beyond the damage
                good = at;
                found = *result;
                break;
            }
            bad = at;
            step *= 2;
        }
        // Reading from `bad` fails, from `good` works: narrow it down.
        while (good - bad > 1) {
            const qint64 middle = bad + (good - bad) / 2;
            const auto result = probe(middle);
            if (result && *result) {
                good = middle;
                found = *result;
            } else if (result) {
                break;
            } else {
                bad = middle;
            }
        }
        return found;
    }

    Prepared m_read, m_probe, m_write;
    int m_columns = 0;
    qint64 m_saved = 0;
    qint64 m_duplicates = 0;
    QList<QPair<qint64, qint64>> m_gaps;
};

QString gapText(const QPair<qint64, qint64> &gap)
{
    if (gap.second == std::numeric_limits<qint64>::max())
        return Tr::tr("from number %1 on").arg(number(gap.first));
    if (gap.first == gap.second)
        return Tr::tr("number %1").arg(number(gap.first));
    return Tr::tr("numbers %1 to %2").arg(number(gap.first), number(gap.second));
}

} // namespace

QString EventFileRepair::Report::summary() const
{
    if (losses.isEmpty())
        return Tr::tr("All %1 records were saved.").arg(number(rowsSaved));
    return Tr::tr("%1 records were saved. Lost: %2.").arg(number(rowsSaved), losses.join(QStringLiteral("; ")));
}

Result<EventFileRepair::Report> EventFileRepair::repair(const QString &damaged, const QString &target,
                                                        const Progress &progress)
{
    using R = Result<Report>;
    if (!QFileInfo(damaged).isFile())
        return R::failure(Tr::tr("%1 does not exist.").arg(quotedPath(damaged)));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(damaged).absoluteFilePath())
        return R::failure(Tr::tr("%1 is the damaged file itself: the repaired copy needs another name.").arg(quotedPath(target)));
    if (QFileInfo::exists(target))
        return R::failure(Tr::tr("%1 already exists: choose another name or remove it first.").arg(quotedPath(target)));

    // Immutable: SQLite takes no lock and neither reads nor writes a journal.
    sqlite3 *raw = nullptr;
    const QByteArray uri = QUrl::fromLocalFile(QFileInfo(damaged).absoluteFilePath()).toString(QUrl::FullyEncoded).toUtf8()
        + "?immutable=1";
    const int opened = sqlite3_open_v2(uri.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    Database source(raw);
    if (opened != SQLITE_OK)
        return R::failure(Tr::tr("%1 cannot be read: %2.").arg(quotedPath(damaged), QString::fromUtf8(sqlite3_errstr(opened))));
    bool ok = false;
    const QStringList sourceTables =
        firstColumn(source.get(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"), &ok);
    if (!ok)
        return R::failure(Tr::tr("%1 cannot be repaired: its list of tables cannot be read, so nothing in it can be "
                                 "found. Open a backup copy instead.").arg(quotedPath(damaged)),
                          QString::fromUtf8(sqlite3_errmsg(source.get())));
    const QStringList application = firstColumn(source.get(), QStringLiteral("PRAGMA application_id"));
    if (application.value(0).toLongLong() != Schema::applicationId)
        return R::failure(Tr::tr("%1 is not a Podium event file: there is nothing to repair.").arg(quotedPath(damaged)));
    int version = firstColumn(source.get(), QStringLiteral("PRAGMA user_version")).value(0).toInt();
    if (version > Schema::currentVersion())
        return R::failure(Tr::tr("%1 was saved by a newer version of Podium: repair it with that version.").arg(quotedPath(damaged)));
    if (version < 1)
        version = Schema::currentVersion();

    // The new file, made as Podium makes files, at the damaged file's format (upgraded when opened below).
    {
        QFile blank(target);
        if (!blank.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return R::failure(Tr::tr("%1 cannot be created: %2.").arg(quotedPath(target), blank.errorString()));
        blank.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    Report report;
    auto fail = [&](const QString &message, const QString &details = {}) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        return R::failure(message, details);
    };
    {
        raw = nullptr;
        sqlite3_open_v2(QFile::encodeName(target).constData(), &raw, SQLITE_OPEN_READWRITE, nullptr);
        Database out(raw);
        SearchFolding::install(out.get()); // steps may index with it
        QStringList setup{QStringLiteral("PRAGMA page_size = 16384"),
                          QStringLiteral("PRAGMA application_id = %1").arg(Schema::applicationId),
                          QStringLiteral("BEGIN")};
        // Triggers (the history's) come after the copy: the rows saved are
        // not new changes, and the history is copied as it was.
        QStringList triggers;
        for (const Schema::Step &step : Schema::steps())
            if (step.version <= version)
                for (const QString &sql : step.statementsFor(SqlDialect::Kind::SQLite))
                    (sql.startsWith(QLatin1String("CREATE TRIGGER")) ? triggers : setup) << sql;
        setup << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString &sql : std::as_const(setup))
            if (sqlite3_exec(out.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return fail(Tr::tr("%1 could not be written.").arg(quotedPath(target)), QString::fromUtf8(sqlite3_errmsg(out.get())));

        const QStringList targetTables = firstColumn(
            out.get(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rootpage"));
        for (const QString &table : sourceTables)
            if (!targetTables.contains(table) && !table.startsWith(QLatin1String("sqlite_")))
                report.losses << Tr::tr("the table “%1”, which Podium did not make").arg(table);
        for (const QString &trigger : firstColumn(source.get(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'trigger'"))) {
            const QString ours = QStringLiteral("CREATE TRIGGER %1 ").arg(trigger);
            const bool made = std::any_of(triggers.cbegin(), triggers.cend(),
                                          [&](const QString &sql) { return sql.startsWith(ours); });
            if (!made)
                report.losses << Tr::tr("the trigger “%1”, which Podium did not make").arg(trigger);
        }
        for (const QString &view : firstColumn(source.get(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'view'")))
            report.losses << Tr::tr("the view “%1”, which Podium did not make").arg(view);
        qint64 total = 0;
        for (const QString &table : targetTables) {
            if (!sourceTables.contains(table)) {
                report.losses << Tr::tr("all of %1 (it is missing)").arg(IntegrityCheck::tableWords(table));
                continue;
            }
            const QStringList have = firstColumn(source.get(), QStringLiteral("SELECT name FROM pragma_table_info(%1)")
                                                                   .arg(QLatin1Char('\'') + table + QLatin1Char('\'')));
            QStringList columns;
            for (const QString &column : firstColumn(out.get(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
                if (have.contains(column))
                    columns << column;
            TableCopier copier(source.get(), out.get(), table, columns);
            if (!copier.usable())
                return fail(Tr::tr("%1 could not be repaired: %2 cannot be read.").arg(quotedPath(damaged), IntegrityCheck::tableWords(table)),
                            QString::fromUtf8(sqlite3_errmsg(source.get())));
            if (!copier.run(progress, &total)) {
                if (progress && !progress(total))
                    return fail(Tr::tr("The repair was cancelled: no file was written."));
                return fail(Tr::tr("%1 could not be written.").arg(quotedPath(target)), QString::fromUtf8(sqlite3_errmsg(out.get())));
            }
            report.rowsSaved += copier.saved();
            if (!copier.gaps().isEmpty()) {
                QStringList gaps;
                for (const auto &gap : copier.gaps())
                    gaps << gapText(gap);
                report.losses << Tr::tr("rows of %1 that could not be read (%2)")
                                     .arg(IntegrityCheck::tableWords(table), gaps.join(QStringLiteral(", ")));
            }
            if (copier.duplicates() > 0)
                report.losses << Tr::tr("%1 rows of %2 that repeated another row's unique value")
                                     .arg(number(copier.duplicates()), IntegrityCheck::tableWords(table));
        }
        // Records whose person, session or room was lost would break every list: they go too.
        QMap<QString, qint64> orphans;
        {
            Prepared check = prepare(out.get(), QStringLiteral("PRAGMA foreign_key_check"));
            QList<QPair<QString, qint64>> rows;
            while (check && sqlite3_step(check.get()) == SQLITE_ROW)
                rows << qMakePair(sqliteText(check.get(), 0), sqlite3_column_int64(check.get(), 1));
            check.reset();
            for (const auto &[table, rowid] : std::as_const(rows)) {
                Prepared remove = prepare(out.get(), QStringLiteral("DELETE FROM %1 WHERE rowid = ?1").arg(identifier(table)));
                sqlite3_bind_int64(remove.get(), 1, rowid);
                if (sqlite3_step(remove.get()) == SQLITE_DONE && sqlite3_changes(out.get()) > 0) {
                    ++orphans[table];
                    --report.rowsSaved;
                }
            }
        }
        for (auto it = orphans.cbegin(); it != orphans.cend(); ++it)
            report.losses << Tr::tr("%1 rows of %2 whose linked record was lost").arg(number(it.value()), IntegrityCheck::tableWords(it.key()));
        if (firstColumn(out.get(), QStringLiteral("SELECT count(*) FROM event")).value(0).toInt() == 0) {
            Prepared event = prepare(out.get(), QStringLiteral("INSERT INTO event (id, name) VALUES (1, ?1)"));
            const QByteArray name = QFileInfo(damaged).completeBaseName().toUtf8();
            sqlite3_bind_text(event.get(), 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            sqlite3_step(event.get());
            report.losses << Tr::tr("the event's details (name, dates, venue: set them again in File ▸ Properties)");
        }
        for (const QString &sql : std::as_const(triggers))
            if (sqlite3_exec(out.get(), sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return fail(Tr::tr("%1 could not be written.").arg(quotedPath(target)), QString::fromUtf8(sqlite3_errmsg(out.get())));
        if (sqlite3_exec(out.get(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(Tr::tr("%1 could not be written.").arg(quotedPath(target)), QString::fromUtf8(sqlite3_errmsg(out.get())));
    }
    // Opened as any file is: upgraded to this version's format, and checked whole.
    auto reopened = EventFile::open(target);
    if (!reopened)
        return fail(reopened.error(), reopened.details());
    if (Status whole = reopened.value()->verifyWhole(); !whole)
        return fail(whole.error(), whole.details());
    return report;
}
