#include "storage/IntegrityCheck.h"

#include "storage/SqliteText.h"
#include "util/QuotedPath.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>


namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
};

int onProgress(void *context)
{
    const auto *progress = static_cast<const IntegrityCheck::Progress *>(context);
    return (*progress)() ? 0 : 1;
}

// The table each tree belongs to, by its root page, and by the name of an index.
struct Trees
{
    QHash<qint64, QString> tableByRoot;
    QHash<QString, QString> tableByName;
};

Trees readTrees(sqlite3 *db)
{
    Trees trees;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name, tbl_name, rootpage FROM sqlite_schema", -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW) {
            trees.tableByName.insert(sqliteText(s, 0), sqliteText(s, 1));
            trees.tableByRoot.insert(sqlite3_column_int64(s, 2), sqliteText(s, 1));
        }
    }
    sqlite3_finalize(s);
    return trees;
}

// The name of the table or index each page belongs to. SQLite's dbstat
// table walks every tree from its root, so it names pages it cannot read by
// the tree that points to them. Empty when dbstat is not available.
QHash<qint64, QString> treeOfPages(sqlite3 *db, const QSet<qint64> &pages)
{
    QHash<qint64, QString> owners;
    if (pages.isEmpty())
        return owners;
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT pageno, name FROM dbstat", -1, &s, nullptr) == SQLITE_OK) {
        while (sqlite3_step(s) == SQLITE_ROW) {
            const qint64 page = sqlite3_column_int64(s, 0);
            if (pages.contains(page))
                owners.insert(page, sqliteText(s, 1));
        }
    }
    sqlite3_finalize(s);
    return owners;
}

} // namespace

QString IntegrityCheck::tableWords(const QString &table)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("event"), QT_TRANSLATE_NOOP("IntegrityCheck", "the event's details")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("IntegrityCheck", "the rooms table")},
        {QStringLiteral("track"), QT_TRANSLATE_NOOP("IntegrityCheck", "the tracks table")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("IntegrityCheck", "the sessions table")},
        {QStringLiteral("person"), QT_TRANSLATE_NOOP("IntegrityCheck", "the people table")},
        {QStringLiteral("session_person"), QT_TRANSLATE_NOOP("IntegrityCheck", "the speakers table")},
        {QStringLiteral("participant"), QT_TRANSLATE_NOOP("IntegrityCheck", "the participants table")},
        {QStringLiteral("session_link"), QT_TRANSLATE_NOOP("IntegrityCheck", "the session links table")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("IntegrityCheck", "the settings table")},
        {QStringLiteral("availability"), QT_TRANSLATE_NOOP("IntegrityCheck", "the availability table")},
        {QStringLiteral("session_constraint"), QT_TRANSLATE_NOOP("IntegrityCheck", "the session constraints table")},
        {QStringLiteral("design"), QT_TRANSLATE_NOOP("IntegrityCheck", "the badge designs table")},
        {QStringLiteral("design_image"), QT_TRANSLATE_NOOP("IntegrityCheck", "the design images table")},
        {QStringLiteral("sqlite_schema"), QT_TRANSLATE_NOOP("IntegrityCheck", "the file's table of contents")},
    };
    if (const auto found = words.find(table); found != words.end())
        return QCoreApplication::translate("IntegrityCheck", found.value());
    return Tr::tr("the table “%1”").arg(table);
}

QString IntegrityCheck::describe(sqlite3 *db, const QString &path, const QStringList &findings)
{
    static const QRegularExpression pageRef(QStringLiteral("\\b[Pp]age (\\d+)"));
    static const QRegularExpression treeRef(QStringLiteral("^(?:Tree|On tree page) (\\d+)"));
    static const QRegularExpression indexRef(
        QStringLiteral("(?:missing from index|entries in index|entry in index|in index) (\\S+)"));
    const Trees trees = readTrees(db);
    QSet<qint64> pages;
    QMap<QString, int> pagesOfTable;    // table -> pages that cannot be read
    QMap<QString, int> indexPagesOfTable; // table -> pages of its indexes that cannot be read
    QMap<QString, bool> mismatchedIndexTables; // a map: messages name tables in one order
    for (const QString &finding : findings) {
        if (finding.startsWith(QLatin1String("*** in database")) || finding == QLatin1String("ok"))
            continue;
        if (const auto index = indexRef.match(finding); index.hasMatch()) {
            mismatchedIndexTables.insert(trees.tableByName.value(index.captured(1), index.captured(1)), true);
            continue;
        }
        if (const auto page = pageRef.match(finding); page.hasMatch()) {
            pages << page.captured(1).toLongLong();
            continue;
        }
        if (const auto tree = treeRef.match(finding); tree.hasMatch()) {
            pagesOfTable[trees.tableByRoot.value(tree.captured(1).toLongLong())] += 0;
            continue;
        }
        // Anything else (a freelist count, a NULL where none may be) adds no table to name.
    }
    const QHash<qint64, QString> owners = treeOfPages(db, pages);
    int unplaced = 0;
    for (qint64 page : std::as_const(pages)) {
        const QString tree = owners.value(page);
        if (tree.isEmpty())
            ++unplaced;
        else if (const QString table = trees.tableByName.value(tree, tree); table == tree)
            ++pagesOfTable[table];
        else
            ++indexPagesOfTable[table];
    }
    QStringList parts;
    for (auto it = pagesOfTable.cbegin(); it != pagesOfTable.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        const QString table = tableWords(it.key());
        if (it.value() == 0)
            parts << Tr::tr("parts of %1 cannot be read").arg(table);
        else // both forms spelled out: podium-cli runs without a translator for English plurals
            parts << (it.value() == 1 ? Tr::tr("1 page of %1 cannot be read").arg(table)
                                      : Tr::tr("%n pages of %1 cannot be read", nullptr, it.value()).arg(table));
    }
    for (auto it = indexPagesOfTable.cbegin(); it != indexPagesOfTable.cend(); ++it)
        parts << (it.value() == 1 ? Tr::tr("1 page of an index of %1 cannot be read").arg(tableWords(it.key()))
                                  : Tr::tr("%n pages of an index of %1 cannot be read", nullptr, it.value())
                                        .arg(tableWords(it.key())));
    for (const QString &table : mismatchedIndexTables.keys())
        parts << Tr::tr("an index of %1 does not match its rows").arg(tableWords(table));
    if (unplaced > 0)
        parts << (unplaced == 1 ? Tr::tr("1 page cannot be read") : Tr::tr("%n pages cannot be read", nullptr, unplaced));
    if (parts.isEmpty())
        parts << Tr::tr("SQLite found problems in it");
    QString joined = parts.first();
    for (int i = 1; i < parts.size(); ++i)
        joined = (i + 1 == parts.size() ? Tr::tr("%1 and %2") : Tr::tr("%1, %2")).arg(joined, parts.at(i));
    return Tr::tr("%1 is damaged: %2. Use File ▸ Repair.").arg(quotedPath(path), joined);
}

Status IntegrityCheck::run(sqlite3 *db, const QString &path, Depth depth, const Progress &progress)
{
    if (progress)
        sqlite3_progress_handler(db, 100000, onProgress, const_cast<Progress *>(&progress));
    sqlite3_stmt *s = nullptr;
    // Up to 100 findings: enough to name every damaged table, without listing a whole ruined file.
    const char *sql = depth == Depth::Full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)";
    int rc = sqlite3_prepare_v2(db, sql, -1, &s, nullptr);
    QStringList findings;
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(s);
        if (rc == SQLITE_ROW)
            findings << sqliteText(s, 0).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    const QString error = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    const int code = rc;
    sqlite3_finalize(s);
    if (progress)
        sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (code == SQLITE_INTERRUPT)
        return Status::failure(Tr::tr("%1 was not checked: the check was cancelled.").arg(quotedPath(path)));
    if (!error.isEmpty()) {
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return Status::failure(Tr::tr("%1 is locked by another program that is changing it. "
                                          "Try again when it has finished.").arg(quotedPath(path)), error);
        if (findings.isEmpty())
            findings << error;
    }
    if (error.isEmpty() && findings == QStringList{QStringLiteral("ok")})
        return {};
    return Status::failure(describe(db, path, findings), findings.join(QLatin1Char('\n')));
}
