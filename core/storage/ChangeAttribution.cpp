#include "storage/ChangeAttribution.h"

#include "util/ChangeAuthor.h"

#include <sqlite3.h>

namespace {
void resultText(sqlite3_context *context, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool hasChangeLog(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log'", -1,
                           &statement, nullptr)
        == SQLITE_OK)
        found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}
} // namespace

void ChangeAttribution::author(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, ChangeAuthor::current().name);
}

void ChangeAttribution::desk(sqlite3_context *context, int, sqlite3_value **)
{
    resultText(context, ChangeAuthor::current().desk);
}

void ChangeAttribution::changeSet(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *self = static_cast<ChangeAttribution *>(sqlite3_user_data(context));
    if (self->m_changeSet == 0)
        self->m_changeSet = sqlite3_value_int64(argv[0]);
    sqlite3_result_int64(context, self->m_changeSet);
}

int ChangeAttribution::committed(void *self)
{
    static_cast<ChangeAttribution *>(self)->m_changeSet = 0;
    return 0; // let the commit go on
}

void ChangeAttribution::rolledBack(void *self)
{
    static_cast<ChangeAttribution *>(self)->m_changeSet = 0;
}

bool ChangeAttribution::install(sqlite3 *db)
{
    if (!db)
        return false;
    const int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
    bool ok = sqlite3_create_function_v2(db, "podium_author", 0, flags, this, author, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(db, "podium_desk", 0, flags, this, desk, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(db, "podium_change_set", 1, flags, this, changeSet, nullptr, nullptr, nullptr)
            == SQLITE_OK;
    if (!ok)
        return false;
    sqlite3_commit_hook(db, committed, this);
    sqlite3_rollback_hook(db, rolledBack, this);
    if (!hasChangeLog(db))
        return true;
    return sqlite3_exec(db,
                        "CREATE TEMP TRIGGER IF NOT EXISTS podium_attribution AFTER INSERT ON main.change_log BEGIN "
                        "UPDATE change_log SET author = podium_author(), desk = podium_desk(), "
                        "change_set = podium_change_set(NEW.id) WHERE id = NEW.id; END",
                        nullptr, nullptr, nullptr)
        == SQLITE_OK;
}
