#include "storage/RawStatement.h"

#include "storage/EventFile.h"
#include "util/TestHook.h"
#include "storage/Statement.h"

#include "util/Utf8Encoding.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

RawStatement::RawStatement(const EventFile &file, const QString &sql) : m_file(file)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_file.handle(), text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_file.handle()));
    else
        m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_statement)));
    m_bound.resize(m_buffers.size());
}

RawStatement::Bound *RawStatement::bound(int index)
{
    return index >= 1 && size_t(index) <= m_bound.size() ? &m_bound[size_t(index - 1)] : nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

void RawStatement::bindText(int index, QStringView value)
{
    if (index < 1 || size_t(index) > m_buffers.size())
        return; // sqlite3_step reports the statement's own problem
    QByteArray &buffer = m_buffers[size_t(index - 1)];
    buffer.resize(value.size() * 3); // the most UTF-8 needs; never shrinks the allocation
    const qsizetype size = Utf8Encoding::encode(value, buffer.data());
    sqlite3_bind_text(m_statement, index, buffer.constData(), int(size), SQLITE_STATIC);
    m_bound[size_t(index - 1)] = Bound();
}

void RawStatement::bindUtf8(int index, const char *text, int size)
{
    if (index < 1 || size_t(index) > m_buffers.size())
        return;
    QByteArray &buffer = m_buffers[size_t(index - 1)];
    buffer.resize(size); // never shrinks the allocation
    memcpy(buffer.data(), text, size_t(size));
    sqlite3_bind_text(m_statement, index, buffer.constData(), size, SQLITE_STATIC);
    m_bound[size_t(index - 1)] = Bound();
}

void RawStatement::bindStaticText(int index, const char *text)
{
    Bound *b = bound(index);
    if (b && b->kind == Bound::Kind::Static && b->text == text)
        return;
    sqlite3_bind_text(m_statement, index, text, -1, SQLITE_STATIC);
    if (b)
        *b = {Bound::Kind::Static, text, 0};
}

void RawStatement::bindUtf8View(int index, QByteArrayView text)
{
    // Empty texts share one literal, so that a column left empty row after
    // row is bound once. Other bytes may change at the same address: bound
    // each time.
    static const char empty[] = "";
    if (text.isEmpty())
        return bindStaticText(index, empty);
    sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_STATIC);
    if (Bound *b = bound(index))
        *b = Bound();
}

void RawStatement::bindInt(int index, qint64 value)
{
    Bound *b = bound(index);
    if (b && b->kind == Bound::Kind::Int && b->value == value)
        return;
    sqlite3_bind_int64(m_statement, index, value);
    if (b)
        *b = {Bound::Kind::Int, nullptr, value};
}

void RawStatement::bindNull(int index)
{
    Bound *b = bound(index);
    if (b && b->kind == Bound::Kind::Null)
        return;
    sqlite3_bind_null(m_statement, index);
    if (b)
        *b = {Bound::Kind::Null, nullptr, 0};
}

Status RawStatement::failure() const
{
    return m_file.failure(m_prepareError.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_file.handle())) : m_prepareError);
}

Status RawStatement::each(const std::function<bool(sqlite3_stmt *)> &visit)
{
    if (!m_statement)
        return failure();
    int rc;
    while ((rc = sqlite3_step(m_statement)) == SQLITE_ROW) {
        if (!visit(m_statement)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const Status result = rc == SQLITE_DONE ? Status() : failure();
    sqlite3_reset(m_statement);
    return result;
}

bool RawStatement::step(Status &status)
{
    if (!m_statement) {
        status = failure();
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        status = failure();
    return false;
}

Status RawStatement::exec(Bindings after)
{
    if (!m_statement)
        return failure();
    // Nothing is written to a file before it is known whole (once a session).
    if (!sqlite3_stmt_readonly(m_statement)) {
        if (Status whole = m_file.ensureWhole(); !whole)
            return whole;
    }
    const int rc = sqlite3_step(m_statement);
    const Status result = (rc == SQLITE_DONE || rc == SQLITE_ROW) ? Status() : failure();
    if (result && !sqlite3_stmt_readonly(m_statement))
        TestHook::passed(TestHook::Kind::Write);
    sqlite3_reset(m_statement);
    if (after == Bindings::Clear) {
        sqlite3_clear_bindings(m_statement);
        std::fill(m_bound.begin(), m_bound.end(), Bound());
    }
    return result;
}

qint64 RawStatement::lastInsertId() const
{
    // The statement's own connection: EventFile::handle() looks it up by name, under a lock.
    return m_statement ? sqlite3_last_insert_rowid(sqlite3_db_handle(m_statement)) : 0;
}
